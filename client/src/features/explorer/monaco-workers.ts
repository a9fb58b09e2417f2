import type { Environment } from "monaco-editor";
import EditorWorker from "monaco-editor/esm/vs/editor/editor.worker.js?worker";
import JsonWorker from "monaco-editor/esm/vs/language/json/json.worker.js?worker";
import GraphQLWorker from "monaco-graphql/esm/graphql.worker.js?worker";

/*
 * Tells the explorer's editors (Monaco) where their web workers are. Vite bundles each worker
 * into its own file under this origin's `/assets/`, so the Content Security Policy needs no
 * `blob:` source and no CDN is involved. GraphiQL ships the same setup, but it logs every
 * worker it starts to the console.
 */
const environment: Environment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case "json":
        return new JsonWorker();
      case "graphql":
        return new GraphQLWorker();
      default:
        return new EditorWorker();
    }
  },
};
window.MonacoEnvironment = environment;
