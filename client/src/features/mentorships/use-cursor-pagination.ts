import type { GridPaginationModel } from "@mui/x-data-grid";
import { useCallback, useRef, useState } from "react";

/** Page sizes offered in the grid; the API accepts at most 100 items per page. */
export const PAGE_SIZE_OPTIONS = [25, 50, 100];

/**
 * Keeps the grid's page model in step with a cursor-paginated connection. The API pages
 * with `first`/`after`, so page N can be requested only after page N-1 has returned its
 * `endCursor`. The hook stores each page's end cursor, as MUI's cursor-pagination demo does.
 */
export function useCursorPagination(initialPageSize = PAGE_SIZE_OPTIONS[0]) {
  const [paginationModel, setPaginationModel] = useState<GridPaginationModel>({ page: 0, pageSize: initialPageSize });
  const endCursorByPage = useRef(new Map<number, string>());

  const after = paginationModel.page === 0 ? undefined : endCursorByPage.current.get(paginationModel.page - 1);

  /** Records the end cursor of a page that has loaded. */
  const rememberEndCursor = useCallback((page: number, endCursor: string | null | undefined) => {
    if (endCursor) {
      endCursorByPage.current.set(page, endCursor);
    }
  }, []);

  const handlePaginationModelChange = useCallback((model: GridPaginationModel) => {
    setPaginationModel((current) => {
      if (model.pageSize !== current.pageSize) {
        endCursorByPage.current.clear();
        return { page: 0, pageSize: model.pageSize };
      }
      if (model.page > 0 && !endCursorByPage.current.has(model.page - 1)) {
        return current;
      }

      return model;
    });
  }, []);

  /** Returns to the first page and clears the stored cursors, which a new order or filter invalidates. */
  const resetPagination = useCallback(() => {
    endCursorByPage.current.clear();
    setPaginationModel((current) => ({ page: 0, pageSize: current.pageSize }));
  }, []);

  return { paginationModel, after, rememberEndCursor, handlePaginationModelChange, resetPagination };
}
