import DownloadIcon from "@mui/icons-material/Download";
import Button from "@mui/material/Button";

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
 */
export function ExportMentorshipButton({ mentorship: mentorshipRef }: ExportMentorshipButtonProps) {
  const { exportUrl } = getFragmentData(ExportMentorshipButton_mentorship, mentorshipRef);

  return (
    <Button component="a" href={exportUrl} download variant="contained" startIcon={<DownloadIcon />}>
      Export mentorship
    </Button>
  );
}
