import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import type { GridColDef, GridColumnVisibilityModel } from "@mui/x-data-grid";

import { mentorshipStatusLabels } from "../../common/enum-labels";
import { formatInstant, formatLocalDate } from "../../common/format-date";
import type { MentorshipStatus } from "../../gql/graphql";
import { isSortableColumn } from "./mentorship-sort";

/** One grid row, flattened from a mentorship. */
export interface MentorshipRow {
  id: string;
  mentorName: string;
  menteeName: string;
  programName: string;
  status: MentorshipStatus;
  matchedOn: string;
  lastConversationAt: string | null;
  conversationCount: number;
  priorityFlagCount: number;
  openPriorityFlagCount: number;
}

// Names and statuses sort A to Z on the first click; the grid's default order, newest or
// largest first, suits the dates and counts.
const ALPHABETICAL_FIRST: GridColDef["sortingOrder"] = ["asc", "desc"];

const columns: GridColDef<MentorshipRow>[] = [
  // The minimum widths add up to 1,210 pixels, so that every column, the details link
  // included, fits beside the grid's scroll bar on a 1,280-pixel-wide screen.
  { field: "mentorName", headerName: "Mentor", flex: 1, minWidth: 125, sortingOrder: ALPHABETICAL_FIRST },
  { field: "menteeName", headerName: "Mentee", flex: 1, minWidth: 125, sortingOrder: ALPHABETICAL_FIRST },
  { field: "programName", headerName: "Program", flex: 1, minWidth: 130, sortingOrder: ALPHABETICAL_FIRST },
  {
    field: "status",
    headerName: "Status",
    width: 110,
    sortingOrder: ALPHABETICAL_FIRST,
    renderCell: ({ row }) => (
      <Chip
        label={mentorshipStatusLabels[row.status]}
        size="small"
        color={row.status === "MATCHED" ? "success" : "default"}
        variant={row.status === "MATCHED" ? "filled" : "outlined"}
      />
    ),
  },
  { field: "matchedOn", headerName: "Date matched", width: 155, valueFormatter: (value: string) => formatLocalDate(value) },
  {
    field: "lastConversationAt",
    headerName: "Last conversation",
    width: 200,
    valueFormatter: (value: string | null) => (value ? formatInstant(value) : "None"),
  },
  { field: "conversationCount", headerName: "Conversations", type: "number", width: 130 },
  {
    field: "openPriorityFlagCount",
    headerName: "Open flags",
    description: "Flags still open or in progress, of all flags reported for the pair",
    type: "number",
    width: 110,
    valueFormatter: (value: number, row) => (row.priorityFlagCount > 0 ? `${value} of ${row.priorityFlagCount}` : "0"),
  },
  {
    field: "actions",
    headerName: "Details",
    sortable: false,
    width: 135,
    renderCell: ({ row }) => <MentorshipLink row={row} label="View mentorship" />,
  },
];

// On a small screen only the names, the flag count and the link stay, narrowed to fit a
// 390-pixel-wide phone without scrolling sideways. Rows grow so that long names wrap. The
// column menu is off there: its button, shown on hover and focus, would take the room of a
// short header and cut "Open" or "Details" to one letter. Headers still sort on click.
const NARROW_SCREEN_OVERRIDES: Record<string, Partial<GridColDef<MentorshipRow>>> = {
  mentorName: { minWidth: 90 },
  menteeName: { minWidth: 90 },
  // Wide enough for "Open" beside the sort arrow.
  openPriorityFlagCount: {
    headerName: "Open",
    width: 88,
    renderCell: ({ row }) => (
      <div>
        <div>{row.openPriorityFlagCount}</div>
        {row.priorityFlagCount > 0 && (
          <Typography variant="caption" sx={{ color: "text.secondary" }}>
            of {row.priorityFlagCount}
          </Typography>
        )}
      </div>
    ),
  },
  actions: { width: 72, renderCell: ({ row }) => <MentorshipLink row={row} label="View" /> },
};

/** Columns hidden on a small screen. */
export const NARROW_SCREEN_HIDDEN_COLUMNS: GridColumnVisibilityModel = {
  programName: false,
  status: false,
  matchedOn: false,
  lastConversationAt: false,
  conversationCount: false,
};

/** The grid's columns; those the API cannot sort by have sorting turned off. */
export const mentorshipColumns: GridColDef<MentorshipRow>[] = columns.map((column) => ({
  filterable: false,
  ...column,
  sortable: column.sortable ?? isSortableColumn(column.field),
}));

/** The grid's columns sized for a small screen, used with `NARROW_SCREEN_HIDDEN_COLUMNS`. */
export const narrowScreenMentorshipColumns: GridColDef<MentorshipRow>[] = mentorshipColumns.map((column) => ({
  ...column,
  disableColumnMenu: true,
  ...NARROW_SCREEN_OVERRIDES[column.field],
}));

function MentorshipLink({ row, label }: { row: MentorshipRow; label: string }) {
  return (
    <Link href={`/mentorships/${encodeURIComponent(row.id)}`} aria-label={`View mentorship of ${row.mentorName} and ${row.menteeName}`}>
      {label}
    </Link>
  );
}
