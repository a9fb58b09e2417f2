import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { StaffRole } from "../auth/staff-role.enum";
import { StaffUser } from "../auth/staff-user.entity";
import { idFromHex } from "../common/ids";
import { ConversationMedium, ConversationSource } from "../conversation/conversation-enums";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { FlagChannel, FlagStatus } from "../flag/flag-enums";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { MentorshipStatus } from "../mentorship/mentorship-enums";
import { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeSource, CustomAttributeValueType } from "../participant/custom-attribute-enums";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { ParticipantRole } from "../participant/participant-role.enum";
import { Participant } from "../participant/participant.entity";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { QuestionKind, SurveyType } from "../survey/survey-enums";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";

/** Mentorships generated and inserted together; memory contains one chunk's rows at a time. */
const CHUNK = 500;
/** Rows per INSERT, below both engines' limits on bound parameters for the widest table. */
const ROWS_PER_STATEMENT = 400;

export interface LargeProgram {
  partnerId: string;
  programId: string;
  adminId: string;
  mentorships: number;
  rows: number;
}

/** Builds an id of the given kind from `kindNumber` and `index`, so that ids are unique and sort by index. */
function id(kind: Parameters<typeof idFromHex>[0], kindNumber: number, index: number): string {
  return idFromHex(kind, `${kindNumber.toString(16).padStart(8, "0")}${index.toString(16).padStart(24, "0")}`);
}

async function insert(manager: DataSource | EntityManager, entity: EntityTarget<ObjectLiteral>, rows: ObjectLiteral[]): Promise<void> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await manager.createQueryBuilder().insert().into(entity).values(rows.slice(start, start + ROWS_PER_STATEMENT)).updateEntity(false).execute();
  }
}

/**
 * Inserts one program with `mentorships` pairs, each with two participants, a custom attribute
 * per person, two conversations, one post-session response with three answers, and a flag on
 * every tenth pair. Rows are generated and inserted chunk by chunk, so memory does not grow with
 * the size. Returns the ids the benchmark needs.
 */
