import Stack from "@mui/material/Stack";
import TableCell from "@mui/material/TableCell";
import Typography from "@mui/material/Typography";

import { ExpandableTableRow } from "../../../common/ExpandableTableRow";
import { FlagStatusChip, FlagUrgencyChip } from "../../../common/FlagChips";
import { formatInstant, formatInstantDate } from "../../../common/format-date";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { PriorityFlagDetails } from "./PriorityFlagDetails";

export const PriorityFlagRow_priorityFlag = graphql(`
  fragment PriorityFlagRow_priorityFlag on PriorityFlag {
    id
    reportedAt
    urgent
    status
    category {
      id
      label
    }
    subject {
      id
      displayName
    }
    ...PriorityFlagDetails_priorityFlag
  }
`);

/**
 * Columns of the priority flags table, counting the expand button's column. Narrow screens
 * stack urgency and status in one column and leave out the subject, which the expanded row
 * shows instead.
 */
export function flagTableColumnCount(narrow: boolean): number {
  return narrow ? 4 : 6;
}

interface PriorityFlagRowProps {
  priorityFlag: FragmentType<typeof PriorityFlagRow_priorityFlag>;
  /** Whether the viewer's role may read flag notes, which decides how a missing note reads. */
  flagNotesReadable: boolean;
  /** True on small screens, where urgency and status share a column and the subject moves into the expanded row. */
  narrow?: boolean;
}

/** Shows a flag's date, category, urgency, status and subject, and expands to its details. */
export function PriorityFlagRow({ priorityFlag: priorityFlagRef, flagNotesReadable, narrow = false }: PriorityFlagRowProps) {
  const flag = getFragmentData(PriorityFlagRow_priorityFlag, priorityFlagRef);
  const urgencyChip = <FlagUrgencyChip urgent={flag.urgent} />;
  const statusChip = <FlagStatusChip status={flag.status} />;
  const details = (
    <>
      {narrow && (
        <Typography variant="body2" sx={{ mb: 1.5, color: "text.secondary" }}>
          Subject: {flag.subject.displayName}
        </Typography>
      )}
      <PriorityFlagDetails priorityFlag={flag} flagNotesReadable={flagNotesReadable} />
    </>
  );

  return (
    <ExpandableTableRow
      columnCount={flagTableColumnCount(narrow)}
      details={details}
      rowLabel={`flag: ${flag.category.label}, ${formatInstantDate(flag.reportedAt)}`}
    >
      <TableCell>{formatInstant(flag.reportedAt)}</TableCell>
      <TableCell>{flag.category.label}</TableCell>
      {narrow ? (
        <TableCell>
          <Stack spacing={0.5} sx={{ alignItems: "flex-start" }}>
            {urgencyChip}
            {statusChip}
          </Stack>
        </TableCell>
      ) : (
        <>
          <TableCell>{urgencyChip}</TableCell>
          <TableCell>{statusChip}</TableCell>
        </>
      )}
      {!narrow && <TableCell>{flag.subject.displayName}</TableCell>}
    </ExpandableTableRow>
  );
}
