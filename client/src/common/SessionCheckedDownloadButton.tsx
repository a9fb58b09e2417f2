import DownloadIcon from "@mui/icons-material/Download";
import Button from "@mui/material/Button";
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
 * returns here. Otherwise the click is replayed on the anchor and the download proceeds.
 */
export function SessionCheckedDownloadButton({ href, label, ariaLabel, variant = "contained" }: SessionCheckedDownloadButtonProps) {
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const anchorRef = useRef<HTMLAnchorElement>(null);
  const sessionCheckedRef = useRef(false);
  const [checking, setChecking] = useState(false);

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
    const status = await fetchSessionStatus();
    setChecking(false);

    if (status === "signed-out") {
      navigate(signInPath(pathname + search, "session-ended"));
      return;
    }

    sessionCheckedRef.current = true;
    anchorRef.current?.click();
  }

  return (
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
  );
}
