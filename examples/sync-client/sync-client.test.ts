import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApiToken } from "../../server/src/api-token/api-token.service";
import { StaffRole } from "../../server/src/auth/staff-role.enum";
import { PriorityFlag } from "../../server/src/flag/priority-flag.entity";
import { Participant } from "../../server/src/participant/participant.entity";
import { createGeneratedPair, createProgramSetup, type GeneratedPair, type ProgramSetup } from "../../server/src/test-support/program-fixture";
import { startTestServer, type TestServer } from "../../server/src/test-support/test-server";
import { runSync, type SyncOptions } from "./sync-client";

function readLines(runDir: string, file: string): Array<Record<string, unknown>> {
  try {
    return readFileSync(join(runDir, file), "utf8")
      .split("\n")
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return [];
    }
    throw error;
  }
}

describe("example sync client", () => {
  let server: TestServer;
  let setup: ProgramSetup;
  let pairs: GeneratedPair[];
  let folder: string;
  let options: SyncOptions;

  beforeAll(async () => {
    server = await startTestServer();
    setup = await createProgramSetup(server.factory, await server.factory.partner());
    pairs = [
      await createGeneratedPair(setup, { postSessionResponses: 1, conversations: 1, flags: 2 }),
      await createGeneratedPair(setup, { postSessionResponses: 2, conversations: 0, flags: 1 }),
    ];
    // Another partner's rows must never reach the files.
    const other = await createProgramSetup(server.factory, await server.factory.partner());
    await createGeneratedPair(other, { postSessionResponses: 1, conversations: 1, flags: 1 });

    folder = mkdtempSync(join(tmpdir(), "mentorlens-sync-"));
    // An integration syncs with a read-only token, as docs/sync.md describes.
    const { token } = await createApiToken(server.dataSource, { partnerSlug: setup.partner.slug, role: StaffRole.INTEGRATION, name: "Sync example", grants: [] });
    options = {
      endpoint: `${server.baseUrl}/graphql`,
      headers: { authorization: `Bearer ${token}` },
      stateFile: join(folder, "state.json"),
      outputDir: folder,
      pageSize: 2,
    };
  });

  afterAll(async () => {
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("copies everything first, then only what changed between runs", async () => {
    const first = await runSync(options);

    const changedParticipant = pairs[0].mentee;
    await server.dataSource.getRepository(Participant).update(changedParticipant.id, { preferredName: "Sam" });
    const newFlag = await server.factory.flag(pairs[1].mentorship, setup.categories.academics, { updatedAt: new Date() });
    const flags = server.dataSource.getRepository(PriorityFlag);
    await flags.remove(await flags.findOneByOrFail({ id: pairs[0].flags[0].id }));

    const second = await runSync(options);

    expect(readLines(first.runDir, "participants.jsonl")).toHaveLength(4);
    expect(readLines(first.runDir, "mentorships.jsonl")).toHaveLength(2);
    expect(readLines(first.runDir, "surveyResponses.jsonl")).toHaveLength(11);
    expect(readLines(first.runDir, "priorityFlags.jsonl")).toHaveLength(3);
    expect(readLines(first.runDir, "deletions.jsonl")).toEqual([]);

    expect(readLines(second.runDir, "participants.jsonl").map((row) => [row.id, row.preferredName])).toEqual([[changedParticipant.id, "Sam"]]);
    expect(readLines(second.runDir, "mentorships.jsonl")).toEqual([]);
    expect(readLines(second.runDir, "surveyResponses.jsonl")).toEqual([]);
    expect(readLines(second.runDir, "priorityFlags.jsonl").map((row) => row.id)).toEqual([newFlag.id]);
    expect(readLines(second.runDir, "deletions.jsonl").map((row) => [row.recordType, row.recordId])).toEqual([["PRIORITY_FLAG", pairs[0].flags[0].id]]);
  });

  it("keeps the high-water mark from the server's stamps", () => {
    const state = JSON.parse(readFileSync(options.stateFile, "utf8")) as { highWaterMark: string };

    expect(Date.parse(state.highWaterMark)).toBeGreaterThan(Date.parse("2025-01-01T00:00:00Z"));
  });

  it("fails without touching the state when the server rejects the request", async () => {
    const before = readFileSync(options.stateFile, "utf8");

    await expect(runSync({ ...options, headers: {} })).rejects.toThrow(/UNAUTHENTICATED/);

    expect(readFileSync(options.stateFile, "utf8")).toBe(before);
  });
});
