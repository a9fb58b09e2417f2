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

import { compactTableCells } from "../../../common/compact-table-cells";
import { ScrollableTableContainer } from "../../../common/ScrollableTableContainer";
import { useNarrowScreen } from "../../../common/use-narrow-screen";
import { visuallyHidden } from "../../../common/visually-hidden";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { PriorityFlagSort } from "../../../gql/graphql";
import { flagTableColumnCount, PriorityFlagRow } from "./PriorityFlagRow";

// The sort is a variable of the page query, so that changing it refetches through the page's single request.
export const PriorityFlagsTable_mentorship = graphql(`
  fragment PriorityFlagsTable_mentorship on Mentorship {
    priorityFlagCount
    priorityFlags(first: 100, sort: $flagSort) {
      id
      ...PriorityFlagRow_priorityFlag
    }
  }
`);

interface PriorityFlagsTableProps {
  mentorship: FragmentType<typeof PriorityFlagsTable_mentorship>;
  /** Whether the viewer's role may read flag notes, which decides how a missing note reads. */
  flagNotesReadable: boolean;
  sort: PriorityFlagSort;
  onSortChange: (sort: PriorityFlagSort) => void;
  /** True while rows in a new order load; the current rows stay visible meanwhile. */
  loading?: boolean;
}

/** Lists every flag of the mentorship, sorted by date reported. */
export function PriorityFlagsTable({ mentorship: mentorshipRef, flagNotesReadable, sort, onSortChange, loading = false }: PriorityFlagsTableProps) {
  const { priorityFlags, priorityFlagCount } = getFragmentData(PriorityFlagsTable_mentorship, mentorshipRef);
  const direction = sort.direction === "ASC" ? "asc" : "desc";
  const narrow = useNarrowScreen();

  function toggleSortDirection() {
    onSortChange({ ...sort, field: "REPORTED_AT", direction: sort.direction === "ASC" ? "DESC" : "ASC" });
  }

  return (
    <Paper component="section" aria-labelledby="priority-flags-title" variant="outlined" sx={{ p: { xs: 1.5, sm: 3 } }}>
      <Typography id="priority-flags-title" variant="h2" sx={{ mb: 1 }}>
        Priority flags
      </Typography>
      <LinearProgress aria-label="Loading priority flags" sx={{ visibility: loading ? "visible" : "hidden" }} />
      <ScrollableTableContainer>
        <Table size="small" aria-labelledby="priority-flags-title" aria-busy={loading} sx={narrow ? compactTableCells : undefined}>
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
                  No priority flags reported
                </TableCell>
              </TableRow>
            ) : (
              priorityFlags.map((flag) => <PriorityFlagRow key={flag.id} priorityFlag={flag} flagNotesReadable={flagNotesReadable} narrow={narrow} />)
            )}
          </TableBody>
        </Table>
      </ScrollableTableContainer>
      {priorityFlagCount > priorityFlags.length && (
        <Typography variant="body2" sx={{ mt: 1, color: "text.secondary" }}>
          Showing {priorityFlags.length} of {priorityFlagCount} flags. Reverse the order to see the others.
        </Typography>
      )}
    </Paper>
  );
}
