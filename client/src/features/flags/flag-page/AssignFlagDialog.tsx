import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import { useId, useState, type FormEvent } from "react";

import { MAX_FLAG_NOTE_LENGTH } from "./ResolveFlagDialog";

const UNASSIGNED = "unassigned";

export interface StaffChoice {
  id: string;
  displayName: string;
}

export interface AssignFlagValues {
  /** The staff user to assign, or null to remove the assignee. */
  assigneeId: string | null;
  note: string | null;
}

interface AssignFlagDialogProps {
  open: boolean;
  staffUsers: readonly StaffChoice[];
  /** The flag's assignee when the dialog opens; null when it has none. */
  currentAssigneeId: string | null;
  submitting: boolean;
  serverErrors: string[];
  onSubmit: (values: AssignFlagValues) => void;
  onClose: () => void;
}

/** Picks the staff member who works on the flag, or removes the assignee. */
export function AssignFlagDialog({ open, staffUsers, currentAssigneeId, submitting, serverErrors, onSubmit, onClose }: AssignFlagDialogProps) {
  const titleId = useId();
  const [choice, setChoice] = useState(currentAssigneeId ?? UNASSIGNED);
  const [note, setNote] = useState("");
  const unchanged = (choice === UNASSIGNED ? null : choice) === currentAssigneeId;
  const noteTooLong = note.length > MAX_FLAG_NOTE_LENGTH;

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (unchanged || noteTooLong) {
      return;
    }

    onSubmit({ assigneeId: choice === UNASSIGNED ? null : choice, note: note.trim() === "" ? null : note.trim() });
  }

  return (
    <Dialog
      open={open}
      onClose={submitting ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      slotProps={{
        transition: {
          onEnter: () => {
            setChoice(currentAssigneeId ?? UNASSIGNED);
            setNote("");
          },
        },
      }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <DialogTitle id={titleId}>Assign flag</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {serverErrors.length > 0 && (
              <Alert severity="error">
                {serverErrors.map((message) => (
                  <div key={message}>{message}</div>
                ))}
              </Alert>
            )}
            <TextField
              select
              label="Assignee"
              value={choice}
              onChange={(event) => setChoice(event.target.value)}
              helperText={unchanged ? "Choose another staff member, or no one" : undefined}
              disabled={submitting}
            >
              <MenuItem value={UNASSIGNED}>No one (unassigned)</MenuItem>
              {staffUsers.map((staffUser) => (
                <MenuItem key={staffUser.id} value={staffUser.id}>
                  {staffUser.displayName}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label="Note (optional)"
              multiline
              minRows={2}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              error={noteTooLong}
              helperText={noteTooLong ? `Shorten the note to ${MAX_FLAG_NOTE_LENGTH} characters or fewer` : undefined}
              disabled={submitting}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" disabled={submitting || unchanged}>
            Save assignee
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
