import Typography from "@mui/material/Typography";

/** Marks a value the record may have but the viewer's role may not read, unlike `NotProvided`. */
export function HiddenForRole() {
  return (
    <Typography component="span" variant="body2" sx={{ color: "text.secondary", fontStyle: "italic" }}>
      Hidden for your role
    </Typography>
  );
}
