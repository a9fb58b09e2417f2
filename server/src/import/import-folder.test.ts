import { rmSync } from "node:fs";
import { Conversation } from "../conversation/conversation.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { Mentorship } from "../mentorship/mentorship.entity";
import { Participant } from "../participant/participant.entity";
import type { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { plantPartner } from "../export/test-support";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { importFolder, type ImportSummary } from "./import-folder";
import { ImportValidationError } from "./import-problem";
import { copyExampleFolder, databaseFingerprint, EXAMPLE_FOLDER, editFile, replaceEverywhere } from "./import-test-support";

function totals(summary: ImportSummary): { created: number; updated: number; unchanged: number } {
  return summary.files.reduce(
    (sum, file) => ({ created: sum.created + file.created, updated: sum.updated + file.updated, unchanged: sum.unchanged + file.unchanged }),
    { created: 0, updated: 0, unchanged: 0 },
  );
}

function countsOf(summary: ImportSummary, file: string): { created: number; updated: number; unchanged: number } {
  const found = summary.files.find((entry) => entry.file === file);
  if (!found) {
    throw new Error(`No summary for ${file}`);
  }

  return { created: found.created, updated: found.updated, unchanged: found.unchanged };
}

describe("importFolder", () => {
  let database: TestDatabase;
  let partner: Partner;
  let folder: string;
  let firstImport: ImportSummary;

  beforeAll(async () => {
    database = await createTestDatabase();
    partner = await plantPartner(database.dataSource, { slug: "example-college" });
    folder = copyExampleFolder();
    firstImport = await importFolder(database.dataSource, { partnerSlug: "example-college", folder: EXAMPLE_FOLDER });
  });

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await database.destroy();
  });

  describe("of the example folder", () => {
    it("creates every row and updates none", () => {
      expect(totals(firstImport).updated).toBe(0);
      expect(totals(firstImport).unchanged).toBe(0);
      expect(countsOf(firstImport, "participants.csv").created).toBe(24);
      expect(countsOf(firstImport, "mentorships.csv").created).toBe(6);
      expect(countsOf(firstImport, "survey_answers.csv").created).toBe(16);
      expect(countsOf(firstImport, "priority_flags.csv").created).toBe(3);
    });

    it("stores the rows under the partner", async () => {
      const programs = await database.dataSource.getRepository(Program).findBy({ partnerId: partner.id });
      const participants = await database.dataSource.getRepository(Participant).countBy({ partnerId: partner.id });

      expect(programs.map((program) => program.externalId)).toEqual(["SPRING-26"]);
      expect(participants).toBe(24);
    });

    it("keeps non-Latin names", async () => {
      const mentee = await database.dataSource.getRepository(Participant).findOneByOrFail({ externalId: "S-106" });

      expect([mentee.firstName, mentee.lastName, mentee.preferredName]).toEqual(["Александр", "Иванов", "Sasha"]);
    });

    it("keeps commas, quotes and line breaks in text", async () => {
      const mentorship = await database.dataSource.getRepository(Mentorship).findOneByOrFail({ externalId: "PAIR-04" });

      expect(mentorship.unmatchNote).toBe('Mentor moved abroad for a "temporary" assignment, and asked to pause;\nthe mentee agreed.');
    });

    it("links conversations, answers and flags", async () => {
      const conversation = await database.dataSource.getRepository(Conversation).findOneByOrFail({ externalId: "C-001" });
      const pair = await database.dataSource.getRepository(Mentorship).findOneByOrFail({ externalId: "PAIR-01" });
      const flag = await database.dataSource.getRepository(PriorityFlag).findOneByOrFail({ externalId: "F-001" });
      const answers = await database.dataSource.getRepository(SurveyAnswer).countBy({ partnerId: partner.id });

      expect(conversation.mentorshipId).toBe(pair.id);
      expect(conversation.topics).toEqual(["Course selection", "Study habits"]);
      expect(flag.urgent).toBe(true);
      expect(answers).toBe(16);
    });
  });

  describe("repeated", () => {
    it("creates and updates nothing", async () => {
      const before = await databaseFingerprint(database.dataSource);

      const summary = await importFolder(database.dataSource, { partnerSlug: "example-college", folder: EXAMPLE_FOLDER });

      expect(totals(summary).created).toBe(0);
      expect(totals(summary).updated).toBe(0);
      expect(totals(summary).unchanged).toBe(totals(firstImport).created);
      expect(await databaseFingerprint(database.dataSource)).toEqual(before);
    });

    it("updates exactly the one changed row", async () => {
      editFile(folder, "participants.csv", "Amara,Okafor", "Amara,Okafor-Adeyemi");

      const summary = await importFolder(database.dataSource, { partnerSlug: "example-college", folder });
      const mentor = await database.dataSource.getRepository(Participant).findOneByOrFail({ externalId: "M-001" });

      expect(totals(summary).created).toBe(0);
      expect(totals(summary).updated).toBe(1);
      expect(countsOf(summary, "participants.csv")).toEqual({ created: 0, updated: 1, unchanged: 23 });
      expect(mentor.lastName).toBe("Okafor-Adeyemi");
    });

    it("writes nothing on a dry run", async () => {
      editFile(folder, "participants.csv", "Diego,Hernández", "Diego,Hernández Soto");
      const before = await databaseFingerprint(database.dataSource);

      const summary = await importFolder(database.dataSource, { partnerSlug: "example-college", folder, dryRun: true });

      expect(countsOf(summary, "participants.csv").updated).toBe(1);
      expect(await databaseFingerprint(database.dataSource)).toEqual(before);
    });
  });

  describe("atomicity", () => {
    it("leaves the database unchanged when a statement fails midway", async () => {
      const failing = copyExampleFolder();
      for (const file of ["programs.csv", "flag_categories.csv", "custom_attributes.csv", "participants.csv", "participant_attributes.csv", "life_experiences.csv", "goals.csv", "mentorships.csv", "surveys.csv", "survey_questions.csv", "survey_responses.csv", "survey_answers.csv", "conversations.csv", "priority_flags.csv"]) {
        replaceEverywhere(failing, file, "SPRING-26,", "FALL-26,");
      }
      const before = await databaseFingerprint(database.dataSource);

      // After the mentorships are written, a duplicate partner slug makes the database reject a statement.
      const attempt = importFolder(database.dataSource, {
        partnerSlug: "example-college",
        folder: failing,
        afterBatch: async (manager, table) => {
          if (table.file === "mentorships.csv") {
            await manager.query(`INSERT INTO partner (id, slug, name, "createdAt") VALUES ('ptr_${"0".repeat(32)}', 'example-college', 'Copy', CURRENT_TIMESTAMP)`);
          }
        },
      });

      await expect(attempt).rejects.toThrow(/unique/i);
      expect(await databaseFingerprint(database.dataSource)).toEqual(before);
      rmSync(failing, { recursive: true, force: true });
    });
  });

  it("rejects an unknown partner", async () => {
    await expect(importFolder(database.dataSource, { partnerSlug: "no-such-partner", folder: EXAMPLE_FOLDER })).rejects.toThrow(
      'No partner has the slug "no-such-partner"',
    );
  });

  it("reports problems as an ImportValidationError", async () => {
    const broken = copyExampleFolder();
    editFile(broken, "participants.csv", "MENTOR,Amara", "COACH,Amara");

    await expect(importFolder(database.dataSource, { partnerSlug: "example-college", folder: broken })).rejects.toBeInstanceOf(ImportValidationError);
    rmSync(broken, { recursive: true, force: true });
  });
});
