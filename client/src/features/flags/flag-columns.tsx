import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import type { GridColDef, GridColumnVisibilityModel } from "@mui/x-data-grid";

import { FlagStatusChip, FlagUrgencyChip } from "../../common/FlagChips";
import { formatInstant, formatInstantDate } from "../../common/format-date";
import { formatDuration } from "../../common/format-duration";
import type { FlagStatus } from "../../gql/graphql";
import { isSortableFlagColumn } from "./flag-sort";

/** One grid row, flattened from a priority flag. */
export interface FlagRow {
  id: string;
  reportedAt: string;
  categoryLabel: string;
  urgent: boolean;
  status: FlagStatus;
  subjectId: string;
  subjectName: string;
  programName: string;
  mentorshipId: string | null;
  pairLabel: string | null;
  assigneeName: string | null;
  timeToFirstResponse: number | null;
  timeToResolution: number | null;
}

// Names and labels sort A to Z on the first click, and urgency puts urgent flags first. Dates and
// times keep the grid's default order, newest or longest first.
const ALPHABETICAL_FIRST: GridColDef["sortingOrder"] = ["asc", "desc"];

const columns: GridColDef<FlagRow>[] = [
  { field: "reportedAt", headerName: "Reported", width: 200, valueFormatter: (value: string) => formatInstant(value) },
  {
    field: "categoryLabel",
    headerName: "Category",
    flex: 1,
    minWidth: 160,
    sortingOrder: ALPHABETICAL_FIRST,
    renderCell: ({ row }) => <FlagLink row={row} />,
  },
  { field: "urgent", headerName: "Urgency", width: 120, sortingOrder: ["desc", "asc"], renderCell: ({ row }) => <FlagUrgencyChip urgent={row.urgent} /> },
  {
    field: "status",
    headerName: "Status",
    width: 130,
    // Workflow order, open first, suits the first click.
    sortingOrder: ["asc", "desc"],
    renderCell: ({ row }) => <FlagStatusChip status={row.status} />,
  },
  {
    field: "subjectName",
    headerName: "About",
    flex: 1,
    minWidth: 150,
    sortingOrder: ALPHABETICAL_FIRST,
    renderCell: ({ row }) => (
      <Link href={`/participants/${encodeURIComponent(row.subjectId)}`} aria-label={`Profile of ${row.subjectName}`}>
        {row.subjectName}
      </Link>
    ),
  },
  { field: "programName", headerName: "Program", flex: 1, minWidth: 150, sortingOrder: ALPHABETICAL_FIRST },
  { field: "assigneeName", headerName: "Assignee", width: 150, sortingOrder: ALPHABETICAL_FIRST, valueFormatter: (value: string | null) => value ?? "Unassigned" },
  {
    field: "timeToFirstResponse",
    headerName: "First response",
    type: "number",
    width: 140,
    valueFormatter: (value: number | null) => (value === null ? "Waiting" : formatDuration(value)),
  },
  {
    field: "timeToResolution",
    headerName: "Resolution",
    type: "number",
    width: 130,
    valueFormatter: (value: number | null) => (value === null ? "Not resolved" : formatDuration(value)),
  },
  {
    field: "mentorshipId",
    headerName: "Mentorship",
    sortable: false,
    width: 120,
    renderCell: ({ row }) => <PairLink row={row} label="View pair" />,
  },
];

const NARROW_SCREEN_OVERRIDES: Record<string, Partial<GridColDef<FlagRow>>> = {
  reportedAt: { headerName: "Date", width: 92, valueFormatter: (value: string) => formatInstantDate(value) },
  categoryLabel: { minWidth: 80 },
  status: { width: 104 },
  mentorshipId: { headerName: "Pair", width: 64, renderCell: ({ row }) => <PairLink row={row} label="View" /> },
};

/** Columns hidden on a small screen, where the date, category, status and links remain. */
export const NARROW_SCREEN_HIDDEN_FLAG_COLUMNS: GridColumnVisibilityModel = {
  urgent: false,
  subjectName: false,
  programName: false,
  assigneeName: false,
  timeToFirstResponse: false,
  timeToResolution: false,
};

/** The grid's columns; those the API cannot sort by have sorting turned off. */
export const flagColumns: GridColDef<FlagRow>[] = columns.map((column) => ({
  filterable: false,
  ...column,
  sortable: column.sortable ?? isSortableFlagColumn(column.field),
}));

/** The grid's columns sized for a 390-pixel-wide phone, used with `NARROW_SCREEN_HIDDEN_FLAG_COLUMNS`. */
export const narrowScreenFlagColumns: GridColDef<FlagRow>[] = flagColumns.map((column) => ({
  ...column,
  disableColumnMenu: true,
  ...NARROW_SCREEN_OVERRIDES[column.field],
}));

/** Shows the category as the link to the flag's page, because readers scan the category first. */
function FlagLink({ row }: { row: FlagRow }) {
  return (
    <Link href={`/flags/${encodeURIComponent(row.id)}`} aria-label={`${row.categoryLabel} flag about ${row.subjectName}: view flag`}>
      {row.categoryLabel}
    </Link>
  );
}

function PairLink({ row, label }: { row: FlagRow; label: string }) {
  if (!row.mentorshipId) {
    return <Typography variant="body2" sx={{ color: "text.secondary", lineHeight: "inherit" }}>None</Typography>;
  }

  return (
    <Link href={`/mentorships/${encodeURIComponent(row.mentorshipId)}`} aria-label={`View pair: ${row.pairLabel}`}>
      {label}
    </Link>
  );
}
