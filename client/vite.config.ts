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
    chunkSizeWarningLimit: 800,
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
