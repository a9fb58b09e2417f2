import Box from "@mui/material/Box";
import CircularProgress from "@mui/material/CircularProgress";

/** Shows a centered spinner until a page's code has loaded. */
export function PageLoading() {
  return (
    <Box sx={{ minHeight: "50vh", display: "grid", placeItems: "center" }}>
      <CircularProgress aria-label="Loading page" />
    </Box>
  );
}
