import { DataGrid, type GridPaginationModel, type GridSortModel } from "@mui/x-data-grid";
import { useMemo } from "react";

import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { mentorshipColumns, type MentorshipRow } from "./mentorship-columns";
import { PAGE_SIZE_OPTIONS } from "./use-cursor-pagination";

export const MentorshipsGrid_mentorship = graphql(`
  fragment MentorshipsGrid_mentorship on Mentorship {
    id
    status
    matchedOn
    lastConversationAt
    conversationCount
    priorityFlagCount
    openPriorityFlagCount
    program {
      id
      name
    }
    mentor {
      id
      displayName
    }
    mentee {
      id
      displayName
    }
  }
`);

interface MentorshipsGridProps {
  mentorships: ReadonlyArray<FragmentType<typeof MentorshipsGrid_mentorship>>;
  rowCount: number;
  loading: boolean;
  paginationModel: GridPaginationModel;
  onPaginationModelChange: (model: GridPaginationModel) => void;
  sortModel: GridSortModel;
  onSortModelChange: (model: GridSortModel) => void;
}

/** Shows one page of mentorships. The server pages and sorts them. */
export function MentorshipsGrid(props: MentorshipsGridProps) {
  const { mentorships: mentorshipRefs, rowCount, loading, paginationModel, onPaginationModelChange, sortModel, onSortModelChange } = props;
  const mentorships = getFragmentData(MentorshipsGrid_mentorship, mentorshipRefs);

  const rows = useMemo<MentorshipRow[]>(
    () =>
      mentorships.map((mentorship) => ({
        id: mentorship.id,
        mentorName: mentorship.mentor.displayName,
        menteeName: mentorship.mentee.displayName,
        programName: mentorship.program.name,
        status: mentorship.status,
        matchedOn: mentorship.matchedOn,
        lastConversationAt: mentorship.lastConversationAt ?? null,
        conversationCount: mentorship.conversationCount,
        priorityFlagCount: mentorship.priorityFlagCount,
        openPriorityFlagCount: mentorship.openPriorityFlagCount,
      })),
    [mentorships],
  );

  return (
    <DataGrid
      label="Mentorships"
      rows={rows}
      columns={mentorshipColumns}
      rowCount={rowCount}
      loading={loading}
      paginationMode="server"
      sortingMode="server"
      filterMode="server"
      paginationModel={paginationModel}
      onPaginationModelChange={onPaginationModelChange}
      pageSizeOptions={PAGE_SIZE_OPTIONS}
      sortModel={sortModel}
      onSortModelChange={onSortModelChange}
      sortingOrder={["desc", "asc"]}
      disableColumnFilter
      disableRowSelectionOnClick
      slotProps={{ loadingOverlay: { variant: "linear-progress", noRowsVariant: "skeleton" } }}
    />
  );
}
