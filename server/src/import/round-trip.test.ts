import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { In, type DataSource } from "typeorm";
import { StaffUser } from "../auth/staff-user.entity";
import { TenantScope } from "../common/tenant-scope";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { Participant } from "../participant/participant.entity";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { DEMO_FIXTURES } from "../seed/demo-fixtures";
import { seedDatabase } from "../seed/seed-database";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";
import { writeProgramFolder } from "../export/program-folder-export";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { importFolder, type ImportSummary } from "./import-folder";

const { northfield } = DEMO_FIXTURES;

type Snapshot = Record<string, string[]>;

function keyOf(row: { id: string; externalId?: string | null }): string {
  return row.externalId ?? row.id;
}

function instant(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

/**
 * Reads every row of one program with internal ids replaced by the keys an export writes
 * (external id, or internal id when there is none), so that two databases can be compared.
 */
async function snapshotProgram(dataSource: DataSource, programId: string): Promise<Snapshot> {
  const manager = dataSource.manager;
  const inProgram = { programId };
  const program = await manager.findOneByOrFail(Program, { id: programId });
  const [categories, definitions, participants, mentorships, surveys, responses, conversations, flags, staff] = await Promise.all([
    manager.findBy(FlagCategory, inProgram),
    manager.findBy(CustomAttributeDefinition, inProgram),
    manager.findBy(Participant, inProgram),
    manager.findBy(Mentorship, inProgram),
    manager.findBy(Survey, inProgram),
    manager.findBy(SurveyResponse, inProgram),
    manager.findBy(Conversation, inProgram),
    manager.findBy(PriorityFlag, inProgram),
    manager.findBy(StaffUser, { partnerId: program.partnerId }),
  ]);
  const participantIds = participants.map((row) => row.id);
  const [values, experiences, goals, questions, answers] = await Promise.all([
    manager.findBy(CustomAttributeValue, { participantId: In(participantIds) }),
    manager.findBy(ParticipantLifeExperience, { participantId: In(participantIds) }),
    manager.findBy(ParticipantGoal, { participantId: In(participantIds) }),
    manager.findBy(SurveyQuestion, { surveyId: In(surveys.map((row) => row.id)) }),
    manager.findBy(SurveyAnswer, { responseId: In(responses.map((row) => row.id)) }),
  ]);

  const keys = new Map<string, string>();
  for (const row of [...participants, ...mentorships, ...surveys, ...questions, ...responses]) {
    keys.set(row.id, keyOf(row));
  }
  categories.forEach((row) => keys.set(row.id, row.key));
  definitions.forEach((row) => keys.set(row.id, row.key));
  staff.forEach((row) => keys.set(row.id, row.email));
  const key = (id: string | null): string | null => (id === null ? null : (keys.get(id) ?? `unknown ${id}`));
  const sorted = (rows: object[]) => rows.map((row) => JSON.stringify(row)).sort();

  return {
    program: sorted([{ key: keyOf(program), name: program.name, description: program.description }]),
    flagCategories: sorted(categories.map(({ key: categoryKey, label }) => ({ categoryKey, label }))),
    definitions: sorted(definitions.map(({ id: _id, partnerId: _partnerId, programId: _programId, ...rest }) => rest)),
    participants: sorted(
      participants.map(({ id, partnerId: _partnerId, programId: _programId, externalId: _externalId, createdAt: _createdAt, updatedAt: _updatedAt, ...rest }) => ({
        key: key(id),
        ...rest,
      })),
    ),
    values: sorted(values.map((row) => ({ participant: key(row.participantId), definition: key(row.definitionId), value: row.value }))),
    experiences: sorted(experiences.map((row) => ({ participant: key(row.participantId), experience: row.experience }))),
    goals: sorted(goals.map((row) => ({ participant: key(row.participantId), position: row.position, goal: row.goal }))),
    mentorships: sorted(
      mentorships.map(({ id, partnerId: _partnerId, programId: _programId, externalId: _externalId, createdAt: _createdAt, updatedAt: _updatedAt, mentorId, menteeId, ...rest }) => ({
        key: key(id),
        mentor: key(mentorId),
        mentee: key(menteeId),
        ...rest,
      })),
    ),
    surveys: sorted(surveys.map((row) => ({ key: keyOf(row), type: row.type, title: row.title, wave: row.wave }))),
    questions: sorted(
      questions.map(({ id, partnerId: _partnerId, surveyId, externalId: _externalId, ...rest }) => ({ key: key(id), survey: key(surveyId), ...rest })),
    ),
    responses: sorted(
      responses.map((row) => ({
        key: keyOf(row),
        survey: key(row.surveyId),
        surveyType: row.surveyType,
        mentorship: key(row.mentorshipId),
        respondent: key(row.respondentId),
        respondentRole: row.respondentRole,
        submittedAt: instant(row.submittedAt),
      })),
    ),
    answers: sorted(
      answers.map(({ id: _id, partnerId: _partnerId, responseId, questionId, ...rest }) => ({ response: key(responseId), question: key(questionId), ...rest })),
    ),
    conversations: sorted(
      conversations.map(({ id, partnerId: _partnerId, programId: _programId, externalId, mentorshipId, surveyResponseId, occurredAt, ...rest }) => ({
        key: keyOf({ id, externalId }),
        mentorship: key(mentorshipId),
        surveyResponse: key(surveyResponseId),
        occurredAt: instant(occurredAt),
        ...rest,
      })),
    ),
    flags: sorted(
      flags.map((row) => ({
        key: keyOf(row),
        subject: key(row.subjectId),
        mentorship: key(row.mentorshipId),
        reportedBy: key(row.reportedById),
        reportedByRole: row.reportedByRole,
        channel: row.channel,
        category: key(row.categoryId),
        urgent: row.urgent,
        status: row.status,
        description: row.description,
        reportedAt: instant(row.reportedAt),
        firstResponseAt: instant(row.firstResponseAt),
        resolvedAt: instant(row.resolvedAt),
        assignee: key(row.assigneeId),
        resolutionReason: row.resolutionReason,
        resolutionNote: row.resolutionNote,
      })),
    ),
  };
}

describe("export and import round trip", () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let folder: string;
  let original: Snapshot;
  let imported: Snapshot;
  let firstImport: ImportSummary;

  beforeAll(async () => {
    source = await createTestDatabase();
    target = await createTestDatabase();
    folder = mkdtempSync(join(tmpdir(), "mentorlens-round-trip-"));
    await seedDatabase(source.dataSource, { scale: 0.05 });

    // Staff users belong to the partner, not to a program, so the empty database gets the same accounts first.
    await target.dataSource.getRepository(Partner).insert(await source.dataSource.getRepository(Partner).findOneByOrFail({ id: northfield.partnerId }));
    await target.dataSource.getRepository(StaffUser).insert(await source.dataSource.getRepository(StaffUser).findBy({ partnerId: northfield.partnerId }));

    const program = await source.dataSource.getRepository(Program).findOneByOrFail({ id: northfield.firstYearProgramId });
    await writeProgramFolder(new TenantScope(source.dataSource, northfield.partnerId), program, folder);
    firstImport = await importFolder(target.dataSource, { partnerSlug: northfield.slug, folder });

    const importedProgram = await target.dataSource.getRepository(Program).findOneByOrFail({ externalId: northfield.firstYearProgramId });
    original = await snapshotProgram(source.dataSource, northfield.firstYearProgramId);
    imported = await snapshotProgram(target.dataSource, importedProgram.id);
  }, 120_000);

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
    await source.destroy();
    await target.destroy();
  });

  it("exports a program that has rows of every kind", () => {
    const empty = Object.entries(original).filter(([, rows]) => rows.length === 0).map(([table]) => table);

    expect(empty).toEqual([]);
  });

  it.each([
    "program",
    "flagCategories",
    "definitions",
    "participants",
    "values",
    "experiences",
    "goals",
    "mentorships",
    "surveys",
    "questions",
    "responses",
    "answers",
    "conversations",
    "flags",
  ])("gives back the same %s", (table) => {
    expect(imported[table]).toEqual(original[table]);
  });

  it("leaves everything unchanged when the folder is imported again", async () => {
    const again = await importFolder(target.dataSource, { partnerSlug: northfield.slug, folder });

    expect(again.files.map((file) => [file.file, file.created, file.updated])).toEqual(firstImport.files.map((file) => [file.file, 0, 0]));
  });

  it("updates nothing when the export is imported into the database it came from", async () => {
    const summary = await importFolder(source.dataSource, { partnerSlug: northfield.slug, folder });

    expect(summary.files.filter((file) => file.created > 0 || file.updated > 0)).toEqual([]);
  });
});
