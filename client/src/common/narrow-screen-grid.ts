/**
 * The `sx` of a DataGrid on a small screen. Cells wrap long names onto more lines. The grid
 * hides the page size selector below the `sm` breakpoint, so this shows it again, with a short
 * label. The last header's resize handle reaches past the grid's right edge and would let the
 * rows scroll sideways by a few pixels.
 */
export const NARROW_SCREEN_GRID = {
  "& .MuiDataGrid-columnHeader--last .MuiDataGrid-columnSeparator": { display: "none" },
  "& .MuiDataGrid-cell": { py: 1, whiteSpace: "normal", overflowWrap: "anywhere", lineHeight: 1.4 },
  "&& .MuiTablePagination-selectLabel": { display: "block" },
  "&& .MuiTablePagination-input": { display: "inline-flex", mr: 1, ml: 0.5 },
  "&& .MuiTablePagination-actions": { ml: 1 },
  "&& .MuiTablePagination-toolbar": { px: 1 },
};
