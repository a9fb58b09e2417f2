import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { GridSortModel } from "@mui/x-data-grid";
import { useEffect, useRef, useState } from "react";

import { LoadErrorState } from "../../common/LoadErrorState";
import { useDocumentTitle } from "../../common/use-document-title";
import { graphql } from "../../gql";
import { DEFAULT_SORT_MODEL, toMentorshipSort } from "./mentorship-sort";
import { MentorshipsGrid } from "./MentorshipsGrid";
import { useCursorPagination } from "./use-cursor-pagination";

export const MentorshipsPageQuery = graphql(`
  query MentorshipsPage($first: Int!, $after: String, $sort: MentorshipSort) {
    mentorships(first: $first, after: $after, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
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

/** Lists every mentorship of the viewer's programs, one page at a time. */
export function MentorshipsPage() {
  useDocumentTitle("Mentorships");
  const [sortModel, setSortModel] = useState<GridSortModel>(DEFAULT_SORT_MODEL);
  const { paginationModel, after, rememberEndCursor, handlePaginationModelChange, resetPagination } = useCursorPagination();
  const { data, previousData, loading, error, refetch } = useQuery(MentorshipsPageQuery, {
    variables: { first: paginationModel.pageSize, after, sort: toMentorshipSort(sortModel) },
  });

  const connection = (data ?? previousData)?.mentorships;
  const rowCount = useStableRowCount(connection?.totalCount);

  useEffect(() => {
    // Only a settled result belongs to the current page; while loading, `data` may be absent.
    if (!loading && data) {
      rememberEndCursor(paginationModel.page, data.mentorships.pageInfo.endCursor);
    }
  }, [data, loading, paginationModel.page, rememberEndCursor]);

  function handleSortModelChange(model: GridSortModel) {
    setSortModel(model);
    resetPagination();
  }

  return (
    <Box component="section" aria-labelledby="mentorships-title">
      <Typography id="mentorships-title" variant="h1" sx={{ mb: 2 }}>
        Mentorships
      </Typography>
      {error && (
        <Box sx={{ mb: 2 }}>
          <LoadErrorState subject="mentorships" onRetry={() => void refetch().catch(() => undefined)} />
        </Box>
      )}
      <Box sx={{ height: "calc(100vh - 190px)", minHeight: 420, display: "flex", flexDirection: "column" }}>
        <MentorshipsGrid
          mentorships={connection?.edges.map((edge) => edge.node) ?? []}
          rowCount={rowCount}
          loading={loading}
          paginationModel={paginationModel}
          onPaginationModelChange={handlePaginationModelChange}
          sortModel={sortModel}
          onSortModelChange={handleSortModelChange}
        />
      </Box>
    </Box>
  );
}

/** Keeps the last known total while a page loads, so the pager does not jump back to zero. */
function useStableRowCount(totalCount: number | undefined): number {
  const rowCountRef = useRef(totalCount ?? 0);
  if (totalCount !== undefined) {
    rowCountRef.current = totalCount;
  }

  return rowCountRef.current;
}
