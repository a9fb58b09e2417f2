import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";

import { DetailList } from "../../../common/DetailList";
import { flagChannelLabels, flagResolutionReasonLabels } from "../../../common/enum-labels";
import { formatInstant } from "../../../common/format-date";
import { HiddenForRole } from "../../../common/HiddenForRole";
import { NotProvided } from "../../../common/NotProvided";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { formatFlagReporter } from "./flag-reporter-label";

export const PriorityFlagDetails_priorityFlag = graphql(`
  fragment PriorityFlagDetails_priorityFlag on PriorityFlag {
    id
    description
    channel
    reportedByRole
    reportedBy {
      id
      displayName
    }
    firstResponseAt
    resolvedAt
    assignee {
      id
      displayName
    }
    resolutionReason
    resolutionNote
  }
`);

interface PriorityFlagDetailsProps {
  priorityFlag: FragmentType<typeof PriorityFlagDetails_priorityFlag>;
  /** Whether the viewer's role may read flag notes; the API returns the resolution note as null otherwise. */
  flagNotesReadable: boolean;
}

/** Everything staff need to act on a flag, with a link to it on the flags page. */
export function PriorityFlagDetails({ priorityFlag: priorityFlagRef, flagNotesReadable }: PriorityFlagDetailsProps) {
  const flag = getFragmentData(PriorityFlagDetails_priorityFlag, priorityFlagRef);

  return (
    <>
      <DetailList
        labelWidth="12rem"
        items={[
          {
            label: "Description",
            value: (
              <Typography component="span" variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
                {flag.description}
              </Typography>
            ),
          },
          { label: "Channel", value: flagChannelLabels[flag.channel] },
          { label: "Reported by", value: formatFlagReporter(flag) },
          { label: "First response", value: flag.firstResponseAt ? formatInstant(flag.firstResponseAt) : "No response yet" },
          { label: "Resolved", value: flag.resolvedAt ? formatInstant(flag.resolvedAt) : "Not resolved" },
          { label: "Assignee", value: flag.assignee?.displayName ?? "Unassigned" },
          {
            label: "Resolution reason",
            value: flag.resolutionReason ? flagResolutionReasonLabels[flag.resolutionReason] : <NotProvided />,
          },
          {
            label: "Resolution note",
            value: flag.resolutionNote ? (
              <Typography component="span" variant="body2" sx={{ whiteSpace: "pre-wrap" }}>
                {flag.resolutionNote}
              </Typography>
            ) : flagNotesReadable ? (
              <NotProvided />
            ) : (
              <HiddenForRole />
            ),
          },
        ]}
      />
      <Button href={`/flags/${encodeURIComponent(flag.id)}`} variant="outlined" size="small" sx={{ mt: 2 }}>
        See flag
      </Button>
    </>
  );
}
