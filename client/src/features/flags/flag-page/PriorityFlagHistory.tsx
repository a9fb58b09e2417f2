import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

import { flagResolutionReasonLabels, flagStatusLabels } from "../../../common/enum-labels";
import { formatInstant } from "../../../common/format-date";
import { HiddenForRole } from "../../../common/HiddenForRole";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { PriorityFlagHistory_PriorityFlagFragment } from "../../../gql/graphql";

export const PriorityFlagHistory_priorityFlag = graphql(`
  fragment PriorityFlagHistory_priorityFlag on PriorityFlag {
    reportedAt
    history {
      id
      type
      fromStatus
      toStatus
      actorLabel
      occurredAt
      assignee {
        id
        displayName
      }
      resolutionReason
      note
    }
  }
`);

type HistoryEvent = PriorityFlagHistory_PriorityFlagFragment["history"][number];

interface PriorityFlagHistoryProps {
  priorityFlag: FragmentType<typeof PriorityFlagHistory_priorityFlag>;
  /** Whether the viewer's role may read flag notes; the API returns each note as null otherwise. */
  flagNotesReadable: boolean;
}

/** Lists the flag's workflow steps, oldest first, after the report itself. */
export function PriorityFlagHistory({ priorityFlag: priorityFlagRef, flagNotesReadable }: PriorityFlagHistoryProps) {
  const { reportedAt, history } = getFragmentData(PriorityFlagHistory_priorityFlag, priorityFlagRef);

  return (
    <Paper component="section" aria-labelledby="flag-history-title" variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography id="flag-history-title" variant="h2" sx={{ mb: 2 }}>
        Status history
      </Typography>
      <Stack component="ol" spacing={2} sx={{ listStyle: "none", m: 0, p: 0, borderLeft: 2, borderColor: "divider", pl: 2 }}>
        <HistoryItem title="Reported" occurredAt={reportedAt} detail={`Status: ${flagStatusLabels.OPEN}`} />
        {history.map((event) => (
          <HistoryItem
            key={event.id}
            title={describeEvent(event)}
            occurredAt={event.occurredAt}
            detail={describeStatusChange(event)}
            note={describeNote(event.note, flagNotesReadable)}
          />
        ))}
      </Stack>
      {history.length === 0 && (
        <Typography variant="body2" sx={{ mt: 2, color: "text.secondary" }}>
          No staff member has acted on this flag yet.
        </Typography>
      )}
    </Paper>
  );
}

interface HistoryItemProps {
  title: string;
  occurredAt: string;
  detail: string | null;
  note?: ReactNode;
}

function HistoryItem({ title, occurredAt, detail, note }: HistoryItemProps) {
  return (
    <li>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography variant="caption" component="p" sx={{ color: "text.secondary" }}>
        <time dateTime={occurredAt}>{formatInstant(occurredAt)}</time>
        {detail && ` · ${detail}`}
      </Typography>
      {note && (
        <Typography variant="body2" component="div" sx={{ mt: 0.5, whiteSpace: "pre-wrap" }}>
          Note: {note}
        </Typography>
      )}
    </li>
  );
}

/** Returns the note, a "hidden" mark when the viewer may not read notes, or null when the step has none. */
function describeNote(note: string | null | undefined, flagNotesReadable: boolean): ReactNode {
  if (note) {
    return note;
  }

  return flagNotesReadable ? null : <HiddenForRole />;
}

function describeEvent(event: HistoryEvent): string {
  switch (event.type) {
    case "ASSIGNED":
      if (event.assignee?.displayName === event.actorLabel) {
        return `${event.actorLabel} took it on`;
      }

      return `${event.actorLabel} assigned it to ${event.assignee?.displayName ?? "a former staff member"}`;
    case "UNASSIGNED":
      return `${event.actorLabel} removed the assignee${event.assignee ? ` ${event.assignee.displayName}` : ""}`;
    case "STARTED":
      return `${event.actorLabel} started work`;
    case "RESOLVED":
      return `${event.actorLabel} resolved it${event.resolutionReason ? `: ${flagResolutionReasonLabels[event.resolutionReason]}` : ""}`;
    case "REOPENED":
      return `${event.actorLabel} reopened it`;
  }
}

function describeStatusChange(event: HistoryEvent): string | null {
  if (event.fromStatus === event.toStatus) {
    return null;
  }

  return `${flagStatusLabels[event.fromStatus]} → ${flagStatusLabels[event.toStatus]}`;
}
