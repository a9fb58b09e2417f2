import { In, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from "typeorm";
import { StaffUser } from "../auth/staff-user.entity";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { Mentorship } from "../mentorship/mentorship.entity";
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

/** Rows already stored for the programs a folder names, which the import matches by external id. */
export interface ExistingRows {
  programs: Program[];
  staffUsers: StaffUser[];
  flagCategories: FlagCategory[];
  customAttributeDefinitions: CustomAttributeDefinition[];
  participants: Participant[];
  customAttributeValues: CustomAttributeValue[];
  lifeExperiences: ParticipantLifeExperience[];
  goals: ParticipantGoal[];
  mentorships: Mentorship[];
  surveys: Survey[];
  surveyQuestions: SurveyQuestion[];
  surveyResponses: SurveyResponse[];
  surveyAnswers: SurveyAnswer[];
  conversations: Conversation[];
  priorityFlags: PriorityFlag[];
}

/**
 * Returns the key by which an import finds a stored row: its external id, or its internal id
 * when it has none. A row exported without an external id is exported under its internal id, so
 * importing that export into the same database updates the row instead of duplicating it.
 */
export function storedKey(row: { id: string; externalId?: string | null }): string {
  return row.externalId ?? row.id;
}

/**
 * Loads the partner's staff users and programs, and every row of the programs whose keys
 * `programKeys` lists. Rows of other programs are neither read nor changed.
 */
export async function loadExistingRows(manager: EntityManager, partnerId: string, programKeys: ReadonlySet<string>): Promise<ExistingRows> {
  const [allPrograms, staffUsers] = await Promise.all([
    manager.find(Program, { where: { partnerId } }),
    manager.find(StaffUser, { where: { partnerId } }),
  ]);
  const programs = allPrograms.filter((program) => programKeys.has(storedKey(program)));
  const programIds = programs.map((program) => program.id);
  const inPrograms = { partnerId, programId: In(programIds) };

  const childrenOf = <E extends ObjectLiteral>(
    entity: new () => E,
    column: string,
    parent: new () => ObjectLiteral,
  ): Promise<E[]> => {
    const query: SelectQueryBuilder<E> = manager.createQueryBuilder(entity, "child");
    return query
      .where("child.partnerId = :partnerId", { partnerId })
      .andWhere((outer) => {
        const parents = outer.subQuery().select("parent.id").from(parent, "parent").where("parent.programId IN (:...programIds)");
        return `child.${column} IN ${parents.getQuery()}`;
      })
      .setParameter("programIds", programIds)
      .getMany();
  };

  if (programIds.length === 0) {
    return emptyRows(allPrograms, staffUsers);
  }

  const [flagCategories, customAttributeDefinitions, participants, mentorships, surveys, surveyResponses, conversations, priorityFlags] =
    await Promise.all([
      manager.find(FlagCategory, { where: inPrograms }),
      manager.find(CustomAttributeDefinition, { where: inPrograms }),
      manager.find(Participant, { where: inPrograms }),
      manager.find(Mentorship, { where: inPrograms }),
      manager.find(Survey, { where: inPrograms }),
      manager.find(SurveyResponse, { where: inPrograms }),
      manager.find(Conversation, { where: inPrograms }),
      manager.find(PriorityFlag, { where: inPrograms }),
    ]);
  const [customAttributeValues, lifeExperiences, goals, surveyQuestions, surveyAnswers] = await Promise.all([
    childrenOf(CustomAttributeValue, "participantId", Participant),
    childrenOf(ParticipantLifeExperience, "participantId", Participant),
    childrenOf(ParticipantGoal, "participantId", Participant),
    childrenOf(SurveyQuestion, "surveyId", Survey),
    childrenOf(SurveyAnswer, "responseId", SurveyResponse),
  ]);

  return {
    programs: allPrograms,
    staffUsers,
    flagCategories,
    customAttributeDefinitions,
    participants,
    customAttributeValues,
    lifeExperiences,
    goals,
    mentorships,
    surveys,
    surveyQuestions,
    surveyResponses,
    surveyAnswers,
    conversations,
    priorityFlags,
  };
}

function emptyRows(programs: Program[], staffUsers: StaffUser[]): ExistingRows {
  return {
    programs,
    staffUsers,
    flagCategories: [],
    customAttributeDefinitions: [],
    participants: [],
    customAttributeValues: [],
    lifeExperiences: [],
    goals: [],
    mentorships: [],
    surveys: [],
    surveyQuestions: [],
    surveyResponses: [],
    surveyAnswers: [],
    conversations: [],
    priorityFlags: [],
  };
}
