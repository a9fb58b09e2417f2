import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";

import { DetailList } from "../../../common/DetailList";
import { flagChannelLabels, flagResolutionReasonLabels, participantRoleLabels } from "../../../common/enum-labels";
import { formatInstant } from "../../../common/format-date";
import { NotProvided } from "../../../common/NotProvided";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";

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
}

/** Everything staff need to act on a flag, with a link to it on the flags page. */
export function PriorityFlagDetails({ priorityFlag: priorityFlagRef }: PriorityFlagDetailsProps) {
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
          { label: "Reported by", value: describeReporter(flag.reportedBy?.displayName, flag.reportedByRole) },
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
            ) : (
              <NotProvided />
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

function describeReporter(name: string | undefined, role: keyof typeof participantRoleLabels | null | undefined) {
  if (!name) {
    return role ? participantRoleLabels[role] : "Staff";
  }

  return role ? `${name} (${participantRoleLabels[role]})` : name;
}
