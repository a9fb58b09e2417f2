import { StaffUser } from "../auth/staff-user.entity";
import { SortDirection } from "../common/sort-direction.enum";
import type { TenantScope } from "../common/tenant-scope";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { loadCommonGround } from "../mentorship/common-ground.loader";
import type { CommonGround } from "../mentorship/common-ground.type";
import { loadMentorshipStats, type MentorshipStats } from "../mentorship/mentorship-stats.loader";
import { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import type { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { Participant } from "../participant/participant.entity";
import { loadParticipantGoals } from "../participant/participant.loaders";
import { Program } from "../partner/program.entity";
import type { SurveyAnswerView } from "../survey/survey-answer.type";
import type { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";
import { loadAnswers, loadPairResponses } from "../survey/survey.loaders";

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
  answers: SurveyAnswerView[];
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
  /** The numbers and the common ground of the details page's relevant-info panel, loaded by the same functions. */
  relevantInfo: MentorshipStats & { commonGround: CommonGround[] };
  /** Every conversation, of every source, oldest first. */
  conversations: Conversation[];
  /** The responses that `Mentorship.surveyResponses` lists for the pair without a filter, oldest first. */
  surveyResponses: ExportedSurveyResponse[];
  /** Every flag of this mentorship, oldest first. */
  priorityFlags: ExportedPriorityFlag[];
}

/**
 * Loads all data of one mentorship of the viewer's partner in eighteen statements, however
 * many conversations, answers or flags it has. The relevant-info numbers, common ground, goals
 * and survey responses come from the functions behind the GraphQL fields, so the file counts
 * as the details page does. Returns null when the id is unknown or belongs to another partner.
 */
export async function loadMentorshipExport(scope: TenantScope, mentorshipId: string): Promise<MentorshipExport | null> {
  const mentorship = await scope.findById(Mentorship, mentorshipId);
  if (!mentorship) {
    return null;
  }

  const participantIds = [mentorship.mentorId, mentorship.menteeId];
  const [program, participants, profiles, conversations, surveyResponses, priorityFlags, [stats], [commonGround]] =
    await Promise.all([
      scope.findById(Program, mentorship.programId),
      scope.select(Participant, "participant").andWhere("participant.id IN (:...participantIds)", { participantIds }).getMany(),
      loadProfiles(scope, mentorship.programId, participantIds),
      loadConversations(scope, mentorship.id),
      loadSurveyResponses(scope, mentorship),
      loadPriorityFlags(scope, mentorship.id),
      loadMentorshipStats(scope, [mentorship.id]),
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
    relevantInfo: { ...stats, commonGround },
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
    loadParticipantGoals(scope, participantIds),
  ]);
  const goalsByParticipant = new Map(participantIds.map((id, index): [string, ParticipantGoal[]] => [id, goals[index]]));

  definitions.sort((a, b) => a.position - b.position || compareCodePoints(a.key, b.key));

  return (participant) => ({
    participant,
    customAttributes: definitions.flatMap((definition) => {
      const value = values.find((candidate) => candidate.participantId === participant.id && candidate.definitionId === definition.id);

      return value ? [{ definition, value: value.value }] : [];
    }),
    lifeExperiences: lifeExperiences.filter((experience) => experience.participantId === participant.id),
    goals: goalsByParticipant.get(participant.id) ?? [],
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
 * Loads the responses that `Mentorship.surveyResponses` lists for the pair without a filter,
 * oldest first, then every answer with its question and the surveys answered, in three statements.
 */
async function loadSurveyResponses(scope: TenantScope, mentorship: Mentorship): Promise<ExportedSurveyResponse[]> {
  // No size limit: the GraphQL field caps its list, but the file contains every response.
  const [responses] = await loadPairResponses(scope, [mentorship], { direction: SortDirection.ASC, limit: Number.MAX_SAFE_INTEGER });
  const surveyIds = [...new Set(responses.map((response) => response.surveyId))];

  const [answers, surveys] = await Promise.all([
    loadAnswers(scope, responses.map((response) => response.id)),
    // The statement runs even without responses, so that every export runs as many statements.
    scope
      .select(Survey, "survey")
      .andWhere(surveyIds.length > 0 ? "survey.id IN (:...surveyIds)" : "1 = 0", { surveyIds })
      .getMany(),
  ]);

  const surveysById = new Map(surveys.map((survey) => [survey.id, survey]));

  return responses.map((response, index) => ({
    response,
    survey: requireLoaded(surveysById, response.surveyId, "survey"),
    answers: answers[index],
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

/**
 * Compares two strings by UTF-16 code units. For ASCII text, such as machine keys, this is the
 * byte order of SQLite and of PostgreSQL's "C" collation.
 */
function compareCodePoints(a: string, b: string): number {
  if (a === b) {
    return 0;
  }

  return a < b ? -1 : 1;
}
