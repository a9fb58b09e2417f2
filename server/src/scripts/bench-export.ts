import "reflect-metadata";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { get } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createApp } from "../app";
import { SESSION_COOKIE } from "../auth/authenticate.middleware";
import { signSessionToken } from "../auth/session-token";
import { newId } from "../common/ids";
import { TenantScope } from "../common/tenant-scope";
import { databaseEngine } from "../db/column-types";
import { generateLargeProgram } from "../export/large-program-generator";
import { writeProgramFolder } from "../export/program-folder-export";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { createTestDatabase } from "../test-support/test-database";

/*
 * Measures the program CSV export on a generated program: rows per second and peak memory
 * (RSS and V8 heap, sampled every 50 ms) while the file streams over HTTP to a client in the
 * same process that discards it. With BENCH_IMPORT=1 on SQLite it then writes the program as an
 * import folder, imports it in a child process, and times reads of this process meanwhile.
 *
 *   npm run bench:export                                # 100,000 mentorships on SQLite
 *   BENCH_MENTORSHIPS=20000 npm run bench:export
 *   BENCH_IMPORT=1 npm run bench:export
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:export
 */

const MENTORSHIPS = Number(process.env.BENCH_MENTORSHIPS ?? 100_000);
const SECRET = "bench-export-secret-0123456789abcdef0123";
const SAMPLE_INTERVAL_MS = 50;

interface MemoryPeak {
  rssMiB: number;
  heapUsedMiB: number;
}

function mebibytes(bytes: number): number {
  return Math.round((bytes / 2 ** 20) * 10) / 10;
}

/** Samples memory until stopped; returns the baseline and the peak. */
function sampleMemory(): { stop: () => { baseline: MemoryPeak; peak: MemoryPeak } } {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.memoryUsage();
  const peak = { rss: start.rss, heapUsed: start.heapUsed };
  const timer = setInterval(() => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss);
    peak.heapUsed = Math.max(peak.heapUsed, usage.heapUsed);
  }, SAMPLE_INTERVAL_MS);

  return {
    stop: () => {
      clearInterval(timer);
      return {
        baseline: { rssMiB: mebibytes(start.rss), heapUsedMiB: mebibytes(start.heapUsed) },
        peak: { rssMiB: mebibytes(peak.rss), heapUsedMiB: mebibytes(peak.heapUsed) },
      };
    },
  };
}

/** Downloads a URL, counting bytes and lines without keeping the body. */
function download(url: string, cookie: string): Promise<{ status: number; bytes: number; lines: number }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { cookie } }, (response) => {
      let bytes = 0;
      let lines = 0;
      response.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        for (let index = chunk.indexOf(0x0a); index !== -1; index = chunk.indexOf(0x0a, index + 1)) {
          lines += 1;
        }
      });
      response.on("end", () => resolve({ status: response.statusCode ?? 0, bytes, lines }));
      response.on("error", reject);
    }).on("error", reject);
  });
}

function log(text: string): void {
  process.stderr.write(`${text}\n`);
}