export async function generateLargeProgram(dataSource: DataSource, mentorships: number, onChunk?: (done: number) => void): Promise<LargeProgram> {
  const partnerId = id("partner", 1, 1);
  const programId = id("program", 1, 1);
  const adminId = id("staffUser", 1, 1);
  const createdAt = new Date("2026-01-05T12:00:00.000Z");
  await insert(dataSource, Partner, [{ id: partnerId, slug: "bench-partner", name: "Benchmark University", createdAt }]);
  await insert(dataSource, Program, [{ id: programId, partnerId, name: "Benchmark program", description: null, createdAt }]);
  await insert(dataSource, StaffUser, [
    { id: adminId, partnerId, email: "admin@bench.example.edu", displayName: "Bench Admin", role: StaffRole.ADMIN, passwordHash: "unused", signedOutAt: null, createdAt },
  ]);
  const categoryId = id("flagCategory", 1, 1);
  const definitionId = id("customAttribute", 1, 1);
  const surveyId = id("survey", 1, 1);
  await insert(dataSource, FlagCategory, [{ id: categoryId, partnerId, programId, key: "academic", label: "Academic struggles" }]);
  await insert(dataSource, CustomAttributeDefinition, [
    { id: definitionId, partnerId, programId, key: "college", label: "College", valueType: CustomAttributeValueType.TEXT, source: CustomAttributeSource.INSTITUTION, comparable: true, identifying: false, position: 1 },
  ]);
  await insert(dataSource, Survey, [{ id: surveyId, partnerId, programId, type: SurveyType.POST_SESSION, title: "After your session", wave: null }]);
  const questions = [
    { kind: QuestionKind.DATE, prompt: "When did you meet?" },
    { kind: QuestionKind.RATING, prompt: "How helpful was the session?" },
    { kind: QuestionKind.OPEN_TEXT, prompt: "Anything you would like to share?" },
  ].map((question, index) => ({ id: id("surveyQuestion", 1, index), partnerId, surveyId, position: index + 1, required: index < 2, highlight: index > 0, comparable: false, area: null, options: [], ...question }));
  await insert(dataSource, SurveyQuestion, questions);

  let rows = 12;
  for (let first = 0; first < mentorships; first += CHUNK) {
    const indexes = Array.from({ length: Math.min(CHUNK, mentorships - first) }, (_, offset) => first + offset);
    const participants = indexes.flatMap((index) =>
      [ParticipantRole.MENTOR, ParticipantRole.MENTEE].map((role, side) => ({
        id: id("participant", side + 1, index),
        partnerId,
        programId,
        externalId: `${role === ParticipantRole.MENTOR ? "M" : "S"}-${index}`,
        role,
        firstName: side === 0 ? "Amara" : "Zoë",
        lastName: `Person ${index}`,
        email: `person${side}-${index}@bench.example.edu`,
        createdAt,
        updatedAt: createdAt,
      })),
    );
    const values = participants.map((participant, index) => ({ partnerId, participantId: participant.id, definitionId, value: ["Arts & Sciences", "Engineering"][index % 2] }));
    const pairs = indexes.map((index) => ({
      id: id("mentorship", 1, index),
      partnerId,
      programId,
      externalId: `PAIR-${index}`,
      mentorId: id("participant", 1, index),
      menteeId: id("participant", 2, index),
      status: MentorshipStatus.MATCHED,
      matchedOn: "2026-01-15",
      createdAt,
      updatedAt: createdAt,
    }));
    const responses = indexes.map((index) => ({
      id: id("surveyResponse", 1, index),
      partnerId,
      programId,
      surveyId,
      surveyType: SurveyType.POST_SESSION,
      mentorshipId: id("mentorship", 1, index),
      respondentId: id("participant", 1, index),
      respondentRole: ParticipantRole.MENTOR,
      submittedAt: new Date(Date.UTC(2026, 1, 1, 18, index % 60)),
    }));
    const answers = responses.flatMap((response, offset) => [
      { id: id("surveyAnswer", 1, first + offset), partnerId, responseId: response.id, questionId: questions[0].id, dateValue: "2026-02-01" },
      { id: id("surveyAnswer", 2, first + offset), partnerId, responseId: response.id, questionId: questions[1].id, numberValue: 1 + (offset % 5) },
      { id: id("surveyAnswer", 3, first + offset), partnerId, responseId: response.id, questionId: questions[2].id, textValue: 'We talked about "study habits", time management, and internships.' },
    ]);
    const conversations = indexes.flatMap((index) =>
      [0, 1].map((number) => ({
        id: id("conversation", number + 1, index),
        partnerId,
        programId,
        mentorshipId: id("mentorship", 1, index),
        occurredAt: new Date(Date.UTC(2026, 1, 1 + number * 14, 17)),
        medium: ConversationMedium.VIDEO,
        durationMinutes: 45,
        topics: ["Study habits", "Internships"],
        loggedByRole: ParticipantRole.MENTOR,
        source: number === 0 ? ConversationSource.POST_SESSION_SURVEY : ConversationSource.CHECK_IN,
        surveyResponseId: number === 0 ? id("surveyResponse", 1, index) : null,
      })),
    );
    const flags = indexes
      .filter((index) => index % 10 === 0)
      .map((index) => ({
        id: id("priorityFlag", 1, index),
        partnerId,
        programId,
        mentorshipId: id("mentorship", 1, index),
        subjectId: id("participant", 2, index),
        reportedById: id("participant", 1, index),
        reportedByRole: ParticipantRole.MENTOR,
        channel: FlagChannel.CHECK_IN,
        categoryId,
        urgent: false,
        status: FlagStatus.OPEN,
        description: "=SUM(A1:A9) typed as a test of formula neutralization",
        reportedAt: new Date(Date.UTC(2026, 1, 20)),
        updatedAt: createdAt,
      }));

    await dataSource.transaction(async (manager) => {
      await insert(manager, Participant, participants);
      await insert(manager, CustomAttributeValue, values);
      await insert(manager, Mentorship, pairs);
      await insert(manager, SurveyResponse, responses);
      await insert(manager, SurveyAnswer, answers);
      await insert(manager, Conversation, conversations);
      await insert(manager, PriorityFlag, flags);
    });
    rows += participants.length + values.length + pairs.length + responses.length + answers.length + conversations.length + flags.length;
    onChunk?.(first + indexes.length);
  }
  await dataSource.query("ANALYZE");

  return { partnerId, programId, adminId, mentorships, rows };
}
