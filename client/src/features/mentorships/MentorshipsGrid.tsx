import { DataGrid, type GridColumnVisibilityModel, type GridPaginationModel, type GridSortModel } from "@mui/x-data-grid";
import { useEffect, useMemo, useState } from "react";

import { GridEmptyState } from "../../common/GridEmptyState";
import { PAGE_SIZE_OPTIONS } from "../../common/grid-url-state";
import { NARROW_SCREEN_GRID } from "../../common/narrow-screen-grid";
import { useNarrowScreen } from "../../common/use-narrow-screen";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import {
  mentorshipColumns,
  NARROW_SCREEN_HIDDEN_COLUMNS,
  narrowScreenMentorshipColumns,
  type MentorshipRow,
} from "./mentorship-columns";

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
  /** True when filters are in effect, so an empty page offers to clear them. */
  filtered: boolean;
  onClearFilters: () => void;
  /** True when the rows could not be loaded; the page reports the error above the grid. */
  failed?: boolean;
}

/** Shows one page of mentorships. The server pages and sorts them. */
export function MentorshipsGrid(props: MentorshipsGridProps) {
  const { mentorships: mentorshipRefs, rowCount, loading, paginationModel, onPaginationModelChange, sortModel, onSortModelChange } = props;
  const { filtered, onClearFilters, failed = false } = props;
  const mentorships = getFragmentData(MentorshipsGrid_mentorship, mentorshipRefs);
  const narrow = useNarrowScreen();
  const [columnVisibilityModel, setColumnVisibilityModel] = useState<GridColumnVisibilityModel>(() => visibleColumnsFor(narrow));

  useEffect(() => {
    // A change of screen size replaces columns the user hid or showed with the defaults for the new size.
    setColumnVisibilityModel(visibleColumnsFor(narrow));
  }, [narrow]);

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
      columns={narrow ? narrowScreenMentorshipColumns : mentorshipColumns}
      columnVisibilityModel={columnVisibilityModel}
      onColumnVisibilityModelChange={setColumnVisibilityModel}
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
      slots={{ noRowsOverlay: GridEmptyState }}
      slotProps={{
        loadingOverlay: { variant: "linear-progress", noRowsVariant: "skeleton" },
        noRowsOverlay: {
          emptyMessage: "No mentorships yet",
          filteredMessage: "No mentorships match these filters",
          filtered,
          failed,
          onClearFilters,
        },
      }}
      localeText={narrow ? { paginationRowsPerPage: "Rows:" } : undefined}
      getRowHeight={narrow ? () => "auto" : undefined}
      sx={narrow ? NARROW_SCREEN_GRID : undefined}
    />
  );
}

function visibleColumnsFor(narrow: boolean): GridColumnVisibilityModel {
  return narrow ? NARROW_SCREEN_HIDDEN_COLUMNS : {};
}
