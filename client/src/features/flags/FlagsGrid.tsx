import { DataGrid, type GridColumnVisibilityModel, type GridPaginationModel, type GridSortModel } from "@mui/x-data-grid";
import { useEffect, useMemo, useState } from "react";

import { GridEmptyState } from "../../common/GridEmptyState";
import { PAGE_SIZE_OPTIONS } from "../../common/grid-url-state";
import { NARROW_SCREEN_GRID } from "../../common/narrow-screen-grid";
import { useNarrowScreen } from "../../common/use-narrow-screen";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { flagColumns, NARROW_SCREEN_HIDDEN_FLAG_COLUMNS, narrowScreenFlagColumns, type FlagRow } from "./flag-columns";

export const FlagsGrid_priorityFlag = graphql(`
  fragment FlagsGrid_priorityFlag on PriorityFlag {
    id
    reportedAt
    urgent
    status
    timeToFirstResponse
    timeToResolution
    category {
      id
      label
    }
    subject {
      id
      displayName
    }
    program {
      id
      name
    }
    assignee {
      id
      displayName
    }
    mentorship {
      id
      mentor {
        id
        displayName
      }
      mentee {
        id
        displayName
      }
    }
  }
`);

interface FlagsGridProps {
  flags: ReadonlyArray<FragmentType<typeof FlagsGrid_priorityFlag>>;
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

/** Shows one page of priority flags. The server filters, pages and sorts them. */
export function FlagsGrid(props: FlagsGridProps) {
  const { flags: flagRefs, rowCount, loading, paginationModel, onPaginationModelChange, sortModel, onSortModelChange } = props;
  const { filtered, onClearFilters, failed = false } = props;
  const flags = getFragmentData(FlagsGrid_priorityFlag, flagRefs);
  const narrow = useNarrowScreen();
  const [columnVisibilityModel, setColumnVisibilityModel] = useState<GridColumnVisibilityModel>(() => visibleColumnsFor(narrow));

  useEffect(() => {
    setColumnVisibilityModel(visibleColumnsFor(narrow));
  }, [narrow]);

  const rows = useMemo<FlagRow[]>(
    () =>
      flags.map((flag) => ({
        id: flag.id,
        reportedAt: flag.reportedAt,
        categoryLabel: flag.category.label,
        urgent: flag.urgent,
        status: flag.status,
        subjectId: flag.subject.id,
        subjectName: flag.subject.displayName,
        programName: flag.program.name,
        mentorshipId: flag.mentorship?.id ?? null,
        pairLabel: flag.mentorship ? `${flag.mentorship.mentor.displayName} and ${flag.mentorship.mentee.displayName}` : null,
        assigneeName: flag.assignee?.displayName ?? null,
        timeToFirstResponse: flag.timeToFirstResponse ?? null,
        timeToResolution: flag.timeToResolution ?? null,
      })),
    [flags],
  );

  return (
    <DataGrid
      label="Priority flags"
      rows={rows}
      columns={narrow ? narrowScreenFlagColumns : flagColumns}
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
          emptyMessage: "No priority flags reported yet",
          filteredMessage: "No priority flags match these filters",
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
  return narrow ? NARROW_SCREEN_HIDDEN_FLAG_COLUMNS : {};
}
