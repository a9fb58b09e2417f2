import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { useEffect, useMemo } from "react";

import { invalidArgumentMessages, isInvalidCursorError } from "../../common/graphql-error-codes";
import { InvalidFilterState } from "../../common/InvalidFilterState";
import { LoadErrorState } from "../../common/LoadErrorState";
import { useDocumentTitle } from "../../common/use-document-title";
import { useGridUrlState } from "../../common/use-grid-url-state";
import { useStableRowCount } from "../../common/use-stable-row-count";
import { graphql } from "../../gql";
import { FlagFilterControls } from "./FlagFilterControls";
import { EMPTY_FLAG_FILTER, flagFilterCodec, hasReversedReportedRange, isFlagFilterActive, toPriorityFlagFilter } from "./flag-list-filter";
import { FLAG_SORT_OPTIONS, toPriorityFlagSort } from "./flag-sort";
import { FlagsGrid } from "./FlagsGrid";

export const FlagsPageQuery = graphql(`
  query FlagsPage($first: Int, $after: String, $last: Int, $before: String, $sort: PriorityFlagSort, $filter: PriorityFlagFilter) {
    ...FlagFilterControls_query
    priorityFlags(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          ...FlagsGrid_priorityFlag
        }
      }
    }
  }
`);

/**
 * Lists every priority flag of the viewer's programs, one page at a time. The filters, order and
 * page live in the address, and the API filters, sorts and pages the rows.
 */
export function FlagsPage() {
  useDocumentTitle("Priority flags");
  const { filter, sortModel, paginationModel, pageVariables, cursor, changeFilter, changeSortModel, changePaginationModel, cursorRejected, rejectCursor } =
    useGridUrlState(flagFilterCodec, FLAG_SORT_OPTIONS);
  const reversedRange = hasReversedReportedRange(filter);
  const { data, previousData, loading, error, refetch } = useQuery(FlagsPageQuery, {
    variables: { ...pageVariables, sort: toPriorityFlagSort(sortModel), filter: toPriorityFlagFilter(filter) },
    skip: reversedRange || cursorRejected,
  });
  const invalidCursor = isInvalidCursorError(error);
  const invalidFilterMessages = invalidArgumentMessages(error);

  useEffect(() => {
    if (invalidCursor && cursor) {
      rejectCursor(cursor);
    }
  }, [invalidCursor, cursor, rejectCursor]);

  const shownData = reversedRange ? undefined : (data ?? previousData);
  const connection = shownData?.priorityFlags;
  const flags = useMemo(() => connection?.edges.map((edge) => edge.node) ?? [], [connection]);
  const rowCount = useStableRowCount(connection?.totalCount);
  const currentCursors = !loading && data ? data.priorityFlags.pageInfo : {};
  const failed = Boolean(error) && !invalidCursor;

  return (
    <Box component="section" aria-labelledby="flags-title">
      <Typography id="flags-title" variant="h1" sx={{ mb: 2 }}>
        Priority flags
      </Typography>
      <FlagFilterControls query={data ?? previousData} filter={filter} onFilterChange={changeFilter} />
      {reversedRange && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          The reported date range ends before it starts. Change one of the dates to see flags.
        </Alert>
      )}
      {invalidFilterMessages.length > 0 && (
        <Box sx={{ mb: 2 }}>
          <InvalidFilterState subject="priority flags" messages={invalidFilterMessages} onClearFilters={() => changeFilter(EMPTY_FLAG_FILTER)} />
        </Box>
      )}
      {failed && invalidFilterMessages.length === 0 && (
        <Box sx={{ mb: 2 }}>
          <LoadErrorState subject="priority flags" onRetry={() => void refetch().catch(() => undefined)} />
        </Box>
      )}
      <Box sx={{ height: "calc(100vh - 190px)", minHeight: 420, display: "flex", flexDirection: "column" }}>
        <FlagsGrid
          flags={flags}
          rowCount={reversedRange ? 0 : rowCount}
          loading={loading}
          paginationModel={paginationModel}
          onPaginationModelChange={(model) => changePaginationModel(model, currentCursors)}
          sortModel={sortModel}
          onSortModelChange={changeSortModel}
          filtered={isFlagFilterActive(filter)}
          onClearFilters={() => changeFilter(EMPTY_FLAG_FILTER)}
          failed={failed}
        />
      </Box>
    </Box>
  );
}
