import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TableSortLabel from "@mui/material/TableSortLabel";
import Typography from "@mui/material/Typography";
import { useId } from "react";

import { compactTableCells } from "../../../common/compact-table-cells";
import { ScrollableTableContainer } from "../../../common/ScrollableTableContainer";
import { useNarrowScreen } from "../../../common/use-narrow-screen";
import { visuallyHidden } from "../../../common/visually-hidden";
import type { FragmentType } from "../../../gql";
import type { PriorityFlagSort } from "../../../gql/graphql";
import { flagTableColumnCount, PriorityFlagRow, type PriorityFlagRow_priorityFlag } from "./PriorityFlagRow";

interface PriorityFlagListTableProps {
  /** Heading of the section, such as "Priority flags". */
  title: string;
  priorityFlags: ReadonlyArray<{ id: string } & FragmentType<typeof PriorityFlagRow_priorityFlag>>;
  /** Total number of flags, when known, so that a cut-off list shows how many it leaves out. */
  totalCount?: number;
  /** Text of the table when it has no rows. */
  emptyMessage: string;
  /** Whether the viewer's role may read flag notes, which decides how a missing note reads. */
  flagNotesReadable: boolean;
  sort: PriorityFlagSort;
  onSortChange: (sort: PriorityFlagSort) => void;
  /** True while rows in a new order load; the current rows stay visible meanwhile. */
  loading?: boolean;
}

/** Lists flags sorted by date reported, each expandable to its details. */
export function PriorityFlagListTable(props: PriorityFlagListTableProps) {
  const { title, priorityFlags, totalCount, emptyMessage, flagNotesReadable, sort, onSortChange, loading = false } = props;
  const titleId = useId();
  const direction = sort.direction === "ASC" ? "asc" : "desc";
  const narrow = useNarrowScreen();

  function toggleSortDirection() {
    onSortChange({ ...sort, field: "REPORTED_AT", direction: sort.direction === "ASC" ? "DESC" : "ASC" });
  }

  return (
    <Paper component="section" aria-labelledby={titleId} variant="outlined" sx={{ p: { xs: 1.5, sm: 3 } }}>
      <Typography id={titleId} variant="h2" sx={{ mb: 1 }}>
        {title}
      </Typography>
      <LinearProgress aria-label="Loading priority flags" sx={{ visibility: loading ? "visible" : "hidden" }} />
      <ScrollableTableContainer>
        <Table size="small" aria-labelledby={titleId} aria-busy={loading} sx={narrow ? compactTableCells : undefined}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <Box component="span" sx={visuallyHidden}>
                  Details
                </Box>
              </TableCell>
              <TableCell sortDirection={direction}>
                <TableSortLabel active direction={direction} onClick={toggleSortDirection}>
                  Reported
                </TableSortLabel>
              </TableCell>
              <TableCell>Category</TableCell>
              {narrow ? (
                <TableCell>Urgency and status</TableCell>
              ) : (
                <>
                  <TableCell>Urgency</TableCell>
                  <TableCell>Status</TableCell>
                </>
              )}
              {!narrow && <TableCell>Subject</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {priorityFlags.length === 0 ? (
              <TableRow>
                <TableCell colSpan={flagTableColumnCount(narrow)} sx={{ py: 4, textAlign: "center", color: "text.secondary" }}>
                  {emptyMessage}
                </TableCell>
              </TableRow>
            ) : (
              priorityFlags.map((flag) => <PriorityFlagRow key={flag.id} priorityFlag={flag} flagNotesReadable={flagNotesReadable} narrow={narrow} />)
            )}
          </TableBody>
        </Table>
      </ScrollableTableContainer>
      {totalCount !== undefined && totalCount > priorityFlags.length && (
        <Typography variant="body2" sx={{ mt: 1, color: "text.secondary" }}>
          Showing {priorityFlags.length} of {totalCount} flags. Reverse the order to see the others.
        </Typography>
      )}
    </Paper>
  );
}
