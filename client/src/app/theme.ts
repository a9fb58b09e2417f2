import type { LinkProps } from "@mui/material/Link";
import { createTheme } from "@mui/material/styles";

import { RouterLinkBehavior } from "./RouterLinkBehavior";

/**
 * The dashboard theme. Every main color reaches a contrast ratio of at least 4.5:1 against
 * white, both as text on white and as the background of white text (WCAG 2.2 AA).
 */
export const theme = createTheme({
  palette: {
    primary: { main: "#1a5b8f" },
    secondary: { main: "#6a3d9a" },
    success: { main: "#1b6e35" },
    warning: { main: "#a14a00" },
    error: { main: "#b3261e" },
    info: { main: "#0b6280" },
    background: { default: "#f5f7fa" },
  },
  shape: { borderRadius: 8 },
  typography: {
    h1: { fontSize: "1.75rem", fontWeight: 600 },
    h2: { fontSize: "1.25rem", fontWeight: 600 },
    h3: { fontSize: "1.05rem", fontWeight: 600 },
  },
  components: {
    MuiCssBaseline: {
      styleOverrides: {
        // Names, notes and survey answers come from users, and one long word such as a pasted
        // link would otherwise widen the whole page. Definition values break anywhere so that a
        // word never widens the grid of a detail list; elsewhere a word breaks only when it overflows.
        body: { overflowWrap: "break-word" },
        dd: { overflowWrap: "anywhere" },
      },
    },
    MuiTypography: {
      styleOverrides: {
        root: { overflowWrap: "anywhere" },
      },
    },
    MuiLink: {
      defaultProps: { component: RouterLinkBehavior } as LinkProps,
    },
    MuiButtonBase: {
      defaultProps: { LinkComponent: RouterLinkBehavior },
    },
    MuiTableSortLabel: {
      styleOverrides: {
        // The default style gives a focused sort label no visible change, so keyboard users lose their place.
        root: ({ theme }) => ({
          borderRadius: 4,
          "&:focus-visible": { outline: `2px solid ${theme.palette.primary.main}`, outlineOffset: 2 },
        }),
      },
    },
  },
});
