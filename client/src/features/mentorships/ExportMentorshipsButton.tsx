import { SessionCheckedDownloadButton } from "../../common/SessionCheckedDownloadButton";
import type { MentorshipSort } from "../../gql/graphql";
import { mentorshipExportUrl, type MentorshipListFilter } from "./mentorship-list-filter";

interface ExportMentorshipsButtonProps {
  filter: MentorshipListFilter;
  /** The list's order, which the file follows; undefined for the default, newest match first. */
  sort: MentorshipSort | undefined;
}

/** Downloads every mentorship that matches the current filters as a CSV file, not only the page on screen. */
export function ExportMentorshipsButton({ filter, sort }: ExportMentorshipsButtonProps) {
  return (
    <SessionCheckedDownloadButton
      href={mentorshipExportUrl(filter, sort)}
      label="Export"
      ariaLabel="Export the mentorships that match the filters as CSV"
      variant="outlined"
    />
  );
}
