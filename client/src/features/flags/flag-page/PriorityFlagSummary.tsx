import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";

import { DetailList } from "../../../common/DetailList";
import { flagChannelLabels, flagResolutionReasonLabels } from "../../../common/enum-labels";
import { FlagStatusChip, FlagUrgencyChip } from "../../../common/FlagChips";
import { formatInstant } from "../../../common/format-date";
import { formatDuration } from "../../../common/format-duration";
import { HiddenForRole } from "../../../common/HiddenForRole";
import { NotProvided } from "../../../common/NotProvided";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { formatFlagReporter } from "../../mentorship-details/priority-flags/flag-reporter-label";

export const PriorityFlagSummary_priorityFlag = graphql(`
  fragment PriorityFlagSummary_priorityFlag on PriorityFlag {
    id
    reportedAt
    channel
    urgent
    status
    description
    reportedByRole
    reportedBy {
      id
      displayName
    }
    subject {
      id
      displayName
    }
    category {
      id
      label
    }
    program {
      id
      name
    }
    mentorship {
      id
      mentor {
        id
        displayName
      }
      mentee {
        id
        displayName
      }
    }
    assignee {
      id
      displayName
    }
    firstResponseAt
    resolvedAt
    timeToFirstResponse
    timeToResolution
    resolutionReason
    resolutionNote
  }
`);

interface PriorityFlagSummaryProps {
  priorityFlag: FragmentType<typeof PriorityFlagSummary_priorityFlag>;
  /** Whether the viewer's role may read flag notes; the API returns the resolution note as null otherwise. */
  flagNotesReadable: boolean;
}

/** Everything about one flag: who raised it about whom, when and how, its state and its resolution. */
export function PriorityFlagSummary({ priorityFlag: priorityFlagRef, flagNotesReadable }: PriorityFlagSummaryProps) {
  const flag = getFragmentData(PriorityFlagSummary_priorityFlag, priorityFlagRef);
  const multiline = (text: string) => (
    <Typography component="span" variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
      {text}
    </Typography>
  );

  return (
    <Paper component="section" aria-labelledby="flag-summary-title" variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography id="flag-summary-title" variant="h2" sx={{ mb: 2 }}>
        Details
      </Typography>
      <DetailList
        labelWidth="12rem"
        items={[
          { label: "Status", value: <FlagStatusChip status={flag.status} /> },
          { label: "Urgency", value: <FlagUrgencyChip urgent={flag.urgent} /> },
          { label: "Category", value: flag.category.label },
          { label: "Description", value: multiline(flag.description) },
          {
            label: "About",
            value: <Link href={`/participants/${encodeURIComponent(flag.subject.id)}`}>{flag.subject.displayName}</Link>,
          },
          {
            label: "Reported by",
            value: flag.reportedBy ? (
              <Link href={`/participants/${encodeURIComponent(flag.reportedBy.id)}`}>{formatFlagReporter(flag)}</Link>
            ) : (
              formatFlagReporter(flag)
            ),
          },
          { label: "Reported", value: formatInstant(flag.reportedAt) },
          { label: "Channel", value: flagChannelLabels[flag.channel] },
          { label: "Program", value: flag.program.name },
          {
            label: "Mentorship",
            value: flag.mentorship ? (
              <Link href={`/mentorships/${encodeURIComponent(flag.mentorship.id)}`}>
                View pair: {flag.mentorship.mentor.displayName} &amp; {flag.mentorship.mentee.displayName}
              </Link>
            ) : (
              "Not raised in a mentorship"
            ),
          },
          { label: "Assignee", value: flag.assignee?.displayName ?? "Unassigned" },
          {
            label: "First response",
            value: describeMilestone(flag.firstResponseAt, flag.timeToFirstResponse, "No response yet"),
          },
          { label: "Resolved", value: describeMilestone(flag.resolvedAt, flag.timeToResolution, "Not resolved") },
          {
            label: "Resolution reason",
            value: flag.resolutionReason ? flagResolutionReasonLabels[flag.resolutionReason] : <NotProvided />,
          },
          {
            label: "Resolution note",
            value: flag.resolutionNote ? multiline(flag.resolutionNote) : <MissingNote flagNotesReadable={flagNotesReadable} />,
          },
        ]}
      />
    </Paper>
  );
}

/** Marks a missing note as not provided, or as hidden when the viewer's role may not read notes. */
function MissingNote({ flagNotesReadable }: { flagNotesReadable: boolean }) {
  return flagNotesReadable ? <NotProvided /> : <HiddenForRole />;
}

/** Describes when a milestone was reached and how long after the report, such as "Mar 2, 2026, 9:00 AM PST (3 h 20 min after the report)". */
function describeMilestone(at: string | null | undefined, seconds: number | null | undefined, missing: string): string {
  if (!at) {
    return missing;
  }
  if (seconds === null || seconds === undefined) {
    return formatInstant(at);
  }

  return `${formatInstant(at)} (${formatDuration(seconds)} after the report)`;
}
