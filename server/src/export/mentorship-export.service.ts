import { StaffUser } from "../auth/staff-user.entity";
import type { TenantScope } from "../common/tenant-scope";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { Mentorship } from "../mentorship/mentorship.entity";
import {
  compareCodePoints,
  loadCommonGround,
  loadMentorshipTotals,
  type CommonGroundItem,
  type ConversationTotals,
  type FlagTotals,
} from "../mentorship/relevant-info.queries";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { Participant } from "../participant/participant.entity";
import { Program } from "../partner/program.entity";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";

/** One participant of the pair with everything attached to their profile. */
export interface ExportedParticipant {
  participant: Participant;
  /** Custom attribute values with their definitions, in the program's display order. */
  customAttributes: Array<{ definition: CustomAttributeDefinition; value: string }>;
  lifeExperiences: ParticipantLifeExperience[];
  /** Goals in the order the participant chose them. */
  goals: ParticipantGoal[];
}

/** One survey response with its survey and every answer, in question order. */
export interface ExportedSurveyResponse {
  response: SurveyResponse;
  survey: Survey;
  answers: Array<{ answer: SurveyAnswer; question: SurveyQuestion }>;
}

/** One priority flag with the names staff read in place of ids. */
export interface ExportedPriorityFlag {
  flag: PriorityFlag;
  categoryLabel: string;
  /** Display name of the assigned staff member, or null when unassigned. */
  assigneeName: string | null;
}

/** All data of one mentorship, as the CSV export writes it. */
export interface MentorshipExport {
  mentorship: Mentorship;
  program: Program;
  mentor: ExportedParticipant;
  mentee: ExportedParticipant;
  relevantInfo: ConversationTotals & FlagTotals & { commonGround: CommonGroundItem[] };
  /** Every conversation, of every source, oldest first. */
  conversations: Conversation[];
  /** Every response that concerns this mentorship, oldest first. */
  surveyResponses: ExportedSurveyResponse[];
  /** Every flag of this mentorship, oldest first. */
  priorityFlags: ExportedPriorityFlag[];
}

/**
 * Loads all data of one mentorship of the viewer's partner in a fixed number of statements
 * (one for the mentorship, then eighteen in parallel), however many conversations, answers
 * or flags it has. Returns null when the id is unknown or belongs to another partner.
 */
export async function loadMentorshipExport(scope: TenantScope, mentorshipId: string): Promise<MentorshipExport | null> {
  const mentorship = await scope.findById(Mentorship, mentorshipId);
  if (!mentorship) {
    return null;
  }

  const participantIds = [mentorship.mentorId, mentorship.menteeId];
  const [program, participants, profiles, conversations, surveyResponses, priorityFlags, totals, commonGround] =
    await Promise.all([
      scope.findById(Program, mentorship.programId),
      scope.select(Participant, "participant").andWhere("participant.id IN (:...participantIds)", { participantIds }).getMany(),
      loadProfiles(scope, mentorship.programId, participantIds),
      loadConversations(scope, mentorship.id),
      loadSurveyResponses(scope, mentorship.id),
      loadPriorityFlags(scope, mentorship.id),
      loadMentorshipTotals(scope, [mentorship.id]),
      loadCommonGround(scope, [mentorship.id]),
    ]);

  const mentor = participants.find((participant) => participant.id === mentorship.mentorId);
  const mentee = participants.find((participant) => participant.id === mentorship.menteeId);
  if (!program || !mentor || !mentee) {
    // Foreign keys make this impossible unless rows were moved between partners by hand.
    throw new Error(`Mentorship ${mentorship.id} references a program or participant outside its partner`);
  }

  return {
    mentorship,
    program,
    mentor: profiles(mentor),
    mentee: profiles(mentee),
    relevantInfo: {
      ...(totals.get(mentorship.id) ?? { conversationCount: 0, lastConversationAt: null, priorityFlagCount: 0, openPriorityFlagCount: 0 }),
      commonGround: commonGround.get(mentorship.id) ?? [],
    },
    conversations,
    surveyResponses,
    priorityFlags,
  };
}

/** Loads custom attributes, life experiences and goals of both participants in four statements. */
async function loadProfiles(
  scope: TenantScope,
  programId: string,
  participantIds: string[],
): Promise<(participant: Participant) => ExportedParticipant> {
  const [definitions, values, lifeExperiences, goals] = await Promise.all([
    scope
      .select(CustomAttributeDefinition, "definition")
      .andWhere("definition.programId = :programId", { programId })
      .getMany(),
    scope.select(CustomAttributeValue, "value").andWhere("value.participantId IN (:...participantIds)", { participantIds }).getMany(),
    scope
      .select(ParticipantLifeExperience, "experience")
      .andWhere("experience.participantId IN (:...participantIds)", { participantIds })
      .orderBy("experience.experience", "ASC")
      .getMany(),
    scope
      .select(ParticipantGoal, "goal")
      .andWhere("goal.participantId IN (:...participantIds)", { participantIds })
      .orderBy("goal.position", "ASC")
      .getMany(),
  ]);

  definitions.sort((a, b) => a.position - b.position || compareCodePoints(a.key, b.key));

  return (participant) => ({
    participant,
    customAttributes: definitions.flatMap((definition) => {
      const value = values.find((candidate) => candidate.participantId === participant.id && candidate.definitionId === definition.id);

      return value ? [{ definition, value: value.value }] : [];
    }),
    lifeExperiences: lifeExperiences.filter((experience) => experience.participantId === participant.id),
    goals: goals.filter((goal) => goal.participantId === participant.id),
  });
}

