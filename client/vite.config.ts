import { fileURLToPath } from "node:url";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Address of the API server during development; the production server serves `dist` itself. */
const apiOrigin = "http://127.0.0.1:4000";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // React, Material UI, Apollo Client and graphql-js make the entry chunk about 770 kB
    // (230 kB gzipped) and the data grid chunk about 520 kB; pages load as separate chunks.
    // NOTE: the explorer's chunks exceed the limit on purpose (Monaco alone is about 2.8 MB),
    // and only `/explorer` loads them; the warning lists them on every build.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      onwarn(warning, defaultHandler) {
        // GraphiQL's modules start with "use no memo", a hint for React Compiler. This build does
        // not run React Compiler, so dropping the directive changes nothing.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.id?.includes("/node_modules/")) {
          return;
        }
        defaultHandler(warning);
      },
    },
  },
  server: {
    proxy: {
      "/graphql": apiOrigin,
      "/auth": apiOrigin,
      "/export": apiOrigin,
      "/health": apiOrigin,
    },
  },
});
