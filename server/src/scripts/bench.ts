import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { resolve } from "node:path";
import { StaffUser } from "../auth/staff-user.entity";
import { databaseEngine } from "../db/column-types";
import { DEMO_FIXTURES } from "../seed/demo-fixtures";
import { seedDatabase } from "../seed/seed-database";
import { MENTORSHIP_DETAILS_QUERY } from "../test-support/details-query";
import { type GraphQLClient, type GraphQLResult, startTestServer } from "../test-support/test-server";

/*
 * Measures the details page's operation, the mentorships list and the CSV export against the
 * real server on demo data, and writes docs/benchmarks.md. Requests run one after another, so the
 * figures are latencies of a single user, not throughput.
 *
 *   npm run bench                       # SQLite, demo data at scale 1
 *   BENCH_SCALE=4 BENCH_REQUESTS=100 npm run bench
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench
 */

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARM_UP_REQUESTS = 20;
// One report per engine, so that a PostgreSQL run does not overwrite the SQLite figures.
const OUTPUT = resolve(__dirname, databaseEngine() === "postgres" ? "../../../docs/benchmarks-postgres.md" : "../../../docs/benchmarks.md");
/** Page of the mentorships list measured to show that a deep page costs what the first costs. */
const DEEP_PAGE = 5;

const LIST_QUERY = /* GraphQL */ `
  query MentorshipsPage($first: Int!, $after: String, $sort: MentorshipSort) {
    mentorships(first: $first, after: $after, sort: $sort) {
      totalCount
      edges { cursor node { id status matchedOn conversationCount priorityFlagCount openPriorityFlagCount lastConversationAt
        mentor { displayName } mentee { displayName } program { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface Measurement {
  name: string;
  sqlStatements: number | null;
  p50: number;
  p95: number;
  max: number;
}

async function main(): Promise<void> {
  const server = await startTestServer();
  try {
    const seededAt = process.hrtime.bigint();
    await seedDatabase(server.dataSource, { scale: SCALE });
    const seedMs = Number(process.hrtime.bigint() - seededAt) / 1e6;

    const admin = await server.dataSource.getRepository(StaffUser).findOneByOrFail({ id: DEMO_FIXTURES.northfield.adminId });
    const client = server.signIn(admin);
    const detailsVariables = (id: string) => ({ id, responseFilter: { highlightsOnly: true } });

    const deepPageCursor = await cursorBeforePage(client, DEEP_PAGE);
    const measurements: Measurement[] = [
      await measure("details page, hard-case pair", () => client.graphql(MENTORSHIP_DETAILS_QUERY, detailsVariables(DEMO_FIXTURES.hardCasePair.mentorshipId))),
      await measure("details page, large pair", () => client.graphql(MENTORSHIP_DETAILS_QUERY, detailsVariables(DEMO_FIXTURES.largePair.mentorshipId))),
      await measure("mentorships list, first 100 by date matched", () =>
        client.graphql(LIST_QUERY, { first: 100, sort: { field: "MATCHED_ON", direction: "DESC" } }),
      ),
      await measure("mentorships list, first 100 by conversations", () =>
        client.graphql(LIST_QUERY, { first: 100, sort: { field: "CONVERSATION_COUNT", direction: "DESC" } }),
      ),
      await measure(`mentorships list, page ${DEEP_PAGE} of 100 by date matched`, async () =>
        client.graphql(LIST_QUERY, { first: 100, after: deepPageCursor, sort: { field: "MATCHED_ON", direction: "DESC" } }),
      ),
      await measure("CSV export, large pair", async () => {
        const response = await fetch(`${server.baseUrl}/export/mentorships/${DEMO_FIXTURES.largePair.mentorshipId}.csv`, {
          headers: { cookie: client.cookie ?? "" },
        });
        await response.arrayBuffer();

        return { status: response.status, sqlStatements: null, body: {} };
      }),
    ];

    writeReport(measurements, seedMs);
  } finally {
    await server.close();
  }
}

interface ListPage {
  mentorships: { pageInfo: { endCursor: string | null } };
}

/** Pages through the list by date matched and returns the cursor that starts page `page`. */
async function cursorBeforePage(client: GraphQLClient, page: number): Promise<string> {
  let after: string | null = null;
  for (let read = 1; read < page; read += 1) {
    const result: GraphQLResult<ListPage> = await client.graphql<ListPage>(LIST_QUERY, {
      first: 100,
      after,
      sort: { field: "MATCHED_ON", direction: "DESC" },
    });
    after = result.body.data?.mentorships.pageInfo.endCursor ?? null;
    if (!after) {
      throw new Error(`The demo data has fewer than ${page} pages of 100 mentorships; raise BENCH_SCALE.`);
    }
  }

  return after ?? "";
}

async function measure(
  name: string,
  request: () => Promise<{ status: number; sqlStatements: number | null; body: unknown }>,
): Promise<Measurement> {
  for (let i = 0; i < WARM_UP_REQUESTS; i += 1) {
    await request();
  }

  const durations: number[] = [];
  let sqlStatements: number | null = null;
  for (let i = 0; i < REQUESTS; i += 1) {
    const startedAt = process.hrtime.bigint();
    const result = await request();
    durations.push(Number(process.hrtime.bigint() - startedAt) / 1e6);
    sqlStatements = result.sqlStatements;
  }
  durations.sort((a, b) => a - b);

  const measurement = {
    name,
    sqlStatements,
    p50: percentile(durations, 0.5),
    p95: percentile(durations, 0.95),
    max: durations[durations.length - 1],
  };
  process.stdout.write(`${name}: p50 ${measurement.p50.toFixed(1)} ms, p95 ${measurement.p95.toFixed(1)} ms\n`);

  return measurement;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

function writeReport(measurements: Measurement[], seedMs: number): void {
  const rows = measurements.map(
    (m) => `| ${m.name} | ${m.sqlStatements ?? "n/a"} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.max.toFixed(1)} |`,
  );
  const report = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (`server/src/scripts/bench.ts`). Each request runs alone, one after",
    `another, against the real HTTP server on 127.0.0.1: ${WARM_UP_REQUESTS} warm-up requests, then ${REQUESTS} measured ones.`,
    "Latency is measured by the client and includes HTTP and JSON on loopback.",
    "",
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Engine: ${databaseEngine()}; demo data at scale ${SCALE} (seeded in ${(seedMs / 1000).toFixed(1)} s)`,
    `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}`,
    `- Peak resident memory of the process (server and client together): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
    "",
    "| operation | SQL statements | p50 ms | p95 ms | max ms |",
    "| --- | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
  ].join("\n");

  writeFileSync(OUTPUT, report);
  process.stdout.write(`\nWrote ${OUTPUT}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
