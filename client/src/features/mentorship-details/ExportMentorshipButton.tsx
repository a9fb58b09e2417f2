import DownloadIcon from "@mui/icons-material/Download";
import Button from "@mui/material/Button";
import { useRef, useState, type MouseEvent } from "react";
import { useLocation, useNavigate } from "react-router";

import { fetchSessionStatus } from "../auth/auth-requests";
import { signInPath } from "../auth/sign-in-path";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

export const ExportMentorshipButton_mentorship = graphql(`
  fragment ExportMentorshipButton_mentorship on Mentorship {
    exportUrl
  }
`);

interface ExportMentorshipButtonProps {
  mentorship: FragmentType<typeof ExportMentorshipButton_mentorship>;
}

/**
 * Downloads the CSV export. A plain anchor lets the browser send the session cookie and
 * save the file itself, instead of the router handling the address.
 *
 * A browser silently cancels a download that the server rejects with HTTP 401, so a click
 * first checks the session. When the session has ended, the user is sent to sign in and then
 * returns here. Otherwise the click is replayed on the anchor and the download proceeds.
 */
export function ExportMentorshipButton({ mentorship: mentorshipRef }: ExportMentorshipButtonProps) {
  const { exportUrl } = getFragmentData(ExportMentorshipButton_mentorship, mentorshipRef);
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
      href={exportUrl}
      download
      variant="contained"
      startIcon={<DownloadIcon />}
      onClick={handleClick}
      aria-busy={checking}
    >
      Export mentorship
    </Button>
  );
}
