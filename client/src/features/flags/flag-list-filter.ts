import { isGlobalId } from "../../common/global-id";
import { endOfLocalDay, isLocalDate, startOfLocalDay } from "../../common/local-date-range";
import { readYesNo } from "../../common/read-yes-no";
import type { FilterCodec } from "../../common/use-grid-url-state";
import type { FlagStatus, PriorityFlagFilter } from "../../gql/graphql";

/** The filters of the flags page, as the controls and the address store them. */
export interface FlagListFilter {
  statuses: FlagStatus[];
  categoryIds: string[];
  programIds: string[];
  /** true: only flags needing immediate support; false: only the others. */
  urgent?: boolean;
  /** First calendar day reported to include, as YYYY-MM-DD in the viewer's time zone. */
  reportedFrom?: string;
  /** Last calendar day reported to include, as YYYY-MM-DD in the viewer's time zone. */
  reportedTo?: string;
}

export const EMPTY_FLAG_FILTER: FlagListFilter = { statuses: [], categoryIds: [], programIds: [] };

const STATUSES: readonly FlagStatus[] = ["OPEN", "IN_PROGRESS", "RESOLVED"];

const KEYS = {
  status: "status",
  category: "category",
  program: "program",
  urgency: "urgency",
  reportedFrom: "reportedFrom",
  reportedTo: "reportedTo",
} as const;

/** Reads and writes the flags filter in the query string; malformed values are ignored. */
export const flagFilterCodec: FilterCodec<FlagListFilter> = {
  read(params) {
    const urgency = params.get(KEYS.urgency);
    const reportedFrom = params.get(KEYS.reportedFrom);
    const reportedTo = params.get(KEYS.reportedTo);

    return {
      statuses: params.getAll(KEYS.status).filter((status): status is FlagStatus => STATUSES.includes(status as FlagStatus)),
      categoryIds: params.getAll(KEYS.category).filter((id) => isGlobalId("fct", id)),
      programIds: params.getAll(KEYS.program).filter((id) => isGlobalId("prg", id)),
      urgent: readYesNo(urgency, "urgent", "not-urgent"),
      reportedFrom: isLocalDate(reportedFrom) ? reportedFrom : undefined,
      reportedTo: isLocalDate(reportedTo) ? reportedTo : undefined,
    };
  },

  write(params, filter) {
    filter.statuses.forEach((status) => params.append(KEYS.status, status));
    filter.categoryIds.forEach((id) => params.append(KEYS.category, id));
    filter.programIds.forEach((id) => params.append(KEYS.program, id));
    if (filter.urgent !== undefined) {
      params.set(KEYS.urgency, filter.urgent ? "urgent" : "not-urgent");
    }
    if (filter.reportedFrom) {
      params.set(KEYS.reportedFrom, filter.reportedFrom);
    }
    if (filter.reportedTo) {
      params.set(KEYS.reportedTo, filter.reportedTo);
    }
  },
};

/** Tells whether the reported range ends before it starts, which the API rejects. */
export function hasReversedReportedRange(filter: FlagListFilter): boolean {
  return Boolean(filter.reportedFrom && filter.reportedTo && filter.reportedTo < filter.reportedFrom);
}

/** Tells whether any filter narrows the list. */
export function isFlagFilterActive(filter: FlagListFilter): boolean {
  return toPriorityFlagFilter(filter) !== undefined;
}

/**
 * Converts the page's filter to the `filter` argument of `priorityFlags`; undefined when nothing
 * narrows the list. The reported days become instants from the start of the first day to the
 * end of the last day in the viewer's time zone.
 */
export function toPriorityFlagFilter(filter: FlagListFilter): PriorityFlagFilter | undefined {
  const input: PriorityFlagFilter = {};
  if (filter.statuses.length > 0) {
    input.statuses = filter.statuses;
  }
  if (filter.categoryIds.length > 0) {
    input.categoryIds = filter.categoryIds;
  }
  if (filter.programIds.length > 0) {
    input.programIds = filter.programIds;
  }
  if (filter.urgent !== undefined) {
    input.urgent = filter.urgent;
  }
  if (filter.reportedFrom) {
    input.reportedFrom = startOfLocalDay(filter.reportedFrom);
  }
  if (filter.reportedTo) {
    input.reportedTo = endOfLocalDay(filter.reportedTo);
  }

  return Object.keys(input).length > 0 ? input : undefined;
}
