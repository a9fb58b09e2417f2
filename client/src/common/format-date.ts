/**
 * Date and time formatting for the dashboard. The interface text is US English, so dates use
 * the same convention and a page never mixes two.
 */
const DISPLAY_LOCALE = "en-US";

const localDateFormat = new Intl.DateTimeFormat(DISPLAY_LOCALE, {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a calendar date written as YYYY-MM-DD, such as "March 1, 2026".
 *
 * The date is built at midnight UTC and formatted in UTC, because `new Date("2026-03-01")`
 * shown in a local time zone west of Greenwich reads as February 28.
 */
export function formatLocalDate(value: string): string {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (!match) {
    return value;
  }

  const [, year, month, day] = match;
  const midnightUtc = Date.UTC(Number(year), Number(month) - 1, Number(day));

  return localDateFormat.format(midnightUtc);
}

/**
 * Formats the calendar date of an ISO 8601 instant in the viewer's time zone, such as
 * "March 1, 2026".
 */
export function formatInstantDate(value: string, timeZone?: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    return value;
  }

  return new Intl.DateTimeFormat(DISPLAY_LOCALE, { year: "numeric", month: "long", day: "numeric", timeZone }).format(instant);
}

/**
 * Formats an ISO 8601 instant in the viewer's time zone, with the zone's abbreviation,
 * such as "Mar 1, 2026, 4:30 PM PST".
 */
export function formatInstant(value: string, timeZone?: string): string {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    return value;
  }

  return new Intl.DateTimeFormat(DISPLAY_LOCALE, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
    timeZone,
  }).format(instant);
}