async function loadConversations(scope: TenantScope, mentorshipId: string): Promise<Conversation[]> {
  return scope
    .select(Conversation, "conversation")
    .andWhere("conversation.mentorshipId = :mentorshipId", { mentorshipId })
    .orderBy("conversation.occurredAt", "ASC")
    .addOrderBy("conversation.id", "ASC")
    .getMany();
}

/**
 * Loads the responses that concern the mentorship, their surveys, questions and answers in
 * four statements.
 *
 * NOTE: a response counts only when its `mentorshipId` is this mentorship. A matching survey
 * answered before the match and never linked to the pair is not exported, although its
 * comparable choices still show up as common ground.
 */
async function loadSurveyResponses(scope: TenantScope, mentorshipId: string): Promise<ExportedSurveyResponse[]> {
  const surveyIdsOfResponses = scope
    .select(SurveyResponse, "linkedResponse")
    .select("linkedResponse.surveyId")
    .andWhere("linkedResponse.mentorshipId = :mentorshipId")
    .getQuery();

  const [responses, surveys, questions, answers] = await Promise.all([
    scope
      .select(SurveyResponse, "response")
      .andWhere("response.mentorshipId = :mentorshipId", { mentorshipId })
      .orderBy("response.submittedAt", "ASC")
      .addOrderBy("response.id", "ASC")
      .getMany(),
    scope.select(Survey, "survey").andWhere(`survey.id IN (${surveyIdsOfResponses})`, { mentorshipId }).getMany(),
    scope.select(SurveyQuestion, "question").andWhere(`question.surveyId IN (${surveyIdsOfResponses})`, { mentorshipId }).getMany(),
    scope
      .select(SurveyAnswer, "answer")
      .innerJoin(SurveyResponse, "response", "response.id = answer.responseId AND response.partnerId = answer.partnerId")
      .andWhere("response.mentorshipId = :mentorshipId", { mentorshipId })
      .getMany(),
  ]);

  const questionsById = new Map(questions.map((question) => [question.id, question]));
  const surveysById = new Map(surveys.map((survey) => [survey.id, survey]));

  return responses.map((response) => ({
    response,
    survey: requireLoaded(surveysById, response.surveyId, "survey"),
    answers: answers
      .filter((answer) => answer.responseId === response.id)
      .map((answer) => ({ answer, question: requireLoaded(questionsById, answer.questionId, "survey question") }))
      .sort((a, b) => a.question.position - b.question.position),
  }));
}

/** Loads the flags with their category labels and assignee names in three statements. */
async function loadPriorityFlags(scope: TenantScope, mentorshipId: string): Promise<ExportedPriorityFlag[]> {
  const [flags, categories, assignees] = await Promise.all([
    scope
      .select(PriorityFlag, "flag")
      .andWhere("flag.mentorshipId = :mentorshipId", { mentorshipId })
      .orderBy("flag.reportedAt", "ASC")
      .addOrderBy("flag.id", "ASC")
      .getMany(),
    scope
      .select(FlagCategory, "category")
      .innerJoin(PriorityFlag, "flag", "flag.categoryId = category.id AND flag.partnerId = category.partnerId")
      .andWhere("flag.mentorshipId = :mentorshipId", { mentorshipId })
      .getMany(),
    scope
      .select(StaffUser, "assignee")
      .innerJoin(PriorityFlag, "flag", "flag.assigneeId = assignee.id AND flag.partnerId = assignee.partnerId")
      .andWhere("flag.mentorshipId = :mentorshipId", { mentorshipId })
      .getMany(),
  ]);

  const categoriesById = new Map(categories.map((category) => [category.id, category]));
  const assigneesById = new Map(assignees.map((assignee) => [assignee.id, assignee]));

  return flags.map((flag) => ({
    flag,
    categoryLabel: requireLoaded(categoriesById, flag.categoryId, "flag category").label,
    assigneeName: flag.assigneeId ? (assigneesById.get(flag.assigneeId)?.displayName ?? null) : null,
  }));
}

function requireLoaded<T>(rows: Map<string, T>, id: string, kind: string): T {
  const row = rows.get(id);
  if (!row) {
    throw new Error(`The ${kind} ${id} is missing from the partner's data`);
  }

  return row;
}
