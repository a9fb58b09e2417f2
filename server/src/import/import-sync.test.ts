import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { StaffUser } from "../auth/staff-user.entity";
import { plantPartner, plantStaffUser } from "../export/test-support";
import { Mentorship } from "../mentorship/mentorship.entity";
import { Participant } from "../participant/participant.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { instantAfterEarlierWrites } from "../sync/sync-test-support";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";
import { runImportCommand } from "./import-command";
import { importFolder } from "./import-folder";
import { copyExampleFolder, databaseFingerprint, EXAMPLE_FOLDER, editFile } from "./import-test-support";

interface ChangedPage {
  edges: Array<{ node: { id: string } }>;
}

interface TombstonePage {
  edges: Array<{ node: { recordType: string; recordId: string } }>;
}

/** Removes the line of a file that starts with `start`; fails when there is none. */
function removeLine(folder: string, file: string, start: string): void {
  const path = join(folder, file);
  const lines = readFileSync(path, "utf8").split("\n");
  const kept = lines.filter((line) => !line.startsWith(start));
  if (kept.length !== lines.length - 1) {
    throw new Error(`${file} has no single line starting with ${JSON.stringify(start)}`);
  }
  writeFileSync(path, kept.join("\n"));
}

describe("an import, as a syncing client sees it", () => {
  let server: TestServer;
  let staff: StaffUser;
  let viewer: GraphQLClient;
  const folders: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const partner = await plantPartner(server.dataSource, { slug: "sync-college" });
    staff = await plantStaffUser(server.dataSource, partner);
    viewer = server.signIn(staff);
    await importFolder(server.dataSource, { partnerSlug: "sync-college", folder: EXAMPLE_FOLDER });
  });

  afterAll(async () => {
    folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
    await server.close();
  });

  function exampleCopy(): string {
    const folder = copyExampleFolder();
    folders.push(folder);

    return folder;
  }

  async function changedSince(field: "surveyResponses" | "participants", since: Date): Promise<string[]> {
    const result = await viewer.graphql<Record<string, ChangedPage>>(
      `query ($since: DateTimeISO!) { ${field}(first: 100, filter: { updatedSince: $since }) { edges { node { id } } } }`,
      { since: since.toISOString() },
    );
    expect(result.body.errors).toBeUndefined();

    return result.body.data![field].edges.map((edge) => edge.node.id);
  }

  async function tombstonesSince(since: Date): Promise<Array<[string, string]>> {
    const result = await viewer.graphql<{ deletedRecords: TombstonePage }>(
      `query ($since: DateTimeISO!) { deletedRecords(since: $since, first: 100) { edges { node { recordType recordId } } } }`,
      { since: since.toISOString() },
    );
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.deletedRecords.edges.map((edge) => [edge.node.recordType, edge.node.recordId]);
  }

  it("lists the survey response of a changed answer as updated", async () => {
    const folder = exampleCopy();
    editFile(folder, "survey_answers.csv", "SPRING-26,R-001,MQ1,Weekly", "SPRING-26,R-001,MQ1,Monthly");
    const response = await server.dataSource.getRepository(SurveyResponse).findOneByOrFail({ externalId: "R-001" });
    const since = instantAfterEarlierWrites();

    const summary = await importFolder(server.dataSource, { partnerSlug: "sync-college", folder });

    expect(summary.files.find((file) => file.file === "survey_answers.csv")?.updated).toBe(1);
    expect(await changedSince("surveyResponses", since)).toEqual([response.id]);
  });

  it("lists the participant of a changed goal as updated", async () => {
    const folder = exampleCopy();
    editFile(folder, "goals.csv", "SPRING-26,S-101,1,Explore careers", "SPRING-26,S-101,1,Find an internship");
    const mentee = await server.dataSource.getRepository(Participant).findOneByOrFail({ externalId: "S-101" });
    const since = instantAfterEarlierWrites();

    await importFolder(server.dataSource, { partnerSlug: "sync-college", folder });

    expect(await changedSince("participants", since)).toEqual([mentee.id]);
  });

  describe("with --delete-missing", () => {
    let folder: string;

    beforeAll(() => {
      folder = exampleCopy();
      removeLine(folder, "mentorships.csv", "SPRING-26,PAIR-06,");
    });

    it("lists the deletions on a dry run and deletes nothing", async () => {
      const before = await databaseFingerprint(server.dataSource);

      const summary = await importFolder(server.dataSource, { partnerSlug: "sync-college", folder, dryRun: true, deleteMissing: true });

      expect(summary.files.find((file) => file.file === "mentorships.csv")).toMatchObject({ deleted: 1, deletedExternalIds: ["PAIR-06"] });
      expect(await databaseFingerprint(server.dataSource)).toEqual(before);
    });

    it("deletes nothing without the option", async () => {
      const summary = await importFolder(server.dataSource, { partnerSlug: "sync-college", folder });

      expect(summary.files.every((file) => file.deleted === 0)).toBe(true);
      expect(await server.dataSource.getRepository(Mentorship).countBy({ externalId: "PAIR-06" })).toBe(1);
    });

    it("deletes the mentorship the folder left out and leaves a tombstone", async () => {
      const pair = await server.dataSource.getRepository(Mentorship).findOneByOrFail({ externalId: "PAIR-06" });
      const since = instantAfterEarlierWrites();
      const output: string[] = [];

      const exitCode = await runImportCommand(server.dataSource, ["--partner", "sync-college", "--delete-missing", folder], {
        stdout: (text) => output.push(text),
        stderr: { write: () => undefined, isTTY: false },
      });

      expect(exitCode).toBe(0);
      expect(output.join("")).toMatch(/mentorships\.csv\s+0 created, 0 updated, 5 unchanged, 1 deleted/);
      expect(await server.dataSource.getRepository(Mentorship).countBy({ externalId: "PAIR-06" })).toBe(0);
      expect(await tombstonesSince(since)).toEqual([["MENTORSHIP", pair.id]]);
    });

    it("rejects a row that refers to a row it would delete", async () => {
      const broken = exampleCopy();
      removeLine(broken, "participants.csv", "SPRING-26,S-105,");

      await expect(importFolder(server.dataSource, { partnerSlug: "sync-college", folder: broken, deleteMissing: true })).rejects.toMatchObject({
        problems: expect.arrayContaining([expect.objectContaining({ file: "mentorships.csv", column: "mentee", value: "S-105" })]),
      });
    });
  });
});

describe("the JSON report of a dry run", () => {
  it("says the folder was validated", async () => {
    const server = await startTestServer();
    await plantPartner(server.dataSource, { slug: "report-college" });
    const reportFolder = copyExampleFolder();
    const reportPath = join(reportFolder, "report.json");

    const exitCode = await runImportCommand(server.dataSource, ["--partner", "report-college", "--dry-run", "--report-json", reportPath, EXAMPLE_FOLDER], {
      stdout: () => undefined,
      stderr: { write: () => undefined, isTTY: false },
    });

    expect(exitCode).toBe(0);
    expect(JSON.parse(readFileSync(reportPath, "utf8"))).toMatchObject({ status: "validated", dryRun: true });
    rmSync(reportFolder, { recursive: true, force: true });
    await server.close();
  });
});
