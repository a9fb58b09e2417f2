import type { GridSortModel } from "@mui/x-data-grid";

/** Page sizes offered in the list grids; the API returns at most 100 rows per page, as does the free DataGrid. */
export const PAGE_SIZE_OPTIONS = [25, 50, 100];
export const DEFAULT_PAGE_SIZE = PAGE_SIZE_OPTIONS[0];

/** Query string keys of the grid's own state; a page's filter keys must differ from these. */
export const GRID_PARAM_KEYS = { sort: "sort", page: "page", pageSize: "size", after: "after", before: "before" } as const;

/**
 * Sort, page and cursor of a server-side grid, as read from the address. `page` counts from 0 as
 * the DataGrid does, but the address shows it counting from 1.
 */
export interface GridUrlState {
  sortModel: GridSortModel;
  page: number;
  pageSize: number;
  /** The `after` cursor of the current page: the previous page's end cursor; absent on the first page. */
  after?: string;
  /**
   * The `before` cursor of a page reached by going back: the following page's start cursor. A page
   * after the first has either `after` or `before`.
   */
  before?: string;
}

export interface GridSortOptions {
  /** Grid fields the API can sort by; a `sort` parameter naming any other field is ignored. */
  sortableFields: readonly string[];
  /** The order when the address names none. */
  defaultSortModel: GridSortModel;
}

/**
 * Reads the grid state from query parameters. Values that are malformed or out of range fall back
 * to the defaults, so a hand-edited link still opens a working page. A page after the first
 * without its cursor cannot be requested, so it reads as the first page. When the address has
 * both cursors, `after` wins.
 */
export function readGridUrlState(params: URLSearchParams, options: GridSortOptions): GridUrlState {
  const sortModel = parseSortModel(params.get(GRID_PARAM_KEYS.sort), options);
  const pageSize = Number(params.get(GRID_PARAM_KEYS.pageSize));
  const page = Number(params.get(GRID_PARAM_KEYS.page));
  const after = params.get(GRID_PARAM_KEYS.after) || undefined;
  const before = after ? undefined : params.get(GRID_PARAM_KEYS.before) || undefined;
  const hasPage = Number.isSafeInteger(page) && page > 1 && (after !== undefined || before !== undefined);
  const state: GridUrlState = {
    sortModel,
    pageSize: PAGE_SIZE_OPTIONS.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    page: hasPage ? page - 1 : 0,
  };
  if (hasPage && after) {
    state.after = after;
  }
  if (hasPage && before) {
    state.before = before;
  }

  return state;
}

/** Writes the grid state into `params`, leaving out every value that equals its default. */
export function writeGridUrlState(params: URLSearchParams, state: GridUrlState, options: GridSortOptions): void {
  Object.values(GRID_PARAM_KEYS).forEach((key) => params.delete(key));

  const sort = formatSortModel(state.sortModel);
  if (sort !== formatSortModel(options.defaultSortModel)) {
    params.set(GRID_PARAM_KEYS.sort, sort);
  }
  if (state.pageSize !== DEFAULT_PAGE_SIZE) {
    params.set(GRID_PARAM_KEYS.pageSize, String(state.pageSize));
  }
  if (state.page > 0 && state.after) {
    params.set(GRID_PARAM_KEYS.page, String(state.page + 1));
    params.set(GRID_PARAM_KEYS.after, state.after);
  } else if (state.page > 0 && state.before) {
    params.set(GRID_PARAM_KEYS.page, String(state.page + 1));
    params.set(GRID_PARAM_KEYS.before, state.before);
  }
}

/**
 * Formats a sort model as `field` for ascending or `-field` for descending order. An empty
 * model formats as `none`, so that the grid's unsorted state differs from the default order.
 */
export function formatSortModel(sortModel: GridSortModel): string {
  const [first] = sortModel;
  if (!first?.sort) {
    return "none";
  }

  return first.sort === "desc" ? `-${first.field}` : first.field;
}

/** Parses the value of the `sort` query parameter, falling back to the default order for a missing or unknown field. */
export function parseSortModel(value: string | null, { sortableFields, defaultSortModel }: GridSortOptions): GridSortModel {
  if (value === null) {
    return defaultSortModel;
  }
  if (value === "none") {
    return [];
  }

  const descending = value.startsWith("-");
  const field = descending ? value.slice(1) : value;

  return sortableFields.includes(field) ? [{ field, sort: descending ? "desc" : "asc" }] : defaultSortModel;
}
