import type { GridSortModel } from "@mui/x-data-grid";

import type { GridSortOptions } from "../../common/grid-url-state";
import type { PriorityFlagSort, PriorityFlagSortField } from "../../gql/graphql";

/** The API sort field behind each sortable grid column. */
const SORT_FIELDS: Record<string, PriorityFlagSortField> = {
  reportedAt: "REPORTED_AT",
  categoryLabel: "CATEGORY",
  urgent: "URGENCY",
  status: "STATUS",
  subjectName: "SUBJECT_NAME",
  programName: "PROGRAM_NAME",
  assigneeName: "ASSIGNEE_NAME",
  timeToFirstResponse: "TIME_TO_FIRST_RESPONSE",
  timeToResolution: "TIME_TO_RESOLUTION",
};

/** The grid's initial order, which is also the API's default: newest report first. */
export const DEFAULT_FLAG_SORT_MODEL: GridSortModel = [{ field: "reportedAt", sort: "desc" }];

export const FLAG_SORT_OPTIONS: GridSortOptions = {
  sortableFields: Object.keys(SORT_FIELDS),
  defaultSortModel: DEFAULT_FLAG_SORT_MODEL,
};

/** Tells whether the API can sort by this grid column. */
export function isSortableFlagColumn(field: string): boolean {
  return field in SORT_FIELDS;
}

/** Converts the grid's sort model to the `sort` argument of `priorityFlags`; undefined leaves the API's default. */
export function toPriorityFlagSort(sortModel: GridSortModel): PriorityFlagSort | undefined {
  const [first] = sortModel;
  if (!first?.sort || !(first.field in SORT_FIELDS)) {
    return undefined;
  }

  return { field: SORT_FIELDS[first.field], direction: first.sort === "asc" ? "ASC" : "DESC" };
}
