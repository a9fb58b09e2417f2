import type { SeededRandom } from "./random";

/** The "now" of the demo data: every generated instant lies before it. */
export const DEMO_NOW = new Date("2026-11-30T12:00:00Z");

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

export function addMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * MINUTE_MS);
}

export function addHours(instant: Date, hours: number): Date {
  return new Date(instant.getTime() + hours * HOUR_MS);
}

export function addDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

/** Whole days from `from` to `to`, rounded down; negative when `to` is earlier. */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((to.getTime() - from.getTime()) / DAY_MS);
}

/** Returns the calendar date (YYYY-MM-DD) of an instant in UTC. */
export function calendarDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Returns the instant at a time of day, in UTC, on a calendar date. */
export function instantOn(date: string, hour: number, minute = 0): Date {
  const midnight = new Date(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(midnight.getTime())) {
    throw new Error(`Invalid calendar date "${date}", expected YYYY-MM-DD`);
  }

  return addMinutes(midnight, hour * 60 + minute);
}

export function earliest(...instants: Date[]): Date {
  return new Date(Math.min(...instants.map((instant) => instant.getTime())));
}

export function latest(...instants: Date[]): Date {
  return new Date(Math.max(...instants.map((instant) => instant.getTime())));
}

/** Picks a uniformly random instant between `from` and `to`, rounded down to the minute. */
export function randomInstantBetween(random: SeededRandom, from: Date, to: Date): Date {
  const span = Math.max(0, to.getTime() - from.getTime());
  const offset = Math.floor(random.next() * span);

  return new Date(Math.floor((from.getTime() + offset) / MINUTE_MS) * MINUTE_MS);
}

/** Picks an instant from 14:00 to 03:59 UTC after the start of the given date, when people in North America are awake. */
export function daytimeInstantOn(random: SeededRandom, date: string): Date {
  const hour = 14 + random.int(0, 13);

  return instantOn(date, hour, random.int(0, 59));
}
