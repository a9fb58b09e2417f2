import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import { useRouteError } from "react-router";

/**
 * Tells whether `error` is the browser's failure to fetch a page's code chunk, as when the server
 * is down or a deploy replaced the chunk. Chromium, Firefox and Safari word this error differently.
 */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) {
    return false;
  }

  return /dynamically imported module|Importing a module script failed|Unable to preload/i.test(error.message);
}

/**
 * Catches an error of one page inside the app's layout, so the top bar stays and a page whose code
 * failed to load offers to retry. Retrying reloads the address, which fetches the code again.
 */
export function PageErrorState() {
  const error = useRouteError();
  const retry = (
    <Button color="inherit" size="small" onClick={() => window.location.reload()}>
      Retry
    </Button>
  );

  if (isChunkLoadError(error)) {
    return (
      <Alert severity="error" action={retry}>
        <AlertTitle>Could not load this page</AlertTitle>
        Check your connection, then retry.
      </Alert>
    );
  }

  const message = error instanceof Error ? error.message : "An unexpected error occurred.";

  return (
    <Alert severity="error" action={retry}>
      <AlertTitle>Something went wrong while showing this page</AlertTitle>
      {message}
    </Alert>
  );
}
