import DownloadIcon from "@mui/icons-material/Download";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import { useRef, useState, type MouseEvent } from "react";
import { useLocation, useNavigate } from "react-router";

import { fetchSessionStatus } from "../features/auth/auth-requests";
import { signInPath } from "../features/auth/sign-in-path";

interface SessionCheckedDownloadButtonProps {
  /** Address of the file, such as a CSV export; it needs the session cookie. */
  href: string;
  /** Visible label, such as "Export". */
  label: string;
  /** Accessible name when the label alone would be ambiguous. */
  ariaLabel?: string;
  variant?: "contained" | "outlined";
}

/**
 * Downloads a file that needs the session. A plain anchor lets the browser send the session
 * cookie and save the file itself, instead of the router handling the address.
 *
 * A browser silently cancels a download that the server rejects with HTTP 401, so a click
 * first checks the session. When the session has ended, the user is sent to sign in and then
 * returns here. When the check gets no answer, as when the server is down, the button reports
 * that instead of starting a download that would fail silently. Otherwise the click is replayed
 * on the anchor and the download proceeds.
 */
export function SessionCheckedDownloadButton({ href, label, ariaLabel, variant = "contained" }: SessionCheckedDownloadButtonProps) {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const anchorRef = useRef<HTMLAnchorElement>(null);
  const sessionCheckedRef = useRef(false);
  const [checking, setChecking] = useState(false);
  const [unreachable, setUnreachable] = useState(false);

  async function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    if (sessionCheckedRef.current) {
      sessionCheckedRef.current = false;
      return;
    }

    event.preventDefault();
    if (checking) {
      return;
    }

    setChecking(true);
    setUnreachable(false);
    const status = await fetchSessionStatus();
    setChecking(false);

    if (status === "signed-out") {
      navigate(signInPath(pathname + search, "session-ended"));
      return;
    }
    if (status === "unknown") {
      setUnreachable(true);
      return;
    }

    sessionCheckedRef.current = true;
    anchorRef.current?.click();
  }

  return (
    <>
      <Button
        ref={anchorRef}
        component="a"
        href={href}
        download
        variant={variant}
        startIcon={<DownloadIcon />}
        onClick={handleClick}
        aria-busy={checking}
        aria-label={ariaLabel}
      >
        {label}
      </Button>
      <Snackbar open={unreachable} onClose={() => setUnreachable(false)} anchorOrigin={{ vertical: "bottom", horizontal: "center" }}>
        <Alert severity="error" onClose={() => setUnreachable(false)}>
          Could not start the download because the server could not be reached. Check your connection, then try again.
        </Alert>
      </Snackbar>
    </>
  );
}
