const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Tells whether `value` is a calendar date written as YYYY-MM-DD; an impossible day such as 2026-02-30 is not. */
export function isLocalDate(value: string | null | undefined): value is string {
  const match = typeof value === "string" ? LOCAL_DATE_PATTERN.exec(value) : null;
  if (!match) {
    return false;
  }

  // Date.UTC rolls an impossible day over into the next month, so the parts differ after a round trip.
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));

  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Returns the instant the calendar day `date` (YYYY-MM-DD) starts in the viewer's time zone, as ISO 8601. */
export function startOfLocalDay(date: string): string {
  const [year, month, day] = date.split("-").map(Number);

  return new Date(year, month - 1, day).toISOString();
}

/** Returns the last millisecond of the calendar day `date` (YYYY-MM-DD) in the viewer's time zone, as ISO 8601. */
export function endOfLocalDay(date: string): string {
  const [year, month, day] = date.split("-").map(Number);

  return new Date(new Date(year, month - 1, day + 1).getTime() - 1).toISOString();
}
