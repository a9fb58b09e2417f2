import type { GridSortModel } from "@mui/x-data-grid";

import type { GridSortOptions } from "../../common/grid-url-state";
import type { MentorshipSort, MentorshipSortField } from "../../gql/graphql";

/** The API sort field behind each sortable grid column. */
const SORT_FIELDS: Record<string, MentorshipSortField> = {
  mentorName: "MENTOR_NAME",
  menteeName: "MENTEE_NAME",
  programName: "PROGRAM_NAME",
  status: "STATUS",
  matchedOn: "MATCHED_ON",
  lastConversationAt: "LAST_CONVERSATION_AT",
  conversationCount: "CONVERSATION_COUNT",
  openPriorityFlagCount: "OPEN_FLAG_COUNT",
};

/** The grid's initial order, which is also the API's default: newest match first. */
export const DEFAULT_SORT_MODEL: GridSortModel = [{ field: "matchedOn", sort: "desc" }];

/** The sortable columns and the default order, as the address stores them. */
export const MENTORSHIP_SORT_OPTIONS: GridSortOptions = {
  sortableFields: Object.keys(SORT_FIELDS),
  defaultSortModel: DEFAULT_SORT_MODEL,
};

/** Tells whether the API can sort by this grid column. */
export function isSortableColumn(field: string): boolean {
  return field in SORT_FIELDS;
}

/**
 * Converts the grid's sort model to the `sort` argument of `mentorships`. Only the first
 * item counts because the API sorts by one field; an empty model leaves the API's default.
 */
export function toMentorshipSort(sortModel: GridSortModel): MentorshipSort | undefined {
  const [first] = sortModel;
  if (!first?.sort || !(first.field in SORT_FIELDS)) {
    return undefined;
  }

  return { field: SORT_FIELDS[first.field], direction: first.sort === "asc" ? "ASC" : "DESC" };
}
