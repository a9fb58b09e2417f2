import type { GridPaginationModel, GridSortModel } from "@mui/x-data-grid";
import { useCallback, useEffect, useMemo, useState } from "react";
import { useLocation, useSearchParams } from "react-router";

import {
  formatSortModel,
  GRID_PARAM_KEYS,
  parseSortModel,
  readGridUrlState,
  writeGridUrlState,
  type GridSortOptions,
  type GridUrlState,
} from "./grid-url-state";

/** Reads a page's filter from the query string and writes it back, each under its own keys. */
export interface FilterCodec<F> {
  read: (params: URLSearchParams) => F;
  write: (params: URLSearchParams, filter: F) => void;
}

export interface NavigationOptions {
  /** Replaces the current history entry instead of adding one, as while the user types. */
  replace?: boolean;
}

/**
 * History entry state with the `after` cursor of each page visited since the filter or order last
 * changed, keyed by the zero-based page. Going back to such a page keeps its usual address, and
 * the browser keeps the state across a reload of the same tab.
 */
interface GridHistoryState {
  afterByPage: Record<number, string>;
}

/** Cursors of the page on screen, from the `pageInfo` of its response. */
export interface CurrentPageCursors {
  startCursor?: string | null;
  endCursor?: string | null;
}

/** Connection arguments that request the page in the address: `first`/`after`, or `last`/`before` for a page reached backwards. */
export type GridPageVariables = { first: number; after?: string } | { last: number; before: string };

/**
 * Keeps a server-side grid's filter, sort, page, page size and cursor in the query string, so
 * that a link or a reload shows the same rows and the browser's back button steps through the
 * changes. Deliberate changes add a history entry; callers pass `replace` for typing.
 *
 * `filterCodec` and `sortOptions` must keep their identity between renders, for example as
 * module constants.
 */
export function useGridUrlState<F>(filterCodec: FilterCodec<F>, sortOptions: GridSortOptions) {
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const filter = useMemo(() => filterCodec.read(searchParams), [filterCodec, searchParams]);
  // The DataGrid takes a sort model with a new identity for a new order and returns to the first
  // page, so the model keeps its identity until the `sort` parameter itself changes.
  const sortParam = searchParams.get(GRID_PARAM_KEYS.sort);
  const sortModel = useMemo(() => parseSortModel(sortParam, sortOptions), [sortParam, sortOptions]);
  const grid = useMemo(() => ({ ...readGridUrlState(searchParams, sortOptions), sortModel }), [searchParams, sortOptions, sortModel]);
  const afterByPage = useMemo(() => readAfterByPage(location.state, grid), [location.state, grid]);

  const navigateTo = useCallback(
    (nextFilter: F, nextGrid: GridUrlState, nextAfterByPage: Record<number, string>, { replace = false }: NavigationOptions = {}) => {
      const params = new URLSearchParams();
      filterCodec.write(params, nextFilter);
      writeGridUrlState(params, nextGrid, sortOptions);
      if (params.toString() === searchParams.toString()) {
        return;
      }

      const state: GridHistoryState = { afterByPage: nextAfterByPage };
      setSearchParams(params, { replace, state, preventScrollReset: true });
    },
    [filterCodec, sortOptions, searchParams, setSearchParams],
  );

  /** Applies a new filter and returns to the first page, whose cursors the new filter invalidates. */
  const changeFilter = useCallback(
    (nextFilter: F, options?: NavigationOptions) => navigateTo(nextFilter, firstPage(grid), {}, options),
    [grid, navigateTo],
  );

  const changeSortModel = useCallback(
    (nextSortModel: GridSortModel) => {
      if (formatSortModel(nextSortModel) === formatSortModel(grid.sortModel)) {
        return;
      }
      navigateTo(filter, { ...firstPage(grid), sortModel: nextSortModel }, {});
    },
    [filter, grid, navigateTo],
  );

  /**
   * Moves to the page the grid requests. The next page starts after the end cursor of the page on
   * screen. An earlier page uses the `after` cursor recorded when it was visited, or else ends
   * before the start cursor of the page on screen, as after opening a shared link to a later page.
   */
  const changePaginationModel = useCallback(
    (model: GridPaginationModel, current: CurrentPageCursors) => {
      if (model.pageSize !== grid.pageSize) {
        navigateTo(filter, { ...firstPage(grid), pageSize: model.pageSize }, {});
        return;
      }
      if (model.page === grid.page) {
        return;
      }

      if (model.page === 0) {
        navigateTo(filter, firstPage(grid), afterByPage);
        return;
      }

      const after = model.page === grid.page + 1 && current.endCursor ? current.endCursor : afterByPage[model.page];
      if (after) {
        navigateTo(filter, { ...firstPage(grid), page: model.page, after }, { ...afterByPage, [model.page]: after });
        return;
      }
      if (model.page === grid.page - 1 && current.startCursor) {
        navigateTo(filter, { ...firstPage(grid), page: model.page, before: current.startCursor }, afterByPage);
        return;
      }

      // A page whose cursor is unknown, as when the page on screen is still loading, starts again at the first.
      navigateTo(filter, firstPage(grid), afterByPage);
    },
    [afterByPage, filter, grid, navigateTo],
  );

  /** Returns to the first page, for example when the API rejected the cursor in the address. */
  const resetToFirstPage = useCallback(
    (options?: NavigationOptions) => navigateTo(filter, firstPage(grid), {}, options),
    [filter, grid, navigateTo],
  );

  // A cursor the API rejected is never requested again, not even by a render of the old
  // address while the move to the first page is still pending.
  const [rejectedCursor, setRejectedCursor] = useState<string>();
  const cursor = grid.after ?? grid.before;
  const cursorRejected = cursor !== undefined && cursor === rejectedCursor;

  useEffect(() => {
    if (cursorRejected) {
      resetToFirstPage({ replace: true });
    }
  }, [cursorRejected, resetToFirstPage]);

  const paginationModel = useMemo<GridPaginationModel>(() => ({ page: grid.page, pageSize: grid.pageSize }), [grid.page, grid.pageSize]);
  const pageVariables = useMemo<GridPageVariables>(
    () => (grid.before ? { last: grid.pageSize, before: grid.before } : { first: grid.pageSize, ...(grid.after ? { after: grid.after } : {}) }),
    [grid.pageSize, grid.after, grid.before],
  );

  return {
    filter,
    sortModel: grid.sortModel,
    paginationModel,
    /** The cursor in the address, if any, whether `after` or `before`. */
    cursor,
    pageVariables,
    changeFilter,
    changeSortModel,
    changePaginationModel,
    resetToFirstPage,
    /** True while the address contains a cursor the API rejected, so the page must skip its query. */
    cursorRejected,
    /** Records that the API rejected `cursor`, such as one from an edited or outdated link, and moves to the first page. */
    rejectCursor: setRejectedCursor,
  };
}

function firstPage(grid: GridUrlState): GridUrlState {
  return { sortModel: grid.sortModel, pageSize: grid.pageSize, page: 0 };
}

function readAfterByPage(state: unknown, grid: GridUrlState): Record<number, string> {
  const stored = isGridHistoryState(state) ? state.afterByPage : {};

  return grid.after ? { ...stored, [grid.page]: grid.after } : stored;
}

function isGridHistoryState(state: unknown): state is GridHistoryState {
  return typeof state === "object" && state !== null && typeof (state as GridHistoryState).afterByPage === "object";
}
