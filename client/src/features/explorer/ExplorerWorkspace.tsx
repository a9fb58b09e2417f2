import { GraphiQL, HISTORY_PLUGIN } from "graphiql";
import "graphiql/style.css";
import "./graphiql-overrides.css";
import { useMemo, useState } from "react";

import { EXAMPLE_OPERATIONS, formatExampleVariables, type ExampleDefaults } from "./example-operations";
import { createExamplesPlugin } from "./ExamplesPlugin";
import { createExplorerFetcher } from "./explorer-fetcher";
import "./monaco-workers";

/** Local storage key of the tabs GraphiQL saved, in its default `graphiql` namespace. */
const SAVED_TABS_KEY = "graphiql:tabState";

interface ExplorerWorkspaceProps {
  /** Ids of the viewer's own data that the examples' variables start from. */
  defaults: ExampleDefaults;
  /** Called when the API responds with HTTP 401 because the session ended. */
  onUnauthenticated: () => void;
  /** Whether the screen is as narrow as a phone. No side panel opens at first then, so the editors get the width. */
  narrowScreen: boolean;
}

/**
 * Renders GraphiQL against this origin's `/graphql`, with the examples panel open on wide
 * screens. On a first visit every example has its own tab. Later visits restore the tabs
 * GraphiQL saved in the browser's local storage.
 *
 * NOTE: signing out leaves the saved tabs and history in local storage, so the next user of the
 * same browser profile can read the operations and variables, though never results or headers.
 */
export function ExplorerWorkspace({ defaults, onUnauthenticated, narrowScreen }: ExplorerWorkspaceProps) {
  const fetcher = useMemo(() => createExplorerFetcher({ onUnauthenticated }), [onUnauthenticated]);
  const examplesPlugin = useMemo(() => createExamplesPlugin(defaults), [defaults]);
  const plugins = useMemo(() => [examplesPlugin, HISTORY_PLUGIN], [examplesPlugin]);
  const defaultTabs = useMemo(
    () => EXAMPLE_OPERATIONS.map((example) => ({ query: example.query, variables: formatExampleVariables(example, defaults) })),
    [defaults],
  );
  // On a first visit GraphiQL opens the first default tab, but it fills the variables editor
  // from `initialVariables` only, so that tab would show its operation without its variables.
  const [initialVariables] = useState(() =>
    window.localStorage.getItem(SAVED_TABS_KEY) === null ? (defaultTabs[0]?.variables ?? undefined) : undefined,
  );

  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={plugins}
      visiblePlugin={narrowScreen ? undefined : examplesPlugin}
      defaultTabs={defaultTabs}
      initialVariables={initialVariables}
      defaultEditorToolsVisibility="variables"
      forcedTheme="light"
    />
  );
}
