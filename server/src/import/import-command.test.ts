import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { plantPartner } from "../export/test-support";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { copyExampleFolder, databaseFingerprint, EXAMPLE_FOLDER, editFile } from "./import-test-support";

const REPOSITORY = resolve(__dirname, "../../..");
const SCRIPT = join(REPOSITORY, "server/src/scripts/import.ts");

interface CommandResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Environment that points the command at the test's own database. */
function databaseEnvironment(database: TestDatabase): NodeJS.ProcessEnv {
  const options = database.dataSource.options as { url?: string; database?: string };

  return options.url ? { DATABASE_URL: options.url } : { DATABASE_PATH: String(options.database), DATABASE_URL: "" };
}

/**
 * Runs the import command as its own process, as `npm run import` does but through ts-node.
 * `killWhen` sends SIGKILL as soon as the standard error output matches it.
 */
function runCommand(database: TestDatabase, args: string[], options: { killWhen?: RegExp } = {}): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ["-r", "ts-node/register/transpile-only", SCRIPT, ...args], {
      cwd: REPOSITORY,
      env: { ...process.env, ...databaseEnvironment(database), TS_NODE_PROJECT: join(REPOSITORY, "server/tsconfig.json"), LOG_LEVEL: "warn" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      if (options.killWhen?.test(stderr)) {
        child.kill("SIGKILL");
      }
    });
    child.on("error", reject);
    child.on("close", (exitCode, signal) => resolvePromise({ exitCode, signal, stdout, stderr }));
  });
}

/** Writes a folder with one program and `count` mentors, large enough that writing it takes many batches. */
function writeLargeFolder(count: number): string {
  const folder = mkdtempSync(join(tmpdir(), "mentorlens-import-large-"));
  writeFileSync(join(folder, "programs.csv"), "external_id,name\r\nBIG-1,Large program\r\n");
  const rows = Array.from({ length: count }, (_, index) => `BIG-1,P-${index},MENTOR,First${index},Last${index}`);
  writeFileSync(join(folder, "participants.csv"), `program,external_id,role,first_name,last_name\r\n${rows.join("\r\n")}\r\n`);

  return folder;
}

describe("npm run import", () => {
  let database: TestDatabase;
  let workFolder: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await plantPartner(database.dataSource, { slug: "cli-college" });
    workFolder = mkdtempSync(join(tmpdir(), "mentorlens-import-cli-"));
  });

  afterAll(async () => {
    rmSync(workFolder, { recursive: true, force: true });
    await database.destroy();
  });

  it("exits with 0 and prints the counts", async () => {
    const result = await runCommand(database, ["--partner", "cli-college", EXAMPLE_FOLDER]);

    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/participants\.csv\s+24 created, 0 updated, 0 unchanged/);
  }, 60_000);

  it("exits with 1 and writes the JSON report for an invalid folder", async () => {
    const folder = copyExampleFolder();
    editFile(folder, "surveys.csv", "BASE-26,ASSESSMENT", "BASE-26,INTAKE");
    const reportPath = join(workFolder, "report.json");

    const result = await runCommand(database, ["--partner", "cli-college", "--report-json", reportPath, folder]);
    const report = JSON.parse(readFileSync(reportPath, "utf8"));

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/surveys\.csv:\n {2}line 3, column type: value "INTAKE": expected one of MATCHING, ASSESSMENT, POST_SESSION/);
    expect(report).toEqual({ status: "invalid", problems: [{ file: "surveys.csv", line: 3, column: "type", value: "INTAKE", expected: "one of MATCHING, ASSESSMENT, POST_SESSION" }] });
    rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it("exits with 2 for an unknown partner", async () => {
    const result = await runCommand(database, ["--partner", "nobody", EXAMPLE_FOLDER]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/No partner has the slug "nobody"/);
  }, 60_000);

  it("exits with 2 without a folder", async () => {
    const result = await runCommand(database, ["--partner", "cli-college"]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/Expected one FOLDER argument/);
  }, 60_000);

  it("leaves the database unchanged when killed part way", async () => {
    const folder = writeLargeFolder(60_000);
    const before = await databaseFingerprint(database.dataSource);

    const result = await runCommand(database, ["--partner", "cli-college", folder], { killWhen: /^Writing: / });

    // The first progress line is printed after the first batch is written, with many batches to go.
    expect(result.signal).toBe("SIGKILL");
    expect(await databaseFingerprint(database.dataSource)).toEqual(before);
    rmSync(folder, { recursive: true, force: true });
  }, 60_000);
});
