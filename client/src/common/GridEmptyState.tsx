import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { GridSlotProps } from "@mui/x-data-grid";

declare module "@mui/x-data-grid" {
  interface NoRowsOverlayPropsOverrides {
    /** Message when no filter is in effect, such as "No mentorships yet". */
    emptyMessage?: string;
    /** Message when filters are in effect, such as "No mentorships match these filters". */
    filteredMessage?: string;
    /** True when filters are in effect, which offers to clear them. */
    filtered?: boolean;
    /** True when the rows could not be loaded; the page shows the error above the grid. */
    failed?: boolean;
    onClearFilters?: () => void;
  }
}

/**
 * Shows a message in a grid without rows, and a "Clear filters" button when filters are in
 * effect. The data grid renders this overlay inside its `grid` element, which may contain only
 * rows, so the message and the button sit in a row of one cell.
 */
export function GridEmptyState({ emptyMessage, filteredMessage, filtered, failed, onClearFilters }: GridSlotProps["noRowsOverlay"]) {
  let message = filtered ? filteredMessage : emptyMessage;
  if (failed) {
    message = "No rows to show";
  }

  return (
    <Stack role="row" sx={{ height: "100%", alignItems: "center", justifyContent: "center", p: 2, textAlign: "center" }}>
      <Stack role="gridcell" spacing={1.5} sx={{ alignItems: "center" }}>
        <Typography sx={{ color: "text.secondary" }}>{message}</Typography>
        {filtered && !failed && onClearFilters && (
          <Button variant="outlined" size="small" onClick={onClearFilters}>
            Clear filters
          </Button>
        )}
      </Stack>
    </Stack>
  );
}
