import { ThemeProvider } from "@mui/material/styles";
import { render, type RenderResult } from "@testing-library/react";
import type { ReactElement } from "react";
import { MemoryRouter } from "react-router";

import { theme } from "../app/theme";

/** Renders `ui` inside the app theme and an in-memory router, as the running app would. */
export function renderWithProviders(ui: ReactElement, initialPath = "/"): RenderResult {
  return render(
    <ThemeProvider theme={theme}>
      <MemoryRouter initialEntries={[initialPath]}>{ui}</MemoryRouter>
    </ThemeProvider>,
  );
}
