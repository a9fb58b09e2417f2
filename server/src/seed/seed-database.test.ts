import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { verifyPassword } from "../auth/password";
import { StaffUser } from "../auth/staff-user.entity";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlagEvent } from "../flag/priority-flag-event.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { Participant } from "../participant/participant.entity";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { countDemoRows, generateDemoData, type DemoData } from "./demo-data";
import { DEMO_FIXTURES, DEMO_PASSWORD, DEMO_TRICKY_TEXTS } from "./demo-fixtures";
import { isDatabaseEmpty, seedDatabase } from "./seed-database";

const SCALE = 0.05;

/** Seed of the second, resetting run; later tests read the rows it left. */
const RESEED = 99;

const TABLES: Record<keyof DemoData, EntityTarget<ObjectLiteral>> = {
  partners: Partner,
  programs: Program,
  staffUsers: StaffUser,
  flagCategories: FlagCategory,
  customAttributeDefinitions: CustomAttributeDefinition,
  participants: Participant,
  participantLifeExperiences: ParticipantLifeExperience,
  participantGoals: ParticipantGoal,
  customAttributeValues: CustomAttributeValue,
  mentorships: Mentorship,
  surveys: Survey,
  surveyQuestions: SurveyQuestion,
  surveyResponses: SurveyResponse,
  surveyAnswers: SurveyAnswer,
  conversations: Conversation,
  priorityFlags: PriorityFlag,
  priorityFlagEvents: PriorityFlagEvent,
};

async function countRowsInDatabase(dataSource: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [key, entity] of Object.entries(TABLES)) {
    counts[key] = await dataSource.getRepository(entity).count();
  }

  return counts;
}

describe("seedDatabase", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.destroy();
  });

  test("fresh database is empty", async () => {
    const empty = await isDatabaseEmpty(database.dataSource);

    expect(empty).toBe(true);
  });

  test("inserts every generated row", async () => {
    const expected = countDemoRows(generateDemoData({ scale: SCALE }));

    const summary = await seedDatabase(database.dataSource, { scale: SCALE });
    const stored = await countRowsInDatabase(database.dataSource);

    expect(summary.counts).toEqual(expected);
    expect(stored).toEqual(expected);
    expect(await isDatabaseEmpty(database.dataSource)).toBe(false);
  });

  test("rejects a second seed without reset", async () => {
    const attempt = seedDatabase(database.dataSource, { scale: SCALE });

    await expect(attempt).rejects.toThrow("already contains data");
  });

  test("reset replaces the existing rows", async () => {
    const expected = countDemoRows(generateDemoData({ scale: SCALE, seed: RESEED }));

    await seedDatabase(database.dataSource, { scale: SCALE, seed: RESEED, reset: true });
    const stored = await countRowsInDatabase(database.dataSource);

    expect(stored).toEqual(expected);
  });

  test("staff passwords verify", async () => {
    const admin = await database.dataSource.getRepository(StaffUser).findOneByOrFail({ email: DEMO_FIXTURES.northfield.adminEmail });

    const valid = await verifyPassword(DEMO_PASSWORD, admin.passwordHash);

    expect(valid).toBe(true);
  });

  test("dates and instants round-trip", async () => {
    const fixture = DEMO_FIXTURES.hardCasePair;

    const mentorship = await database.dataSource.getRepository(Mentorship).findOneByOrFail({ id: fixture.mentorshipId });

    expect(mentorship.matchedOn).toBe(fixture.matchedOn);
    expect(mentorship.createdAt.toISOString()).toBe(fixture.createdAt);
  });

  test("awkward texts round-trip unchanged", async () => {
    const answers = await database.dataSource.getRepository(SurveyAnswer).find({ select: { textValue: true } });
    const texts = answers.map((answer) => answer.textValue);

    for (const text of Object.values(DEMO_TRICKY_TEXTS).filter((value) => value !== DEMO_TRICKY_TEXTS.unmatchNote)) {
      expect(texts).toContain(text);
    }
  });

  test("names in other scripts round-trip unchanged", async () => {
    const participant = await database.dataSource.getRepository(Participant).findOneByOrFail({ id: DEMO_FIXTURES.largePair.mentorId });

    expect(participant).toMatchObject(DEMO_FIXTURES.largePair.mentor);
  });

  test("choice lists and booleans round-trip", async () => {
    const generated = generateDemoData({ scale: SCALE, seed: RESEED });
    const sample = generated.surveyAnswers.find((answer) => (answer.choiceValues?.length ?? 0) > 1);
    const urgentFlag = generated.priorityFlags.find((flag) => flag.urgent);

    const storedAnswer = await database.dataSource.getRepository(SurveyAnswer).findOneByOrFail({ id: sample?.id });
    const storedFlag = await database.dataSource.getRepository(PriorityFlag).findOneByOrFail({ id: urgentFlag?.id });

    expect(storedAnswer.choiceValues).toEqual(sample?.choiceValues);
    expect(storedFlag.urgent).toBe(true);
  });
});
