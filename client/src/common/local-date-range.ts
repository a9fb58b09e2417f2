const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Tells whether `value` is a calendar date written as YYYY-MM-DD. */
export function isLocalDate(value: string | null | undefined): value is string {
  return typeof value === "string" && LOCAL_DATE_PATTERN.test(value) && !Number.isNaN(Date.parse(value));
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
