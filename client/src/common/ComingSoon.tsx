import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";

interface ComingSoonProps {
  title: string;
  message: string;
  backHref: string;
  backLabel: string;
}

/** Stands in for a page that is not built yet, with a way back. */
export function ComingSoon({ title, message, backHref, backLabel }: ComingSoonProps) {
  return (
    <Paper component="section" sx={{ p: 4, maxWidth: 640 }}>
      <Typography variant="h1" gutterBottom>
        {title}
      </Typography>
      <Typography sx={{ mb: 3 }}>{message}</Typography>
      <Button href={backHref} variant="outlined">
        {backLabel}
      </Button>
    </Paper>
  );
}
