import Chip from "@mui/material/Chip";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";

import { DetailList } from "../../../common/DetailList";
import { formatInstant, formatLocalDate } from "../../../common/format-date";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { CommonGroundList } from "./CommonGroundList";
import { MentorshipStatusSummary } from "./MentorshipStatusSummary";

export const RelevantInfoPanel_mentorship = graphql(`
  fragment RelevantInfoPanel_mentorship on Mentorship {
    matchedOn
    lastConversationAt
    conversationCount
    priorityFlagCount
    openPriorityFlagCount
    menteeGoals
    ...MentorshipStatusSummary_mentorship
    ...CommonGroundList_mentorship
  }
`);

interface RelevantInfoPanelProps {
  mentorship: FragmentType<typeof RelevantInfoPanel_mentorship>;
}

/** Shows the pair at a glance: status, dates, activity counts, the mentee's goals and common ground. */
export function RelevantInfoPanel({ mentorship: mentorshipRef }: RelevantInfoPanelProps) {
  const mentorship = getFragmentData(RelevantInfoPanel_mentorship, mentorshipRef);

  return (
    <Paper component="section" aria-labelledby="relevant-info-title" variant="outlined" sx={{ p: 3, height: "100%" }}>
      <Typography id="relevant-info-title" variant="h2" sx={{ mb: 2 }}>
        Relevant info
      </Typography>
      <DetailList
        labelWidth="13rem"
        items={[
          { label: "Status", value: <MentorshipStatusSummary mentorship={mentorship} /> },
          { label: "Date matched", value: formatLocalDate(mentorship.matchedOn) },
          {
            label: "Last conversation logged",
            value: mentorship.lastConversationAt ? formatInstant(mentorship.lastConversationAt) : "No conversations logged",
          },
          { label: "Conversations logged", value: mentorship.conversationCount },
          { label: "Priority flags reported", value: describeFlagCount(mentorship.priorityFlagCount, mentorship.openPriorityFlagCount) },
        ]}
      />

      <Typography variant="h3" sx={{ mt: 3, mb: 1 }}>
        Mentee goals
      </Typography>
      {mentorship.menteeGoals.length === 0 ? (
        <Typography variant="body2" sx={{ color: "text.secondary" }}>
          No goals recorded
        </Typography>
      ) : (
        <Stack direction="row" useFlexGap sx={{ flexWrap: "wrap", gap: 1 }}>
          {mentorship.menteeGoals.map((goal) => (
            <Chip key={goal} label={goal} size="small" color="primary" variant="outlined" />
          ))}
        </Stack>
      )}

      <Typography variant="h3" sx={{ mt: 3, mb: 1 }}>
        In common
      </Typography>
      <CommonGroundList mentorship={mentorship} />
    </Paper>
  );
}

function describeFlagCount(total: number, open: number): string {
  return open > 0 ? `${total} (${open} open)` : String(total);
}
