import { newId } from "../common/ids";
import { currentRequestContext, runWithRequestContext } from "../common/request-context";
import { TenantScope } from "../common/tenant-scope";
import { ConversationSource } from "../conversation/conversation-enums";
import {
  plantAttributeDefinition,
  plantAttributeValue,
  plantConversation,
  plantFlag,
  plantFlagCategory,
  plantGoals,
  plantLifeExperiences,
  plantMentorship,
  plantParticipant,
  plantPartner,
  plantProgram,
  plantQuestion,
  plantResponse,
  plantSurvey,
} from "../export/test-support";
import { FlagStatus } from "../flag/flag-enums";
import { LifeExperience } from "../participant/life-experience.enum";
import { ParticipantRole } from "../participant/participant-role.enum";
import { QuestionKind, SurveyType } from "../survey/survey-enums";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import type { Mentorship } from "./mentorship.entity";
import { loadRelevantInfo } from "./relevant-info.queries";

describe("loadRelevantInfo", () => {
  let database: TestDatabase;
  let scope: TenantScope;
  let busy: Mentorship;
  let quiet: Mentorship;
  let foreign: Mentorship;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { dataSource } = database;

    const partner = await plantPartner(dataSource);
    const program = await plantProgram(dataSource, partner);
    scope = new TenantScope(dataSource, partner.id);

    const mentor = await plantParticipant(dataSource, program, ParticipantRole.MENTOR);
    const mentee = await plantParticipant(dataSource, program, ParticipantRole.MENTEE);
    busy = await plantMentorship(dataSource, program, mentor, mentee);
    const quietMentor = await plantParticipant(dataSource, program, ParticipantRole.MENTOR);
    const quietMentee = await plantParticipant(dataSource, program, ParticipantRole.MENTEE);
    quiet = await plantMentorship(dataSource, program, quietMentor, quietMentee);

    await plantConversation(dataSource, busy, { occurredAt: new Date("2026-01-05T10:00:00.000Z"), source: ConversationSource.BACKFILL });
    await plantConversation(dataSource, busy, { occurredAt: new Date("2026-03-01T23:58:00.000Z"), source: ConversationSource.POST_SESSION_SURVEY });
    await plantConversation(dataSource, busy, { occurredAt: new Date("2026-02-01T10:00:00.000Z"), source: ConversationSource.CHECK_IN });
    await plantConversation(dataSource, quiet, { occurredAt: new Date("2026-04-01T10:00:00.000Z") });

    const category = await plantFlagCategory(dataSource, program);
    for (const status of [FlagStatus.OPEN, FlagStatus.IN_PROGRESS, FlagStatus.RESOLVED, FlagStatus.RESOLVED]) {
      await plantFlag(dataSource, busy, category, { status });
    }

    await plantGoals(dataSource, mentee, ["Build a network", "Explore careers", "Academic success"]);
    await plantGoals(dataSource, quietMentee, ["Find an internship"]);

    await plantLifeExperiences(dataSource, mentor, [LifeExperience.VETERAN, LifeExperience.PARENT, LifeExperience.TRANSFER_STUDENT]);
    await plantLifeExperiences(dataSource, mentee, [LifeExperience.TRANSFER_STUDENT, LifeExperience.PARENT]);
    // The quiet mentee shares an experience with the busy mentor only, which must not count for either pair.
    await plantLifeExperiences(dataSource, quietMentee, [LifeExperience.VETERAN]);

    const matching = await plantSurvey(dataSource, program, SurveyType.MATCHING);
    const interests = await plantQuestion(dataSource, matching, { position: 1, prompt: "Interests", kind: QuestionKind.MULTIPLE_CHOICE, comparable: true });
    const frequency = await plantQuestion(dataSource, matching, { position: 2, prompt: "How often to meet", kind: QuestionKind.SINGLE_CHOICE });
    await plantResponse(dataSource, matching, mentor, null, new Date("2025-08-01T10:00:00.000Z"), [
      [interests, { choices: ["Music", "Chess", "Art"] }],
      [frequency, { choices: ["Weekly"] }],
    ]);
    await plantResponse(dataSource, matching, mentee, busy, new Date("2025-08-02T10:00:00.000Z"), [
      [interests, { choices: ["Art", "Music", "Hiking"] }],
      [frequency, { choices: ["Weekly"] }],
    ]);

    const college = await plantAttributeDefinition(dataSource, program, { key: "college", label: "College", comparable: true, position: 1 });
    const club = await plantAttributeDefinition(dataSource, program, { key: "club", label: "Club", comparable: true, position: 2 });
    const advisor = await plantAttributeDefinition(dataSource, program, { key: "advisor", label: "Advisor", position: 3 });
    await plantAttributeValue(dataSource, mentor, college, "Engineering");
    await plantAttributeValue(dataSource, mentee, college, "Engineering");
    await plantAttributeValue(dataSource, mentor, club, "Chess");
    await plantAttributeValue(dataSource, mentee, club, "chess");
    await plantAttributeValue(dataSource, mentor, advisor, "Dr. Lee");
    await plantAttributeValue(dataSource, mentee, advisor, "Dr. Lee");

    const otherPartner = await plantPartner(dataSource);
    const otherProgram = await plantProgram(dataSource, otherPartner);
    foreign = await plantMentorship(
      dataSource,
      otherProgram,
      await plantParticipant(dataSource, otherProgram, ParticipantRole.MENTOR),
      await plantParticipant(dataSource, otherProgram, ParticipantRole.MENTEE),
    );
    await plantConversation(dataSource, foreign);
  });

  afterAll(async () => {
    await database.destroy();
  });

  it("counts conversations of every source", async () => {
    const info = await loadRelevantInfo(scope, [busy.id, quiet.id]);

    expect(info.get(busy.id)?.conversationCount).toBe(3);
    expect(info.get(quiet.id)?.conversationCount).toBe(1);
  });

  it("finds the latest conversation per pair", async () => {
    const info = await loadRelevantInfo(scope, [busy.id, quiet.id]);

    expect(info.get(busy.id)?.lastConversationAt?.toISOString()).toBe("2026-03-01T23:58:00.000Z");
    expect(info.get(quiet.id)?.lastConversationAt?.toISOString()).toBe("2026-04-01T10:00:00.000Z");
  });

  it("counts unresolved flags as open", async () => {
    const info = await loadRelevantInfo(scope, [busy.id]);

    expect(info.get(busy.id)?.priorityFlagCount).toBe(4);
    expect(info.get(busy.id)?.openPriorityFlagCount).toBe(2);
  });

  it("returns mentee goals in chosen order", async () => {
    const info = await loadRelevantInfo(scope, [busy.id, quiet.id]);

    expect(info.get(busy.id)?.menteeGoals).toEqual(["Build a network", "Explore careers", "Academic success"]);
    expect(info.get(quiet.id)?.menteeGoals).toEqual(["Find an internship"]);
  });

  it("lists common ground by kind", async () => {
    const info = await loadRelevantInfo(scope, [busy.id, quiet.id]);

    expect(info.get(busy.id)?.commonGround).toEqual([
      { kind: "LIFE_EXPERIENCE", label: "Transfer student", value: null },
      { kind: "LIFE_EXPERIENCE", label: "Parent", value: null },
      { kind: "CHARACTERISTIC", label: "Interests", value: "Art" },
      { kind: "CHARACTERISTIC", label: "Interests", value: "Music" },
      { kind: "CUSTOM_ATTRIBUTE", label: "College", value: "Engineering" },
    ]);
    expect(info.get(quiet.id)?.commonGround).toEqual([]);
  });

  it("returns zeros for another partner's pair", async () => {
    const info = await loadRelevantInfo(scope, [foreign.id]);

    expect(info.get(foreign.id)).toEqual({
      conversationCount: 0,
      lastConversationAt: null,
      priorityFlagCount: 0,
      openPriorityFlagCount: 0,
      menteeGoals: [],
      commonGround: [],
    });
  });

  it("runs five statements for any number of pairs", async () => {
    async function countStatements(ids: string[]): Promise<number> {
      return runWithRequestContext(newId("mentorship"), async () => {
        await loadRelevantInfo(scope, ids);

        return currentRequestContext()?.sqlStatements ?? -1;
      });
    }

    const forOnePair = await countStatements([busy.id]);
    const forThreePairs = await countStatements([busy.id, quiet.id, foreign.id]);

    expect(forOnePair).toBe(5);
    expect(forThreePairs).toBe(5);
  });
});
