import { StaffUser } from "../auth/staff-user.entity";
import { SortDirection } from "../common/sort-direction.enum";
import type { TenantScope } from "../common/tenant-scope";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { loadCommonGround } from "../mentorship/common-ground.loader";
import { loadMentorshipStats } from "../mentorship/mentorship-stats.loader";
import { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { Participant } from "../participant/participant.entity";
import { loadParticipantGoals } from "../participant/participant.loaders";
import type { Program } from "../partner/program.entity";
import { Survey } from "../survey/survey.entity";
import { loadAnswers, loadPairResponses } from "../survey/survey.loaders";
import type { ExportedParticipant, MentorshipExport } from "./mentorship-export.service";

/** Rows of a program that every batch needs, loaded once per export. */
export interface ProgramExportContext {
  scope: TenantScope;
  program: Program;
  /** Custom attribute definitions in display order. */
  definitions: CustomAttributeDefinition[];
  surveysById: Map<string, Survey>;
  categoryLabels: Map<string, string>;
  assigneeNames: Map<string, string>;
}

export async function loadProgramExportContext(scope: TenantScope, program: Program): Promise<ProgramExportContext> {
  const [definitions, surveys, categories, staff] = await Promise.all([
    scope.select(CustomAttributeDefinition, "definition").andWhere("definition.programId = :programId", { programId: program.id }).getMany(),
    scope.select(Survey, "survey").andWhere("survey.programId = :programId", { programId: program.id }).getMany(),
    scope.select(FlagCategory, "category").andWhere("category.programId = :programId", { programId: program.id }).getMany(),
    scope.select(StaffUser, "staff").getMany(),
  ]);
  definitions.sort((a, b) => a.position - b.position || compareCodeUnits(a.key, b.key));

  return {
    scope,
    program,
    definitions,
    surveysById: new Map(surveys.map((survey) => [survey.id, survey])),
    categoryLabels: new Map(categories.map((category) => [category.id, category.label])),
    assigneeNames: new Map(staff.map((user) => [user.id, user.displayName])),
  };
}

/** Returns the next `limit` mentorships of the program after `afterId`, in id order (keyset pagination). */
export function loadMentorshipPage(context: ProgramExportContext, afterId: string | null, limit: number): Promise<Mentorship[]> {
  const query = context.scope
    .select(Mentorship, "mentorship")
    .andWhere("mentorship.programId = :programId", { programId: context.program.id })
    .orderBy("mentorship.id", "ASC")
    .limit(limit);
  if (afterId !== null) {
    query.andWhere("mentorship.id > :afterId", { afterId });
  }

  return query.getMany();
}

function groupBy<T>(rows: T[], keyOf: (row: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) {
      const group = groups.get(key);
      if (group) {
        group.push(row);
      } else {
        groups.set(key, [row]);
      }
    }
  }

  return groups;
}

/**
 * Loads all data of a batch of mentorships with the same functions as the one-pair export (so
 * both count alike), in a fixed number of statements per batch, and returns one
 * MentorshipExport per mentorship in the batch's order.
 */
