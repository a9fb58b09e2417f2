import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";

interface InvalidFilterStateProps {
  /** Name of the listed data, such as "mentorships". */
  subject: string;
  /** The API's messages, which name the rejected filter and say why. */
  messages: string[];
  onClearFilters: () => void;
}

/** Reports filters that the API rejected, such as from an edited or outdated link, and offers to clear them. */
export function InvalidFilterState({ subject, messages, onClearFilters }: InvalidFilterStateProps) {
  return (
    <Alert
      severity="warning"
      action={
        <Button color="inherit" size="small" onClick={onClearFilters}>
          Clear filters
        </Button>
      }
    >
      <AlertTitle>Could not filter {subject}</AlertTitle>
      {messages.map((message) => (
        <div key={message}>{message}</div>
      ))}
      Change or clear the filters to see {subject}.
    </Alert>
  );
}
