import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

import { App } from "./app/App";

const container = document.getElementById("root");
if (!container) {
  throw new Error('The page has no element with id "root" to render the dashboard into.');
}

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
