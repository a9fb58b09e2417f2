import type { SxProps, Theme } from "@mui/material/styles";

/**
 * Narrower cells for a small-screen table, as the `sx` of a `Table`: less side padding, and an
 * expand-button column just wide enough for a small icon button (34 px). Cells spanning columns
 * (details and empty-state rows) keep their own padding.
 */
export const compactTableCells: SxProps<Theme> = {
  "& td:not([colspan]):not(.MuiTableCell-paddingCheckbox), & th:not(.MuiTableCell-paddingCheckbox)": { px: 0.75 },
  "& .MuiTableCell-paddingCheckbox": { width: 34 },
};
