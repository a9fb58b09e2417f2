import type { Conversation } from "../conversation/conversation.entity";
import { ConversationSource, type ConversationMedium } from "../conversation/conversation-enums";
import type { PriorityFlag } from "../flag/priority-flag.entity";
import { FlagStatus, type FlagChannel, type FlagResolutionReason } from "../flag/flag-enums";
import type { Mentorship } from "../mentorship/mentorship.entity";
import type { Participant } from "../participant/participant.entity";
import type { ParticipantRole } from "../participant/participant-role.enum";
import type { SurveyResponse } from "../survey/survey-response.entity";
import { calendarDate, latest } from "./demo-calendar";
import { MEDIUM_LABELS, type AssessmentSurvey, type FlagCategoryKey, type ProgramCatalog } from "./demo-catalog";
import type { DemoDataBuilder } from "./demo-data-builder";
import type { MatchingProfile } from "./demo-people";

/*
 * Row helpers shared by the generated population and the planted hard cases, so both produce
 * responses, conversations and flags that follow the same rules.
 */

export function addMatchingResponse(
  builder: DemoDataBuilder,
  catalog: ProgramCatalog,
  respondent: Participant,
  profile: MatchingProfile,
  mentorship: Mentorship | null,
  submittedAt: Date,
  id?: string,
): SurveyResponse {
  const { matching } = catalog;

  return builder.addResponse({
    id,
    survey: matching.survey,
    respondent,
    mentorship,
    submittedAt,
    answers: [
      [matching.goals, { choices: profile.goals }],
      [matching.frequency, { choices: [profile.frequency] }],
      [matching.hobbies, profile.hobbies.length > 0 ? { choices: profile.hobbies } : null],
      [matching.hope, profile.hope === null ? null : { text: profile.hope }],
    ],
  });
}

export function addAssessmentResponse(
  builder: DemoDataBuilder,
  assessment: AssessmentSurvey,
  respondent: Participant,
  mentorship: Mentorship,
  submittedAt: Date,
  scores: readonly number[],
  comment: string | null,
): SurveyResponse {
  if (scores.length !== assessment.items.length) {
    throw new Error(`Expected ${assessment.items.length} Likert scores, got ${scores.length}`);
  }

  return builder.addResponse({
    survey: assessment.survey,
    respondent,
    mentorship,
    submittedAt,
    answers: [
      ...assessment.items.map((item, index) => [item, { number: scores[index] }] as const),
      [assessment.comment, comment === null ? null : { text: comment }],
    ],
  });
}

export interface ConversationInput {
  id?: string;
  occurredAt: Date;
  medium: ConversationMedium;
  durationMinutes: number | null;
  topics: string[];
  source: ConversationSource;
  loggedByRole: ParticipantRole | null;
}

export function addConversation(builder: DemoDataBuilder, mentorship: Mentorship, input: ConversationInput): Conversation {
  const conversation: Conversation = {
    id: input.id ?? builder.newId("conversation"),
    partnerId: mentorship.partnerId,
    programId: mentorship.programId,
    mentorshipId: mentorship.id,
    occurredAt: input.occurredAt,
    medium: input.medium,
    durationMinutes: input.durationMinutes,
    topics: [...input.topics],
    loggedByRole: input.source === ConversationSource.BACKFILL ? null : input.loggedByRole,
    source: input.source,
    surveyResponseId: null,
  };
  builder.data.conversations.push(conversation);

  return conversation;
}

export interface PostSessionAnswers {
  rating: number;
  /** Minutes reported in the survey; null when the respondent skipped the question. */
  minutes: number | null;
  wentWell: string | null;
  staffNote: string | null;
}

/** Adds the post-session response that logged a conversation and links the conversation to it. */
export function addPostSessionResponse(
  builder: DemoDataBuilder,
  catalog: ProgramCatalog,
  respondent: Participant,
  mentorship: Mentorship,
  conversation: Conversation,
  submittedAt: Date,
  answers: PostSessionAnswers,
  id?: string,
): SurveyResponse {
  if (conversation.source !== ConversationSource.POST_SESSION_SURVEY) {
    throw new Error(`Conversation ${conversation.id} was logged by ${conversation.source}, not by a post-session survey`);
  }

  const { postSession } = catalog;
  const response = builder.addResponse({
    id,
    survey: postSession.survey,
    respondent,
    mentorship,
    submittedAt,
    answers: [
      [postSession.date, { date: calendarDate(conversation.occurredAt) }],
      [postSession.medium, { choices: [MEDIUM_LABELS[conversation.medium]] }],
      [postSession.topics, { choices: conversation.topics }],
      [postSession.rating, { number: answers.rating }],
      [postSession.minutes, answers.minutes === null ? null : { number: answers.minutes }],
      [postSession.wentWell, answers.wentWell === null ? null : { text: answers.wentWell }],
      [postSession.staffNote, answers.staffNote === null ? null : { text: answers.staffNote }],
    ],
  });
  conversation.surveyResponseId = response.id;

  return response;
}

export interface FlagInput {
  id?: string;
  mentorship: Mentorship | null;
  subject: Participant;
  reporter: Participant | null;
  channel: FlagChannel;
  category: FlagCategoryKey;
  urgent: boolean;
  description: string;
  reportedAt: Date;
  status: FlagStatus;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  assigneeId: string | null;
  resolutionReason: FlagResolutionReason | null;
  resolutionNote: string | null;
}

/** Adds a flag after checking that its timestamps and resolution agree with its status. */
export function addFlag(builder: DemoDataBuilder, catalog: ProgramCatalog, input: FlagInput): PriorityFlag {
  const resolved = input.status === FlagStatus.RESOLVED;
  const consistent =
    (input.status !== FlagStatus.OPEN || input.firstResponseAt === null) &&
    (input.status !== FlagStatus.IN_PROGRESS || input.firstResponseAt !== null) &&
    (resolved === (input.resolvedAt !== null)) &&
    (resolved === (input.resolutionReason !== null)) &&
    (resolved || input.resolutionNote === null);
  if (!consistent) {
    throw new Error(`Flag fields do not match its status ${input.status}`);
  }

  const flag: PriorityFlag = {
    id: input.id ?? builder.newId("priorityFlag"),
    partnerId: catalog.program.partnerId,
    programId: catalog.program.id,
    mentorshipId: input.mentorship?.id ?? null,
    subjectId: input.subject.id,
    reportedById: input.reporter?.id ?? null,
    reportedByRole: input.reporter?.role ?? null,
    channel: input.channel,
    categoryId: catalog.flagCategories[input.category].id,
    urgent: input.urgent,
    status: input.status,
    description: input.description,
    reportedAt: input.reportedAt,
    firstResponseAt: input.firstResponseAt,
    resolvedAt: input.resolvedAt,
    assigneeId: input.assigneeId,
    resolutionReason: input.resolutionReason,
    resolutionNote: input.resolutionNote,
    updatedAt: latest(...[input.reportedAt, input.firstResponseAt, input.resolvedAt].filter((instant): instant is Date => instant !== null)),
  };
  builder.data.priorityFlags.push(flag);

  return flag;
}
