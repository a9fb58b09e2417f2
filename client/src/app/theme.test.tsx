import Typography from "@mui/material/Typography";
import { ThemeProvider } from "@mui/material/styles";
import { render, screen } from "@testing-library/react";

import { theme } from "./theme";

describe("theme", () => {
  test("breaks a long word in text anywhere", () => {
    render(
      <ThemeProvider theme={theme}>
        <Typography>{"x".repeat(2001)}</Typography>
      </ThemeProvider>,
    );

    expect(getComputedStyle(screen.getByText("x".repeat(2001))).overflowWrap).toBe("anywhere");
  });
});
