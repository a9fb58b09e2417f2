import Chip from "@mui/material/Chip";
import TableCell from "@mui/material/TableCell";

import { flagStatusLabels } from "../../../common/enum-labels";
import { ExpandableTableRow } from "../../../common/ExpandableTableRow";
import { formatInstant } from "../../../common/format-date";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { FlagStatus } from "../../../gql/graphql";
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

/** Columns of the priority flags table, counting the expand button's column. */
export const FLAG_TABLE_COLUMN_COUNT = 6;

const STATUS_COLORS: Record<FlagStatus, "error" | "warning" | "success"> = {
  OPEN: "error",
  IN_PROGRESS: "warning",
  RESOLVED: "success",
};

interface PriorityFlagRowProps {
  priorityFlag: FragmentType<typeof PriorityFlagRow_priorityFlag>;
}

/** Shows a flag's date, category, urgency, status and subject, and expands to its details. */
export function PriorityFlagRow({ priorityFlag: priorityFlagRef }: PriorityFlagRowProps) {
  const flag = getFragmentData(PriorityFlagRow_priorityFlag, priorityFlagRef);

  return (
    <ExpandableTableRow columnCount={FLAG_TABLE_COLUMN_COUNT} details={<PriorityFlagDetails priorityFlag={flag} />}>
      <TableCell>{formatInstant(flag.reportedAt)}</TableCell>
      <TableCell>{flag.category.label}</TableCell>
      <TableCell>
        {flag.urgent ? <Chip label="Urgent" color="error" size="small" /> : <Chip label="Not urgent" size="small" variant="outlined" />}
      </TableCell>
      <TableCell>
        <Chip label={flagStatusLabels[flag.status]} color={STATUS_COLORS[flag.status]} size="small" variant="outlined" />
      </TableCell>
      <TableCell>{flag.subject.displayName}</TableCell>
    </ExpandableTableRow>
  );
}
