import type { DataSource, ObjectLiteral } from "typeorm";
import { StaffRole } from "../auth/staff-role.enum";
import { StaffUser } from "../auth/staff-user.entity";
import { newId } from "../common/ids";
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
import type { LifeExperience } from "../participant/life-experience.enum";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { ParticipantRole } from "../participant/participant-role.enum";
import { Participant } from "../participant/participant.entity";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import type { SurveyType } from "../survey/survey-enums";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";

/*
 * Small insert helpers for the export tests: each takes the owning rows and overrides, fills
 * every required column with a plain default, inserts one row and returns it.
 */

const CREATED_AT = new Date("2025-08-01T12:00:00.000Z");

async function insert<E extends ObjectLiteral>(dataSource: DataSource, entity: new () => E, row: E): Promise<E> {
  await dataSource.getRepository(entity).insert(row);

  return row;
}

export function plantPartner(dataSource: DataSource, overrides: Partial<Partner> = {}): Promise<Partner> {
  const id = newId("partner");

  return insert(dataSource, Partner, { id, slug: id.slice(-12), name: "Test College", createdAt: CREATED_AT, ...overrides });
}

export function plantProgram(dataSource: DataSource, partner: Partner, overrides: Partial<Program> = {}): Promise<Program> {
  return insert(dataSource, Program, {
    id: newId("program"),
    partnerId: partner.id,
    name: "Mentoring",
    description: null,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    ...overrides,
  });
}

export function plantStaffUser(dataSource: DataSource, partner: Partner, overrides: Partial<StaffUser> = {}): Promise<StaffUser> {
  const id = newId("staffUser");

  return insert(dataSource, StaffUser, {
    id,
    partnerId: partner.id,
    email: `${id}@staff.example.edu`,
    displayName: "Sam Staff",
    signedOutAt: null,
    role: StaffRole.ADMIN,
    // Never checked: export tests sign sessions directly instead of signing in.
    passwordHash: "scrypt$00$00",
    createdAt: CREATED_AT,
    ...overrides,
  });
}

export function plantParticipant(
  dataSource: DataSource,
  program: Program,
  role: ParticipantRole,
  overrides: Partial<Participant> = {},
): Promise<Participant> {
  return insert(dataSource, Participant, {
    id: newId("participant"),
    partnerId: program.partnerId,
    programId: program.id,
    externalId: null,
    role,
    firstName: role === ParticipantRole.MENTOR ? "Morgan" : "Jamie",
    lastName: "Example",
    preferredName: null,
    pronouns: null,
    pictureUrl: null,
    email: null,
    phone: null,
    gender: null,
    raceEthnicity: null,
    firstGeneration: null,
    graduationYear: null,
    fieldOfStudyOrWork: null,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    ...overrides,
  });
}

export function plantMentorship(
  dataSource: DataSource,
  program: Program,
  mentor: Participant,
  mentee: Participant,
  overrides: Partial<Mentorship> = {},
): Promise<Mentorship> {
  return insert(dataSource, Mentorship, {
    id: newId("mentorship"),
    partnerId: program.partnerId,
    programId: program.id,
    externalId: null,
    mentorId: mentor.id,
    menteeId: mentee.id,
    status: MentorshipStatus.MATCHED,
    matchedOn: "2025-09-01",
    unmatchedOn: null,
    unmatchReason: null,
    unmatchNote: null,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    ...overrides,
  });
}

/** Inserts a custom attribute definition and returns it. */
export function plantAttributeDefinition(
  dataSource: DataSource,
  program: Program,
  overrides: Partial<CustomAttributeDefinition> & Pick<CustomAttributeDefinition, "key" | "label">,
): Promise<CustomAttributeDefinition> {
  return insert(dataSource, CustomAttributeDefinition, {
    id: newId("customAttribute"),
    partnerId: program.partnerId,
    programId: program.id,
    valueType: CustomAttributeValueType.TEXT,
    source: CustomAttributeSource.INSTITUTION,
    comparable: false,
    identifying: false,
    position: 0,
    ...overrides,
  });
}

export function plantAttributeValue(
  dataSource: DataSource,
  participant: Participant,
  definition: CustomAttributeDefinition,
  value: string,
): Promise<CustomAttributeValue> {
  return insert(dataSource, CustomAttributeValue, {
    partnerId: participant.partnerId,
    participantId: participant.id,
    definitionId: definition.id,
    value,
  });
}

export async function plantLifeExperiences(dataSource: DataSource, participant: Participant, experiences: LifeExperience[]): Promise<void> {
  for (const experience of experiences) {
    await insert(dataSource, ParticipantLifeExperience, { partnerId: participant.partnerId, participantId: participant.id, experience });
  }
}

