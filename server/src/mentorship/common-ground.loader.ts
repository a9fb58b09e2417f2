import { groupByKey } from "../common/loaders";
import { engineOf, parseJsonTextArray, sharedJsonTextElementsSql, qualifiedColumn } from "../common/sql-dialect";
import type { TenantScope } from "../common/tenant-scope";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { LIFE_EXPERIENCE_LABELS, type LifeExperience } from "../participant/life-experience.enum";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { QuestionKind, SurveyType } from "../survey/survey-enums";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { type CommonGround, CommonGroundKind } from "./common-ground.type";
import { Mentorship } from "./mentorship.entity";

const LIFE_EXPERIENCE_ORDER = Object.keys(LIFE_EXPERIENCE_LABELS);

/**
 * Loads what each pair has in common, in three SQL statements per batch: shared life
 * experiences, options both chose for the same comparable matching-survey question, and
 * comparable custom attributes with equal values. Lists them in that order.
 */
export async function loadCommonGround(scope: TenantScope, mentorshipIds: readonly string[]): Promise<CommonGround[][]> {
  const [experiences, characteristics, attributes] = await Promise.all([
    loadSharedLifeExperiences(scope, mentorshipIds),
    loadSharedCharacteristics(scope, mentorshipIds),
    loadSharedCustomAttributes(scope, mentorshipIds),
  ]);

  return mentorshipIds.map((_, index) => [...experiences[index], ...characteristics[index], ...attributes[index]]);
}

function pairs(scope: TenantScope, mentorshipIds: readonly string[]) {
  return scope
    .select(Mentorship, "mentorship")
    .andWhere("mentorship.id IN (:...mentorshipIds)", { mentorshipIds: [...mentorshipIds] })
    .select("mentorship.id", "mentorshipId");
}

async function loadSharedLifeExperiences(scope: TenantScope, mentorshipIds: readonly string[]): Promise<CommonGround[][]> {
  const rows = await pairs(scope, mentorshipIds)
    .innerJoin(
      ParticipantLifeExperience,
      "mentor_experience",
      "mentor_experience.participantId = mentorship.mentorId AND mentor_experience.partnerId = mentorship.partnerId",
    )
    .innerJoin(
      ParticipantLifeExperience,
      "mentee_experience",
      "mentee_experience.participantId = mentorship.menteeId AND mentee_experience.partnerId = mentorship.partnerId AND mentee_experience.experience = mentor_experience.experience",
    )
    .addSelect("mentor_experience.experience", "experience")
    .getRawMany<{ mentorshipId: string; experience: LifeExperience }>();

  return groupByKey(mentorshipIds, rows, (row) => row.mentorshipId).map((group) =>
    group
      .map((row) => row.experience)
      .sort((a, b) => LIFE_EXPERIENCE_ORDER.indexOf(a) - LIFE_EXPERIENCE_ORDER.indexOf(b))
      .map((experience) => ({ kind: CommonGroundKind.LIFE_EXPERIENCE, label: LIFE_EXPERIENCE_LABELS[experience], value: null })),
  );
}

/** Joins one side's matching-survey answers to comparable choice questions; `side` is `mentor` or `mentee`. */
function matchingAnswerJoins(side: "mentor" | "mentee") {
  const choiceKinds = `('${QuestionKind.SINGLE_CHOICE}', '${QuestionKind.MULTIPLE_CHOICE}')`;

  return {
    response: `${side}_response.respondentId = mentorship.${side}Id AND ${side}_response.partnerId = mentorship.partnerId AND ${side}_response.surveyType = '${SurveyType.MATCHING}' AND (${side}_response.mentorshipId = mentorship.id OR ${side}_response.mentorshipId IS NULL)`,
    answer: `${side}_answer.responseId = ${side}_response.id AND ${side}_answer.choiceValues IS NOT NULL`,
    question: `${side}_question.id = ${side}_answer.questionId AND ${side}_question.comparable = :comparable AND ${side}_question.kind IN ${choiceKinds}`,
  };
}

async function loadSharedCharacteristics(scope: TenantScope, mentorshipIds: readonly string[]): Promise<CommonGround[][]> {
  const mentor = matchingAnswerJoins("mentor");
  const mentee = matchingAnswerJoins("mentee");
  const sharedChoices = sharedJsonTextElementsSql(
    engineOf(scope.dataSource),
    qualifiedColumn("mentor_answer", "choiceValues"),
    qualifiedColumn("mentee_answer", "choiceValues"),
  );

  // Questions are matched by prompt, so that separate mentor and mentee matching surveys that
  // ask the same comparable question still count.
  const rows = await pairs(scope, mentorshipIds)
    .innerJoin(SurveyResponse, "mentor_response", mentor.response)
    .innerJoin(SurveyAnswer, "mentor_answer", mentor.answer)
    .innerJoin(SurveyQuestion, "mentor_question", mentor.question)
    .innerJoin(SurveyResponse, "mentee_response", mentee.response)
    .innerJoin(SurveyAnswer, "mentee_answer", mentee.answer)
    .innerJoin(SurveyQuestion, "mentee_question", `${mentee.question} AND mentee_question.prompt = mentor_question.prompt`)
    .addSelect("mentor_question.prompt", "prompt")
    .addSelect(sharedChoices, "sharedChoices")
    .setParameter("comparable", true)
    .orderBy("mentorship.id")
    .addOrderBy("mentor_question.position")
    .addOrderBy("mentor_question.prompt")
    .addOrderBy("mentor_response.submittedAt", "DESC")
    .getRawMany<{ mentorshipId: string; prompt: string; sharedChoices: unknown }>();

  return groupByKey(mentorshipIds, rows, (row) => row.mentorshipId).map((group) => {
    const seen = new Set<string>();
    const shared: CommonGround[] = [];

    // A participant who answered the matching survey twice yields the same pair of answers twice.
    for (const row of group) {
      for (const choice of parseJsonTextArray(row.sharedChoices)) {
        const key = JSON.stringify([row.prompt, choice]);
        if (!seen.has(key)) {
          seen.add(key);
          shared.push({ kind: CommonGroundKind.CHARACTERISTIC, label: row.prompt, value: choice });
        }
      }
    }

    return shared;
  });
}

async function loadSharedCustomAttributes(scope: TenantScope, mentorshipIds: readonly string[]): Promise<CommonGround[][]> {
  const rows = await pairs(scope, mentorshipIds)
    .innerJoin(CustomAttributeValue, "mentor_value", "mentor_value.participantId = mentorship.mentorId AND mentor_value.partnerId = mentorship.partnerId")
    .innerJoin(CustomAttributeDefinition, "definition", "definition.id = mentor_value.definitionId AND definition.comparable = :comparable")
    .innerJoin(
      CustomAttributeValue,
      "mentee_value",
      "mentee_value.participantId = mentorship.menteeId AND mentee_value.definitionId = mentor_value.definitionId AND mentee_value.value = mentor_value.value",
    )
    .addSelect("definition.label", "label")
    .addSelect("mentor_value.value", "value")
    .setParameter("comparable", true)
    .orderBy("mentorship.id")
    .addOrderBy("definition.position")
    .addOrderBy("definition.key")
    .getRawMany<{ mentorshipId: string; label: string; value: string }>();

  return groupByKey(mentorshipIds, rows, (row) => row.mentorshipId).map((group) =>
    group.map((row) => ({ kind: CommonGroundKind.CUSTOM_ATTRIBUTE, label: row.label, value: row.value })),
  );
}
