import Typography from "@mui/material/Typography";

/** Marks a value the record does not have. */
export function NotProvided() {
  return (
    <Typography component="span" variant="body2" sx={{ color: "text.secondary", fontStyle: "italic" }}>
      Not provided
    </Typography>
  );
}
