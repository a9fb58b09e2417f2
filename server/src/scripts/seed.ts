import "reflect-metadata";
import { parseArgs } from "node:util";
import { readConfig } from "../config";
import { createDataSource } from "../db/data-source";
import { DEFAULT_DEMO_SEED, MAX_DEMO_SCALE } from "../seed/demo-data";
import { DEMO_FIXTURES, DEMO_PASSWORD } from "../seed/demo-fixtures";
import { isDatabaseEmpty, seedDatabase, type SeedSummary } from "../seed/seed-database";

const USAGE = `Usage: npm run seed --workspace server -- [options]

Fills the database (DATABASE_URL, or the SQLite file at DATABASE_PATH) with demo data,
after applying pending migrations.

Options:
  --scale N   Multiplies the generated counts; 1 gives about 1,000 participants
              and 500 mentorships for Northfield University (default 1, at most ${MAX_DEMO_SCALE}).
  --seed N    Seed of the generator, an integer from 0 to 4294967295 (default ${DEFAULT_DEMO_SEED}).
  --reset     Deletes all existing data first. Without it, a database that already
              contains data is left unchanged and the command fails.
  --help      Prints this help.
`;

interface SeedArguments {
  scale: number;
  seed: number;
  reset: boolean;
}

function parseNumber(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) {
    return fallback;
  }

  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value)) {
    throw new Error(`Invalid value for --${name}: "${text}" is not a number`);
  }

  return value;
}

function readArguments(argv: string[]): SeedArguments | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      scale: { type: "string" },
      seed: { type: "string" },
      reset: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    return null;
  }

  return {
    scale: parseNumber("scale", values.scale, 1),
    seed: parseNumber("seed", values.seed, DEFAULT_DEMO_SEED),
    reset: values.reset ?? false,
  };
}

function printSummary(summary: SeedSummary): void {
  const width = Math.max(...Object.keys(summary.counts).map((table) => table.length));
  const rows = Object.entries(summary.counts).map(([table, count]) => `  ${table.padEnd(width)}  ${String(count).padStart(7)}`);
  const total = Object.values(summary.counts).reduce((sum, count) => sum + count, 0);
  const lines = [
    "",
    `Seeded demo data (seed ${summary.seed}, scale ${summary.scale}) in ${(summary.durationMs / 1000).toFixed(1)} s:`,
    ...rows,
    `  ${"total".padEnd(width)}  ${String(total).padStart(7)}`,
    "",
    `Sign in as ${DEMO_FIXTURES.northfield.adminEmail} (admin), ${DEMO_FIXTURES.northfield.analystEmail} (analyst)`,
    `or ${DEMO_FIXTURES.otherPartner.adminEmail} (second partner), all with the password "${DEMO_PASSWORD}".`,
    "",
  ];
  process.stdout.write(lines.join("\n"));
}

async function main(): Promise<number> {
  const parsed = readArguments(process.argv.slice(2));
  if (parsed === null) {
    process.stdout.write(USAGE);

    return 0;
  }

  const config = readConfig();
  const dataSource = createDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });
    if (!parsed.reset && !(await isDatabaseEmpty(dataSource))) {
      process.stderr.write("The database already contains data, so nothing was changed. Run again with --reset to replace it with demo data.\n");

      return 1;
    }

    const summary = await seedDatabase(dataSource, parsed);
    printSummary(summary);

    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main()
  .then((exitCode) => {
    process.exitCode = exitCode;
  })
  .catch((error: unknown) => {
    process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