/** Inserts goals at positions 1, 2, 3… in the order given. */
export async function plantGoals(dataSource: DataSource, participant: Participant, goals: string[]): Promise<void> {
  for (const [index, goal] of goals.entries()) {
    await insert(dataSource, ParticipantGoal, { partnerId: participant.partnerId, participantId: participant.id, position: index + 1, goal });
  }
}

export function plantSurvey(dataSource: DataSource, program: Program, type: SurveyType, overrides: Partial<Survey> = {}): Promise<Survey> {
  return insert(dataSource, Survey, {
    id: newId("survey"),
    partnerId: program.partnerId,
    programId: program.id,
    type,
    title: `${type} survey`,
    wave: null,
    ...overrides,
  });
}

export function plantQuestion(
  dataSource: DataSource,
  survey: Survey,
  overrides: Partial<SurveyQuestion> & Pick<SurveyQuestion, "position" | "prompt" | "kind">,
): Promise<SurveyQuestion> {
  return insert(dataSource, SurveyQuestion, {
    id: newId("surveyQuestion"),
    partnerId: survey.partnerId,
    surveyId: survey.id,
    required: false,
    highlight: false,
    comparable: false,
    area: null,
    options: [],
    ...overrides,
  });
}

/** The value of one answer, in the column its question's kind uses. */
export type AnswerValue = { text: string } | { number: number } | { choices: string[] } | { date: string };

/** Inserts a response of `respondent` to `survey` about `mentorship`, with one answer per entry of `answers`. */
export async function plantResponse(
  dataSource: DataSource,
  survey: Survey,
  respondent: Participant,
  mentorship: Mentorship | null,
  submittedAt: Date,
  answers: Array<[SurveyQuestion, AnswerValue]>,
): Promise<SurveyResponse> {
  const response = await insert(dataSource, SurveyResponse, {
    id: newId("surveyResponse"),
    partnerId: survey.partnerId,
    programId: survey.programId,
    surveyId: survey.id,
    surveyType: survey.type,
    mentorshipId: mentorship?.id ?? null,
    respondentId: respondent.id,
    respondentRole: respondent.role,
    submittedAt,
    updatedAt: submittedAt,
  });

  for (const [question, value] of answers) {
    await insert(dataSource, SurveyAnswer, {
      id: newId("surveyAnswer"),
      partnerId: survey.partnerId,
      responseId: response.id,
      questionId: question.id,
      textValue: "text" in value ? value.text : null,
      numberValue: "number" in value ? value.number : null,
      choiceValues: "choices" in value ? value.choices : null,
      dateValue: "date" in value ? value.date : null,
    });
  }

  return response;
}

export function plantConversation(dataSource: DataSource, mentorship: Mentorship, overrides: Partial<Conversation> = {}): Promise<Conversation> {
  return insert(dataSource, Conversation, {
    id: newId("conversation"),
    partnerId: mentorship.partnerId,
    programId: mentorship.programId,
    mentorshipId: mentorship.id,
    occurredAt: new Date("2025-10-01T15:00:00.000Z"),
    medium: ConversationMedium.VIDEO,
    durationMinutes: 30,
    topics: [],
    loggedByRole: ParticipantRole.MENTOR,
    source: ConversationSource.CHECK_IN,
    surveyResponseId: null,
    ...overrides,
  });
}

export function plantFlagCategory(dataSource: DataSource, program: Program, overrides: Partial<FlagCategory> = {}): Promise<FlagCategory> {
  return insert(dataSource, FlagCategory, {
    id: newId("flagCategory"),
    partnerId: program.partnerId,
    programId: program.id,
    key: "other",
    label: "Other",
    ...overrides,
  });
}

export function plantFlag(
  dataSource: DataSource,
  mentorship: Mentorship,
  category: FlagCategory,
  overrides: Partial<PriorityFlag> = {},
): Promise<PriorityFlag> {
  const reportedAt = overrides.reportedAt ?? new Date("2025-10-02T09:00:00.000Z");

  return insert(dataSource, PriorityFlag, {
    id: newId("priorityFlag"),
    partnerId: mentorship.partnerId,
    programId: mentorship.programId,
    mentorshipId: mentorship.id,
    subjectId: mentorship.menteeId,
    reportedById: mentorship.mentorId,
    reportedByRole: ParticipantRole.MENTOR,
    channel: FlagChannel.CHECK_IN,
    categoryId: category.id,
    urgent: false,
    status: FlagStatus.OPEN,
    description: "Needs support",
    reportedAt,
    firstResponseAt: null,
    resolvedAt: null,
    assigneeId: null,
    resolutionReason: null,
    resolutionNote: null,
    updatedAt: reportedAt,
    ...overrides,
  });
}
