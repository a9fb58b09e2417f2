import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";

import { useDocumentTitle } from "../../common/use-document-title";

/** Shown for an id that matches no mentorship the viewer may see. */
export function MentorshipNotFound() {
  useDocumentTitle("Not found");

  return (
    <Paper component="section" sx={{ p: 4, maxWidth: 640 }}>
      <Typography variant="h1" gutterBottom>
        Mentorship not found
      </Typography>
      <Typography sx={{ mb: 3 }}>
        No mentorship in your programs has this id. It may have been removed, or the link may be incomplete.
      </Typography>
      <Button href="/mentorships" variant="contained">
        Back to mentorships
      </Button>
    </Paper>
  );
}
