import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { parse } from "csv-parse/sync";
import { Mentorship } from "../mentorship/mentorship.entity";
import { IMPORT_FILE_NAMES } from "../import/import-format";
import { DEMO_FIXTURES } from "../seed/demo-fixtures";
import { seedDatabase } from "../seed/seed-database";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { runExportCommand } from "./export-command";

const { northfield } = DEMO_FIXTURES;

interface CommandOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

describe("npm run export", () => {
  let database: TestDatabase;
  let folder: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.dataSource, { scale: 0.05 });
    folder = mkdtempSync(join(tmpdir(), "mentorlens-export-command-"));
  }, 60_000);

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.destroy();
  });

  async function run(args: string[]): Promise<CommandOutput> {
    const stdout = new PassThrough();
    const chunks: Buffer[] = [];
    stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    let stderr = "";

    const exitCode = await runExportCommand(database.dataSource, args, { stdout, stderr: (text) => (stderr += text) });

    return { exitCode, stdout: Buffer.concat(chunks).toString("utf8"), stderr };
  }

  it("writes a program found by name to a file", async () => {
    const path = join(folder, "first-year.csv");

    const result = await run(["--program", "First-Year Mentoring", "--partner", northfield.slug, "--out", path]);
    const records = parse(readFileSync(path, "utf8"), { bom: true, columns: true, record_delimiter: "\r\n" }) as Array<Record<string, string>>;
    const mentorships = await database.dataSource.getRepository(Mentorship).countBy({ programId: northfield.firstYearProgramId });

    expect(result.exitCode).toBe(0);
    expect(records.filter((record) => record.record_type === "mentorship")).toHaveLength(mentorships);
  });

  it("writes a program found by id to standard output", async () => {
    const result = await run(["--program", northfield.firstYearProgramId]);

    expect(result.exitCode).toBe(0);
    expect(result.stdout.startsWith('\uFEFF"record_type","mentorship_id"')).toBe(true);
  });

  it("includes contact details", async () => {
    const result = await run(["--program", northfield.firstYearProgramId]);
    const records = parse(result.stdout, { bom: true, columns: true }) as Array<Record<string, string>>;

    expect(records.some((record) => record.record_type === "participant" && record.email !== "")).toBe(true);
  });

  it("writes every file of the import folder", async () => {
    const target = join(folder, "first-year");

    const result = await run(["--program", northfield.firstYearProgramId, "--folder", target]);

    expect(result.exitCode).toBe(0);
    expect(readdirSync(target).sort()).toEqual([...IMPORT_FILE_NAMES].sort());
  });

  it("exits with 2 for an unknown program", async () => {
    const result = await run(["--program", "No Such Program"]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/No program has the id or name "No Such Program"/);
  });

  it("exits with 2 without a program", async () => {
    const result = await run([]);

    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/Missing --program/);
  });
});