async function main(): Promise<void> {
  const database = await createTestDatabase();
  const app = await createApp({ dataSource: database.dataSource, sessionSecret: SECRET });
  const server = app.express.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  try {
    log(`Generating ${MENTORSHIPS.toLocaleString("en-US")} mentorships on ${databaseEngine()}...`);
    const generatedAt = performance.now();
    const program = await generateLargeProgram(database.dataSource, MENTORSHIPS, (done) => {
      if (done % 10_000 === 0) {
        log(`  ${done.toLocaleString("en-US")} mentorships`);
      }
    });
    const generateSeconds = (performance.now() - generatedAt) / 1000;

    const cookie = `${SESSION_COOKIE}=${encodeURIComponent(signSessionToken(program.adminId, SECRET))}`;
    const memory = sampleMemory();
    const started = performance.now();
    const result = await download(`${baseUrl}/export/programs/${program.programId}.csv`, cookie);
    const seconds = (performance.now() - started) / 1000;
    const { baseline, peak } = memory.stop();
    if (result.status !== 200) {
      throw new Error(`The export failed with status ${result.status}`);
    }

    const rows = result.lines - 1;
    const report = [
      `- Generated: ${MENTORSHIPS.toLocaleString("en-US")} mentorships, ${program.rows.toLocaleString("en-US")} database rows in ${generateSeconds.toFixed(0)} s`,
      `- Export: ${rows.toLocaleString("en-US")} CSV rows, ${mebibytes(result.bytes)} MiB in ${seconds.toFixed(1)} s = ${Math.round(rows / seconds).toLocaleString("en-US")} rows/s, ${Math.round(MENTORSHIPS / seconds).toLocaleString("en-US")} mentorships/s`,
      `- Memory before the export: RSS ${baseline.rssMiB} MiB, heap used ${baseline.heapUsedMiB} MiB`,
      `- Peak memory during the export: RSS ${peak.rssMiB} MiB, heap used ${peak.heapUsedMiB} MiB`,
    ];

    if (process.env.BENCH_IMPORT === "1" && databaseEngine() === "sqlite") {
      report.push(...(await measureImportWithReads(database.dataSource.options.database as string, program.partnerId, program.programId, baseUrl, cookie)));
    }

    report.push(
      `- Engine: ${databaseEngine()}`,
      `- Machine: ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}`,
    );
    process.stdout.write(`${report.join("\n")}\n`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await app.stop();
    await database.destroy();
  }

  async function measureImportWithReads(databasePath: string, partnerId: string, programId: string, url: string, cookie: string): Promise<string[]> {
    const folder = mkdtempSync(join(tmpdir(), "mentorlens-bench-import-"));
    try {
      const program = await database.dataSource.getRepository(Program).findOneByOrFail({ id: programId });
      const folderStarted = performance.now();
      const counts = await writeProgramFolder(new TenantScope(database.dataSource, partnerId), program, folder);
      const folderSeconds = (performance.now() - folderStarted) / 1000;
      const folderRows = Object.values(counts).reduce((sum, count) => sum + count, 0);
      await database.dataSource.getRepository(Partner).insert({ id: newId("partner"), slug: "bench-import", name: "Import target", createdAt: new Date() });

      log("Importing the folder in a child process while this process reads...");
      const latencies: number[] = [];
      let failedReads = 0;
      const child = spawn(process.execPath, [join(__dirname, "import.js"), "--partner", "bench-import", folder], {
        env: { ...process.env, DATABASE_PATH: databasePath, DATABASE_URL: "", LOG_LEVEL: "warn", INIT_CWD: "" },
        stdio: ["ignore", "inherit", "inherit"],
      });
      const importStarted = performance.now();
      const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
      let running = true;
      void exited.then(() => {
        running = false;
      });
      while (running) {
        const readStarted = performance.now();
        try {
          const response = await fetch(`${url}/graphql`, {
            method: "POST",
            headers: { cookie, "content-type": "application/json" },
            body: JSON.stringify({ query: "{ mentorships(first: 20) { totalCount edges { node { id } } } }" }),
          });
          if (response.status !== 200) {
            failedReads += 1;
          }
          await response.text();
        } catch {
          failedReads += 1;
        }
        latencies.push(performance.now() - readStarted);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const exitCode = await exited;
      const importSeconds = (performance.now() - importStarted) / 1000;
      latencies.sort((a, b) => a - b);
      const percentile = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0);

      return [
        `- Folder export (import format): ${folderRows.toLocaleString("en-US")} rows in ${folderSeconds.toFixed(1)} s = ${Math.round(folderRows / folderSeconds).toLocaleString("en-US")} rows/s`,
        `- Import of that folder in a child process: exit code ${exitCode}, ${importSeconds.toFixed(1)} s including reading, checking and writing = ${Math.round(folderRows / importSeconds).toLocaleString("en-US")} rows/s`,
        `- Reads during the import (GraphQL, first 20 mentorships with totalCount, every 100 ms): ${latencies.length} reads, ${failedReads} failed, p50 ${percentile(0.5)} ms, p95 ${percentile(0.95)} ms, max ${percentile(1)} ms`,
      ];
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`The benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
