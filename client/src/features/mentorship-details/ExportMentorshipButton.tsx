import { SessionCheckedDownloadButton } from "../../common/SessionCheckedDownloadButton";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

export const ExportMentorshipButton_mentorship = graphql(`
  fragment ExportMentorshipButton_mentorship on Mentorship {
    exportUrl
  }
`);

interface ExportMentorshipButtonProps {
  mentorship: FragmentType<typeof ExportMentorshipButton_mentorship>;
}

/** Downloads the CSV file with all data of the mentorship, after checking that the session is still valid. */
export function ExportMentorshipButton({ mentorship: mentorshipRef }: ExportMentorshipButtonProps) {
  const { exportUrl } = getFragmentData(ExportMentorshipButton_mentorship, mentorshipRef);

  return <SessionCheckedDownloadButton href={exportUrl} label="Export mentorship" />;
}
