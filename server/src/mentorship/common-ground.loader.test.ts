import { newId } from "../common/ids";
import { currentRequestContext, runWithRequestContext } from "../common/request-context";
import { TenantScope } from "../common/tenant-scope";
import { LifeExperience } from "../participant/life-experience.enum";
import type { Program } from "../partner/program.entity";
import { QuestionKind, SurveyType, TestFactory } from "../test-support/factories";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { loadCommonGround } from "./common-ground.loader";
import type { Mentorship } from "./mentorship.entity";

describe("loadCommonGround", () => {
  let database: TestDatabase;
  let scope: TenantScope;
  let busy: Mentorship;
  let quiet: Mentorship;
  let separateSurveys: Mentorship;
  let foreign: Mentorship;

  beforeAll(async () => {
    database = await createTestDatabase();
    const factory = new TestFactory(database.dataSource);

    const partner = await factory.partner();
    const program = await factory.program(partner);
    scope = new TenantScope(database.dataSource, partner.id);

    const mentor = await factory.mentor(program);
    const mentee = await factory.mentee(program);
    busy = await factory.mentorship(program, mentor, mentee);
    const quietMentee = await factory.mentee(program);
    quiet = await factory.mentorship(program, await factory.mentor(program), quietMentee);

    await factory.lifeExperiences(mentor, [LifeExperience.VETERAN, LifeExperience.PARENT, LifeExperience.TRANSFER_STUDENT]);
    await factory.lifeExperiences(mentee, [LifeExperience.TRANSFER_STUDENT, LifeExperience.PARENT]);
    // The quiet mentee shares an experience with the busy mentor only, which must not count for either pair.
    await factory.lifeExperiences(quietMentee, [LifeExperience.VETERAN]);

    const matching = await factory.survey(program, SurveyType.MATCHING, [
      { prompt: "Interests", kind: QuestionKind.MULTIPLE_CHOICE, comparable: true },
      { prompt: "How often to meet", kind: QuestionKind.SINGLE_CHOICE },
    ]);
    const [interests, frequency] = matching.questions;
    // The mentor answered before the match, so that response concerns no mentorship.
    await factory.response(matching.survey, mentor, {
      mentorship: null,
      submittedAt: new Date("2025-08-01T10:00:00.000Z"),
      answers: [
        [interests, { choices: ["Music", "Chess", "Art"] }],
        [frequency, { choices: ["Weekly"] }],
      ],
    });
    await factory.response(matching.survey, mentee, {
      mentorship: busy,
      submittedAt: new Date("2025-08-02T10:00:00.000Z"),
      answers: [
        [interests, { choices: ["Art", "Music", "Hiking"] }],
        [frequency, { choices: ["Weekly"] }],
      ],
    });

    const college = await factory.customAttributeDefinition(program, { key: "college", label: "College", comparable: true, position: 1 });
    const club = await factory.customAttributeDefinition(program, { key: "club", label: "Club", comparable: true, position: 2 });
    const advisor = await factory.customAttributeDefinition(program, { key: "advisor", label: "Advisor", position: 3 });
    await factory.customAttributeValue(mentor, college, "Engineering");
    await factory.customAttributeValue(mentee, college, "Engineering");
    await factory.customAttributeValue(mentor, club, "Chess");
    await factory.customAttributeValue(mentee, club, "chess");
    await factory.customAttributeValue(mentor, advisor, "Dr. Lee");
    await factory.customAttributeValue(mentee, advisor, "Dr. Lee");

    separateSurveys = await plantSeparateSurveysPair(factory, program);

    const otherPartner = await factory.partner();
    const otherProgram = await factory.program(otherPartner);
    const foreignMentor = await factory.mentor(otherProgram);
    const foreignMentee = await factory.mentee(otherProgram);
    foreign = await factory.mentorship(otherProgram, foreignMentor, foreignMentee);
    await factory.lifeExperiences(foreignMentor, [LifeExperience.PARENT]);
    await factory.lifeExperiences(foreignMentee, [LifeExperience.PARENT]);
  });

  afterAll(async () => {
    await database.destroy();
  });

  it("lists common ground by kind", async () => {
    const [commonGround] = await loadCommonGround(scope, [busy.id]);

    // Shared options follow the mentor's order. "Chess" and "chess" differ, and the advisor is not comparable.
    expect(commonGround).toEqual([
      { kind: "LIFE_EXPERIENCE", label: "Transfer student", value: null },
      { kind: "LIFE_EXPERIENCE", label: "Parent", value: null },
      { kind: "CHARACTERISTIC", label: "Interests", value: "Music" },
      { kind: "CHARACTERISTIC", label: "Interests", value: "Art" },
      { kind: "CUSTOM_ATTRIBUTE", label: "College", value: "Engineering" },
    ]);
  });

  it("keeps each pair's common ground apart", async () => {
    const [, quietCommonGround] = await loadCommonGround(scope, [busy.id, quiet.id]);

    expect(quietCommonGround).toEqual([]);
  });

  it("matches questions of separate surveys by prompt", async () => {
    const [commonGround] = await loadCommonGround(scope, [separateSurveys.id]);

    // "Art" is also shared with the mentee's answer about an earlier pair, which does not count here.
    expect(commonGround).toEqual([
      { kind: "CHARACTERISTIC", label: "Interests", value: "Hiking" },
      { kind: "CHARACTERISTIC", label: "Interests", value: "Chess" },
    ]);
  });

  it("returns nothing for another partner's pair", async () => {
    const [foreignCommonGround] = await loadCommonGround(scope, [foreign.id]);

    expect(foreignCommonGround).toEqual([]);
  });

  it("runs three statements for any number of pairs", async () => {
    async function countStatements(ids: string[]): Promise<number> {
      return runWithRequestContext(newId("mentorship"), async () => {
        await loadCommonGround(scope, ids);

        return currentRequestContext()?.sqlStatements ?? -1;
      });
    }

    const forOnePair = await countStatements([busy.id]);
    const forFourPairs = await countStatements([busy.id, quiet.id, separateSurveys.id, foreign.id]);

    expect(forOnePair).toBe(3);
    expect(forFourPairs).toBe(3);
  });
});

