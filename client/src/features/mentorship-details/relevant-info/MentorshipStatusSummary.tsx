import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";

import { mentorshipStatusLabels, unmatchReasonLabels } from "../../../common/enum-labels";
import { formatLocalDate } from "../../../common/format-date";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";

export const MentorshipStatusSummary_mentorship = graphql(`
  fragment MentorshipStatusSummary_mentorship on Mentorship {
    status
    unmatchedOn
    unmatchReason
    unmatchNote
  }
`);

interface MentorshipStatusSummaryProps {
  mentorship: FragmentType<typeof MentorshipStatusSummary_mentorship>;
}

/** Shows the status, and for an ended pair the date, the reason in words and the staff note. */
export function MentorshipStatusSummary({ mentorship: mentorshipRef }: MentorshipStatusSummaryProps) {
  const mentorship = getFragmentData(MentorshipStatusSummary_mentorship, mentorshipRef);
  const isMatched = mentorship.status === "MATCHED";

  return (
    <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
      <Chip
        label={mentorshipStatusLabels[mentorship.status]}
        color={isMatched ? "success" : "default"}
        size="small"
        variant={isMatched ? "filled" : "outlined"}
      />
      {!isMatched && (
        <>
          {mentorship.unmatchedOn && (
            <Typography variant="body2">Unmatched on {formatLocalDate(mentorship.unmatchedOn)}</Typography>
          )}
          <Typography variant="body2">
            Reason: {mentorship.unmatchReason ? unmatchReasonLabels[mentorship.unmatchReason] : "Not recorded"}
          </Typography>
          {mentorship.unmatchNote && (
            <Typography variant="body2" sx={{ whiteSpace: "pre-wrap", color: "text.secondary" }}>
              Note: {mentorship.unmatchNote}
            </Typography>
          )}
        </>
      )}
    </Stack>
  );
}
