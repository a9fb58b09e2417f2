import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import { useRouteError } from "react-router";

/** Catches a rendering error in a route, so one broken page does not blank the whole app. */
export function RouteErrorPage() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : "An unexpected error occurred.";

  return (
    <Box component="main" sx={{ p: 4, maxWidth: 720 }}>
      <Alert severity="error" sx={{ mb: 2 }}>
        Something went wrong while showing this page: {message}
      </Alert>
      <Button variant="contained" onClick={() => window.location.reload()}>
        Reload the page
      </Button>
    </Box>
  );
}
