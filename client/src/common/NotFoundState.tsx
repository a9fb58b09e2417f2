import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";

import { useDocumentTitle } from "./use-document-title";

interface NotFoundStateProps {
  /** Heading, such as "Participant not found". */
  title: string;
  message: string;
  backHref: string;
  backLabel: string;
}

/** Shown for an id that matches no record the viewer may see, with a way back. */
export function NotFoundState({ title, message, backHref, backLabel }: NotFoundStateProps) {
  useDocumentTitle("Not found");

  return (
    <Paper component="section" sx={{ p: 4, maxWidth: 640 }}>
      <Typography variant="h1" gutterBottom>
        {title}
      </Typography>
      <Typography sx={{ mb: 3 }}>{message}</Typography>
      <Button href={backHref} variant="contained">
        {backLabel}
      </Button>
    </Paper>
  );
}
