import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useId, useState, type FormEvent } from "react";

import { flagResolutionReasonLabels } from "../../../common/enum-labels";
import type { FlagResolutionReason } from "../../../gql/graphql";

/** Maximum length of the note of a workflow step that the API accepts, in characters. */
export const MAX_FLAG_NOTE_LENGTH = 4000;

const REASONS = Object.keys(flagResolutionReasonLabels) as FlagResolutionReason[];

export interface ResolveFlagValues {
  reason: FlagResolutionReason;
  /** The note, or null when left blank. */
  note: string | null;
}

interface ResolveFlagDialogProps {
  open: boolean;
  /** True while the request runs; the form is locked meanwhile. */
  submitting: boolean;
  /** Messages of a request the server rejected, shown above the form. */
  serverErrors: string[];
  onSubmit: (values: ResolveFlagValues) => void;
  onClose: () => void;
}

/** Asks for the reason (required) and an optional note before resolving a flag. */
export function ResolveFlagDialog({ open, submitting, serverErrors, onSubmit, onClose }: ResolveFlagDialogProps) {
  const titleId = useId();
  const [reason, setReason] = useState<FlagResolutionReason | "">("");
  const [note, setNote] = useState("");
  const [attempted, setAttempted] = useState(false);
  const reasonError = attempted && reason === "" ? "Choose a reason" : undefined;
  const noteTooLong = note.length > MAX_FLAG_NOTE_LENGTH;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    if (reason === "" || noteTooLong) {
      return;
    }

    onSubmit({ reason, note: note.trim() === "" ? null : note.trim() });
  }

  function handleExited() {
    setReason("");
    setNote("");
    setAttempted(false);
  }

  return (
    <Dialog
      open={open}
      onClose={submitting ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      slotProps={{ transition: { onExited: handleExited } }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <DialogTitle id={titleId}>Resolve flag</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>The reason and note are kept in the flag's history, also if it is reopened later.</DialogContentText>
            {serverErrors.length > 0 && (
              <Alert severity="error">
                {serverErrors.map((message) => (
                  <div key={message}>{message}</div>
                ))}
              </Alert>
            )}
            <TextField
              select
              required
              label="Reason"
              value={reason}
              onChange={(event) => setReason(event.target.value as FlagResolutionReason)}
              error={Boolean(reasonError)}
              helperText={reasonError}
              disabled={submitting}
            >
              {REASONS.map((value) => (
                <MenuItem key={value} value={value}>
                  {flagResolutionReasonLabels[value]}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label="Note (optional)"
              multiline
              minRows={3}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              error={noteTooLong}
              helperText={noteTooLong ? `Shorten the note to ${MAX_FLAG_NOTE_LENGTH} characters or fewer` : `${note.length} / ${MAX_FLAG_NOTE_LENGTH}`}
              disabled={submitting}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={submitting}>
            Resolve
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
