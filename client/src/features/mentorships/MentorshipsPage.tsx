import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useEffect } from "react";

import { invalidArgumentMessages, isInvalidCursorError } from "../../common/graphql-error-codes";
import { InvalidFilterState } from "../../common/InvalidFilterState";
import { LoadErrorState } from "../../common/LoadErrorState";
import { useDocumentTitle } from "../../common/use-document-title";
import { useGridUrlState } from "../../common/use-grid-url-state";
import { useStableRowCount } from "../../common/use-stable-row-count";
import { graphql } from "../../gql";
import { ExportMentorshipsButton } from "./ExportMentorshipsButton";
import { MentorshipFilterControls } from "./MentorshipFilterControls";
import {
  EMPTY_MENTORSHIP_FILTER,
  hasReversedDateRange,
  isMentorshipFilterActive,
  mentorshipFilterCodec,
  toMentorshipFilter,
} from "./mentorship-list-filter";
import { MENTORSHIP_SORT_OPTIONS, toMentorshipSort } from "./mentorship-sort";
import { MentorshipsGrid } from "./MentorshipsGrid";

export const MentorshipsPageQuery = graphql(`
  query MentorshipsPage($first: Int, $after: String, $last: Int, $before: String, $sort: MentorshipSort, $filter: MentorshipFilter) {
    ...MentorshipFilterControls_query
    mentorships(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          ...MentorshipsGrid_mentorship
        }
      }
    }
  }
`);

/**
 * Lists every mentorship of the viewer's programs, one page at a time. The filters, order and
 * page live in the address, and the API filters, sorts and pages the rows.
 */
export function MentorshipsPage() {
  useDocumentTitle("Mentorships");
  const { filter, sortModel, paginationModel, pageVariables, cursor, changeFilter, changeSortModel, changePaginationModel, cursorRejected, rejectCursor } =
    useGridUrlState(mentorshipFilterCodec, MENTORSHIP_SORT_OPTIONS);
  const reversedRange = hasReversedDateRange(filter);
  const sort = toMentorshipSort(sortModel);
  const { data, previousData, loading, error, refetch } = useQuery(MentorshipsPageQuery, {
    variables: { ...pageVariables, sort, filter: toMentorshipFilter(filter) },
    // The API rejects a range that ends before it starts; the date field explains it instead.
    skip: reversedRange || cursorRejected,
  });
  const invalidCursor = isInvalidCursorError(error);
  const invalidFilterMessages = invalidArgumentMessages(error);

  useEffect(() => {
    // A cursor from an old or edited link: show the first page in place of an error.
    if (invalidCursor && cursor) {
      rejectCursor(cursor);
    }
  }, [invalidCursor, cursor, rejectCursor]);

  const shownData = reversedRange ? undefined : (data ?? previousData);
  const connection = shownData?.mentorships;
  const rowCount = useStableRowCount(connection?.totalCount);
  const currentCursors = !loading && data ? data.mentorships.pageInfo : {};
  const filtered = isMentorshipFilterActive(filter);

  return (
    <Box component="section" aria-labelledby="mentorships-title">
      <Stack direction="row" spacing={2} sx={{ mb: 2, justifyContent: "space-between", alignItems: "center", flexWrap: "wrap" }}>
        <Typography id="mentorships-title" variant="h1">
          Mentorships
        </Typography>
        <ExportMentorshipsButton filter={filter} sort={sort} />
      </Stack>
      <MentorshipFilterControls query={data ?? previousData} filter={filter} onFilterChange={changeFilter} />
      {reversedRange && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          The date matched range ends before it starts. Change one of the dates to see mentorships.
        </Alert>
      )}
      {invalidFilterMessages.length > 0 && (
        <Box sx={{ mb: 2 }}>
          <InvalidFilterState subject="mentorships" messages={invalidFilterMessages} onClearFilters={() => changeFilter(EMPTY_MENTORSHIP_FILTER)} />
        </Box>
      )}
      {error && !invalidCursor && invalidFilterMessages.length === 0 && (
        <Box sx={{ mb: 2 }}>
          <LoadErrorState subject="mentorships" onRetry={() => void refetch().catch(() => undefined)} />
        </Box>
      )}
      <Box sx={{ height: "calc(100vh - 190px)", minHeight: 420, display: "flex", flexDirection: "column" }}>
        <MentorshipsGrid
          mentorships={connection?.edges.map((edge) => edge.node) ?? []}
          rowCount={reversedRange ? 0 : rowCount}
          loading={loading}
          paginationModel={paginationModel}
          onPaginationModelChange={(model) => changePaginationModel(model, currentCursors)}
          sortModel={sortModel}
          onSortModelChange={changeSortModel}
          filtered={filtered}
          onClearFilters={() => changeFilter(EMPTY_MENTORSHIP_FILTER)}
          failed={Boolean(error) && !invalidCursor}
        />
      </Box>
    </Box>
  );
}
