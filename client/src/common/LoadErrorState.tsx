import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";

interface LoadErrorStateProps {
  /** Name of the data that failed to load, such as "this mentorship". */
  subject: string;
  onRetry: () => void;
}

/** Reports a failed request and offers to send it again. */
export function LoadErrorState({ subject, onRetry }: LoadErrorStateProps) {
  return (
    <Alert
      severity="error"
      action={
        <Button color="inherit" size="small" onClick={onRetry}>
          Retry
        </Button>
      }
    >
      <AlertTitle>Could not load {subject}</AlertTitle>
      The server did not answer as expected. Check your connection, then retry.
    </Alert>
  );
}
