import { DEMO_NOW } from "./demo-calendar";
import { deriveFlagHistory } from "./demo-flag-history";
import { addDemoCatalog, type ProgramKind } from "./demo-catalog";
import { DemoDataBuilder, type DemoData } from "./demo-data-builder";
import { addHardCases } from "./demo-hard-cases";
import { createPeopleRegistry } from "./demo-people";
import { addProgramPopulation, type PopulationSize } from "./demo-population";
import { SeededRandom } from "./random";

export type { DemoData } from "./demo-data-builder";

export const DEFAULT_DEMO_SEED = 20261204;

/** Largest accepted scale; at scale 1 the demo partner has about 1,000 participants. */
export const MAX_DEMO_SCALE = 100;

/** The earliest accepted "now": the planted cases have activity up to a few days before it. */
const EARLIEST_DEMO_NOW = new Date("2026-11-22T00:00:00Z");

export interface DemoDataOptions {
  /** Seed of the pseudo-random generator; the same seed, scale and "now" give identical data. */
  seed?: number;
  /** Multiplies the generated counts; the planted cases are added at every scale. */
  scale?: number;
  /** The instant the data is generated for; every generated instant lies before it. */
  now?: Date;
}

/** Participants and pairs per program at scale 1. */
const BASE_SIZES: Record<ProgramKind, PopulationSize> = {
  firstYear: { mentees: 330, mentors: 270, mentorships: 300 },
  alumni: { mentees: 220, mentors: 180, mentorships: 200 },
  youth: { mentees: 45, mentors: 35, mentorships: 40 },
};

const MINIMUM_SIZE: PopulationSize = { mentees: 4, mentors: 3, mentorships: 3 };

function scaledSize(base: PopulationSize, scale: number): PopulationSize {
  return {
    mentees: Math.max(MINIMUM_SIZE.mentees, Math.round(base.mentees * scale)),
    mentors: Math.max(MINIMUM_SIZE.mentors, Math.round(base.mentors * scale)),
    mentorships: Math.max(MINIMUM_SIZE.mentorships, Math.round(base.mentorships * scale)),
  };
}

function validateOptions(seed: number, scale: number, now: Date): void {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`Invalid seed ${seed}: expected an integer from 0 to 4294967295`);
  }
  if (!Number.isFinite(scale) || scale <= 0 || scale > MAX_DEMO_SCALE) {
    throw new Error(`Invalid scale ${scale}: expected a number greater than 0 and at most ${MAX_DEMO_SCALE}`);
  }
  if (Number.isNaN(now.getTime()) || now < EARLIEST_DEMO_NOW) {
    throw new Error(`Invalid "now" ${String(now)}: expected an instant on or after ${EARLIEST_DEMO_NOW.toISOString()}`);
  }
}

/**
 * Generates the demo data as plain rows: the Northfield University partner with two programs,
 * the smaller Lakeshore Youth Alliance, and every planted case of demo-fixtures.ts.
 * Generation is deterministic: it reads no clock and no global random source.
 */
export function generateDemoData(options: DemoDataOptions = {}): DemoData {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const scale = options.scale ?? 1;
  const now = options.now ?? DEMO_NOW;
  validateOptions(seed, scale, now);

  const root = new SeededRandom(seed);
  const builder = new DemoDataBuilder(root.fork("ids"));
  const catalogs = addDemoCatalog(builder);
  const registry = createPeopleRegistry(now);
  addHardCases({ builder, registry, catalogs, random: root.fork("hard-cases"), now });

  for (const kind of ["firstYear", "alumni", "youth"] as const) {
    const context = { builder, registry, catalog: catalogs[kind], random: root.fork(`population:${kind}`), now };
    // One program is enough to show every unmatch reason, and First-Year Mentoring is the largest.
    addProgramPopulation(context, scaledSize(BASE_SIZES[kind], scale), { coverUnmatchReasons: kind === "firstYear" });
  }
  builder.data.priorityFlagEvents = deriveFlagHistory(builder.data.priorityFlags, builder.data.staffUsers);

  return builder.data;
}

/** Number of rows per table of the generated data. */
export function countDemoRows(data: DemoData): Record<keyof DemoData, number> {
  const entries = Object.entries(data).map(([key, rows]) => [key, (rows as unknown[]).length]);

  return Object.fromEntries(entries) as Record<keyof DemoData, number>;
}