/**
 * Plants a pair whose mentor and mentee answered separate matching surveys that ask the same
 * comparable question; the mentee also answered about an earlier pair.
 */
async function plantSeparateSurveysPair(factory: TestFactory, program: Program): Promise<Mentorship> {
  const mentor = await factory.mentor(program);
  const mentee = await factory.mentee(program);
  const earlierPair = await factory.mentorship(program, await factory.mentor(program), mentee, { matchedOn: "2024-02-01" });
  const mentorship = await factory.mentorship(program, mentor, mentee);

  const mentorSurvey = await factory.survey(program, SurveyType.MATCHING, [{ prompt: "Interests", kind: QuestionKind.MULTIPLE_CHOICE, comparable: true }]);
  const menteeSurvey = await factory.survey(program, SurveyType.MATCHING, [{ prompt: "Interests", kind: QuestionKind.MULTIPLE_CHOICE, comparable: true }]);
  await factory.response(mentorSurvey.survey, mentor, {
    mentorship,
    submittedAt: new Date("2024-08-20T10:00:00.000Z"),
    answers: [[mentorSurvey.questions[0], { choices: ["Hiking", "Art", "Chess"] }]],
  });
  await factory.response(menteeSurvey.survey, mentee, {
    mentorship: earlierPair,
    submittedAt: new Date("2024-01-20T10:00:00.000Z"),
    answers: [[menteeSurvey.questions[0], { choices: ["Art"] }]],
  });
  await factory.response(menteeSurvey.survey, mentee, {
    mentorship,
    submittedAt: new Date("2024-08-21T10:00:00.000Z"),
    answers: [[menteeSurvey.questions[0], { choices: ["Chess", "Hiking"] }]],
  });

  return mentorship;
}
