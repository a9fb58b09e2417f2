import ContentCopyIcon from "@mui/icons-material/ContentCopy";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Snackbar from "@mui/material/Snackbar";
import TextField from "@mui/material/TextField";
import { useId, useState } from "react";

export interface AnonymizedQuoteText {
  text: string;
  attribution: string;
}

/** Formats a quote as it is pasted into a report: the text in quotation marks, then its attribution. */
export function formatQuote({ text, attribution }: AnonymizedQuoteText): string {
  return `“${text}” — ${attribution}`;
}

interface CopyQuoteButtonProps {
  quote: AnonymizedQuoteText;
}

/**
 * Copies the anonymized form of an open-text response to the clipboard, for use in reports. When
 * the browser rejects clipboard access (an insecure page, a denied permission), a dialog shows
 * the quote selected, to copy by hand.
 */
export function CopyQuoteButton({ quote }: CopyQuoteButtonProps) {
  const [copied, setCopied] = useState(false);
  const [fallbackOpen, setFallbackOpen] = useState(false);
  const titleId = useId();
  const quoteText = formatQuote(quote);

  async function handleClick() {
    try {
      if (!navigator.clipboard) {
        throw new Error("The clipboard is not available on this page.");
      }
      await navigator.clipboard.writeText(quoteText);
      setCopied(true);
    } catch {
      setFallbackOpen(true);
    }
  }

  return (
    <>
      <Button size="small" startIcon={<ContentCopyIcon />} onClick={() => void handleClick()} sx={{ mt: 0.5 }}>
        Copy anonymized quote
      </Button>
      <Snackbar
        open={copied}
        autoHideDuration={4000}
        onClose={() => setCopied(false)}
        message="Anonymized quote copied"
        anchorOrigin={{ vertical: "bottom", horizontal: "center" }}
      />
      <Dialog open={fallbackOpen} onClose={() => setFallbackOpen(false)} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <DialogTitle id={titleId}>Copy the quote</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            The browser did not allow copying to the clipboard. Select the quote below and copy it with your keyboard or menu.
          </DialogContentText>
          <TextField
            label="Anonymized quote"
            value={quoteText}
            multiline
            fullWidth
            autoFocus
            onFocus={(event) => event.target.select()}
            slotProps={{ htmlInput: { readOnly: true } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setFallbackOpen(false)}>Close</Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
