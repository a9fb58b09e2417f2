import { useTheme } from "@mui/material/styles";
import useMediaQuery from "@mui/material/useMediaQuery";

/**
 * Tells whether the viewport is narrower than the theme's `sm` breakpoint (600 px), such as a
 * phone held upright. Tables then leave out their less important columns. Outside a browser,
 * as in jsdom, it returns false.
 */
export function useNarrowScreen(): boolean {
  const theme = useTheme();

  // noSsr reads the media query on the first render, so the wide layout never flashes on a phone.
  return useMediaQuery(theme.breakpoints.down("sm"), { noSsr: true });
}
