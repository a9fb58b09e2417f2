import { isGlobalId } from "../../common/global-id";
import { isLocalDate } from "../../common/local-date-range";
import { readYesNo } from "../../common/read-yes-no";
import type { FilterCodec } from "../../common/use-grid-url-state";
import type { MentorshipFilter, MentorshipSort, MentorshipStatus } from "../../gql/graphql";

/** The filters of the mentorships page, as the controls and the address store them. */
export interface MentorshipListFilter {
  programIds: string[];
  statuses: MentorshipStatus[];
  /** First date matched to include, as YYYY-MM-DD. */
  matchedFrom?: string;
  /** Last date matched to include, as YYYY-MM-DD. */
  matchedTo?: string;
  /** true: only pairs with an open or in-progress flag; false: only pairs without one. */
  hasOpenPriorityFlags?: boolean;
  /** Only pairs with no conversation logged in this many days. */
  noConversationForDays?: number;
  /** Text that the mentor's or the mentee's name contains. */
  search?: string;
}

export const EMPTY_MENTORSHIP_FILTER: MentorshipListFilter = { programIds: [], statuses: [] };

/** Most days the API accepts for `noConversationForDays`: about ten years. */
export const MAX_NO_CONVERSATION_DAYS = 3650;
/** Most characters the API accepts in a name search. */
export const MAX_SEARCH_LENGTH = 100;

const STATUSES: readonly MentorshipStatus[] = ["MATCHED", "UNMATCHED"];

/** Query string keys, kept short and readable because staff share these links. */
const KEYS = {
  program: "program",
  status: "status",
  matchedFrom: "matchedFrom",
  matchedTo: "matchedTo",
  openFlags: "openFlags",
  quietDays: "noConversationDays",
  search: "q",
} as const;

/** Reads and writes the mentorships filter in the query string; malformed values are ignored. */
export const mentorshipFilterCodec: FilterCodec<MentorshipListFilter> = {
  read(params) {
    const openFlags = params.get(KEYS.openFlags);
    const days = Number(params.get(KEYS.quietDays) ?? Number.NaN);
    const search = params.get(KEYS.search)?.trim().slice(0, MAX_SEARCH_LENGTH);

    return {
      programIds: params.getAll(KEYS.program).filter((id) => isGlobalId("prg", id)),
      statuses: params.getAll(KEYS.status).filter((status): status is MentorshipStatus => STATUSES.includes(status as MentorshipStatus)),
      matchedFrom: readLocalDate(params.get(KEYS.matchedFrom)),
      matchedTo: readLocalDate(params.get(KEYS.matchedTo)),
      hasOpenPriorityFlags: readYesNo(openFlags, "yes", "no"),
      noConversationForDays: isValidNoConversationDays(days) ? days : undefined,
      search: search || undefined,
    };
  },

  write(params, filter) {
    filter.programIds.forEach((id) => params.append(KEYS.program, id));
    filter.statuses.forEach((status) => params.append(KEYS.status, status));
    setIfPresent(params, KEYS.matchedFrom, filter.matchedFrom);
    setIfPresent(params, KEYS.matchedTo, filter.matchedTo);
    if (filter.hasOpenPriorityFlags !== undefined) {
      params.set(KEYS.openFlags, filter.hasOpenPriorityFlags ? "yes" : "no");
    }
    setIfPresent(params, KEYS.quietDays, filter.noConversationForDays?.toString());
    setIfPresent(params, KEYS.search, filter.search);
  },
};

/** Tells whether `days` is a whole number of days the API accepts. */
export function isValidNoConversationDays(days: number): boolean {
  return Number.isInteger(days) && days >= 1 && days <= MAX_NO_CONVERSATION_DAYS;
}

/** Tells whether the date matched range ends before it starts, which the API rejects. */
export function hasReversedDateRange(filter: Pick<MentorshipListFilter, "matchedFrom" | "matchedTo">): boolean {
  return Boolean(filter.matchedFrom && filter.matchedTo && filter.matchedTo < filter.matchedFrom);
}

/** Tells whether any filter narrows the list. */
export function isMentorshipFilterActive(filter: MentorshipListFilter): boolean {
  return toMentorshipFilter(filter) !== undefined;
}

/** Converts the page's filter to the `filter` argument of `mentorships`; undefined when nothing narrows the list. */
export function toMentorshipFilter(filter: MentorshipListFilter): MentorshipFilter | undefined {
  const input: MentorshipFilter = {};
  if (filter.programIds.length > 0) {
    input.programIds = filter.programIds;
  }
  if (filter.statuses.length > 0) {
    input.statuses = filter.statuses;
  }
  if (filter.matchedFrom) {
    input.matchedFrom = filter.matchedFrom;
  }
  if (filter.matchedTo) {
    input.matchedTo = filter.matchedTo;
  }
  if (filter.hasOpenPriorityFlags !== undefined) {
    input.hasOpenPriorityFlags = filter.hasOpenPriorityFlags;
  }
  if (filter.noConversationForDays !== undefined) {
    input.noConversationForDays = filter.noConversationForDays;
  }
  if (filter.search) {
    input.search = filter.search;
  }

  return Object.keys(input).length > 0 ? input : undefined;
}

function readLocalDate(value: string | null): string | undefined {
  return isLocalDate(value) ? value : undefined;
}

function setIfPresent(params: URLSearchParams, key: string, value: string | undefined): void {
  if (value) {
    params.set(key, value);
  }
}

/**
 * Address of the CSV export of every mentorship that matches `filter`, in the order `sort`. The
 * export route takes the fields of `MentorshipFilter` under the same names, list fields as
 * repeated parameters, and the order as `sort` and `direction`.
 */
export function mentorshipExportUrl(filter: MentorshipListFilter, sort: MentorshipSort | undefined): string {
  const input = toMentorshipFilter(filter) ?? {};
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(input)) {
    const values: unknown[] = Array.isArray(value) ? value : [value];
    values.forEach((item) => params.append(key, String(item)));
  }
  if (sort?.field) {
    params.set("sort", sort.field);
  }
  if (sort?.direction) {
    params.set("direction", sort.direction);
  }

  const query = params.toString();

  return query ? `/export/mentorships.csv?${query}` : "/export/mentorships.csv";
}
