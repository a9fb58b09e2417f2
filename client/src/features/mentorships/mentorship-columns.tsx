import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import type { GridColDef } from "@mui/x-data-grid";

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

const columns: GridColDef<MentorshipRow>[] = [
  { field: "mentorName", headerName: "Mentor", flex: 1, minWidth: 160 },
  { field: "menteeName", headerName: "Mentee", flex: 1, minWidth: 160 },
  { field: "programName", headerName: "Program", flex: 1, minWidth: 160 },
  {
    field: "status",
    headerName: "Status",
    width: 130,
    renderCell: ({ row }) => (
      <Chip
        label={mentorshipStatusLabels[row.status]}
        size="small"
        color={row.status === "MATCHED" ? "success" : "default"}
        variant={row.status === "MATCHED" ? "filled" : "outlined"}
      />
    ),
  },
  { field: "matchedOn", headerName: "Date matched", width: 160, valueFormatter: (value: string) => formatLocalDate(value) },
  {
    field: "lastConversationAt",
    headerName: "Last conversation",
    width: 220,
    valueFormatter: (value: string | null) => (value ? formatInstant(value) : "None"),
  },
  { field: "conversationCount", headerName: "Conversations", type: "number", width: 130 },
  {
    field: "priorityFlagCount",
    headerName: "Flags",
    type: "number",
    width: 110,
    valueFormatter: (value: number, row) => (row.openPriorityFlagCount > 0 ? `${value} (${row.openPriorityFlagCount} open)` : String(value)),
  },
  {
    field: "actions",
    headerName: "Details",
    sortable: false,
    width: 160,
    renderCell: ({ row }) => (
      <Link href={`/mentorships/${encodeURIComponent(row.id)}`} aria-label={`View mentorship of ${row.mentorName} and ${row.menteeName}`}>
        View mentorship
      </Link>
    ),
  },
];

/** The grid's columns; those the API cannot sort by have sorting turned off. */
export const mentorshipColumns: GridColDef<MentorshipRow>[] = columns.map((column) => ({
  filterable: false,
  ...column,
  sortable: column.sortable ?? isSortableColumn(column.field),
}));