export async function loadMentorshipExportBatch(context: ProgramExportContext, mentorships: Mentorship[]): Promise<MentorshipExport[]> {
  if (mentorships.length === 0) {
    return [];
  }

  const { scope } = context;
  const mentorshipIds = mentorships.map((mentorship) => mentorship.id);
  const participantIds = [...new Set(mentorships.flatMap((mentorship) => [mentorship.mentorId, mentorship.menteeId]))];
  const [participants, values, lifeExperiences, goals, conversations, responseLists, flags, stats, commonGround] = await Promise.all([
    scope.select(Participant, "participant").andWhere("participant.id IN (:...participantIds)", { participantIds }).getMany(),
    scope.select(CustomAttributeValue, "value").andWhere("value.participantId IN (:...participantIds)", { participantIds }).getMany(),
    scope
      .select(ParticipantLifeExperience, "experience")
      .andWhere("experience.participantId IN (:...participantIds)", { participantIds })
      .orderBy("experience.experience", "ASC")
      .getMany(),
    loadParticipantGoals(scope, participantIds),
    scope
      .select(Conversation, "conversation")
      .andWhere("conversation.mentorshipId IN (:...mentorshipIds)", { mentorshipIds })
      .orderBy("conversation.occurredAt", "ASC")
      .addOrderBy("conversation.id", "ASC")
      .getMany(),
    // No size limit: the GraphQL field caps its list, but the file contains every response.
    loadPairResponses(scope, mentorships, { direction: SortDirection.ASC, limit: Number.MAX_SAFE_INTEGER }),
    scope
      .select(PriorityFlag, "flag")
      .andWhere("flag.mentorshipId IN (:...mentorshipIds)", { mentorshipIds })
      .orderBy("flag.reportedAt", "ASC")
      .addOrderBy("flag.id", "ASC")
      .getMany(),
    loadMentorshipStats(scope, mentorshipIds),
    loadCommonGround(scope, mentorshipIds),
  ]);
  const answers = await loadAnswers(scope, responseLists.flat().map((response) => response.id));

  const participantsById = new Map(participants.map((participant) => [participant.id, participant]));
  const valuesByParticipant = groupBy(values, (value) => value.participantId);
  const experiencesByParticipant = groupBy(lifeExperiences, (experience) => experience.participantId);
  const goalsByParticipant = new Map(participantIds.map((id, index) => [id, goals[index]]));
  const conversationsByMentorship = groupBy(conversations, (conversation) => conversation.mentorshipId);
  const flagsByMentorship = groupBy(flags, (flag) => flag.mentorshipId);
  const answersByResponse = new Map(responseLists.flat().map((response, index) => [response.id, answers[index]]));

  const profileOf = (participantId: string): ExportedParticipant => {
    const participant = participantsById.get(participantId);
    if (!participant) {
      throw new Error(`Participant ${participantId} is missing from the partner's data`);
    }
    const ownValues = valuesByParticipant.get(participantId) ?? [];

    return {
      participant,
      customAttributes: context.definitions.flatMap((definition) => {
        const value = ownValues.find((candidate) => candidate.definitionId === definition.id);
        return value ? [{ definition, value: value.value }] : [];
      }),
      lifeExperiences: experiencesByParticipant.get(participantId) ?? [],
      goals: goalsByParticipant.get(participantId) ?? [],
    };
  };

  return mentorships.map((mentorship, index) => ({
    mentorship,
    program: context.program,
    mentor: profileOf(mentorship.mentorId),
    mentee: profileOf(mentorship.menteeId),
    relevantInfo: { ...stats[index], commonGround: commonGround[index] },
    conversations: conversationsByMentorship.get(mentorship.id) ?? [],
    surveyResponses: responseLists[index].map((response) => ({
      response,
      survey: requireSurvey(context, response.surveyId),
      answers: answersByResponse.get(response.id) ?? [],
    })),
    priorityFlags: (flagsByMentorship.get(mentorship.id) ?? []).map((flag) => ({
      flag,
      categoryLabel: context.categoryLabels.get(flag.categoryId) ?? "",
      assigneeName: flag.assigneeId ? (context.assigneeNames.get(flag.assigneeId) ?? null) : null,
    })),
  }));
}

function requireSurvey(context: ProgramExportContext, surveyId: string): Survey {
  const survey = context.surveysById.get(surveyId);
  if (!survey) {
    throw new Error(`Survey ${surveyId} is not a survey of program ${context.program.id}`);
  }

  return survey;
}

/** Compares two strings by UTF-16 code units, as the one-pair export orders attribute keys. */
function compareCodeUnits(a: string, b: string): number {
  if (a === b) {
    return 0;
  }

  return a < b ? -1 : 1;
}
