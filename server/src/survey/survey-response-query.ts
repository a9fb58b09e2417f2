import type { SelectQueryBuilder } from "typeorm";
import type { SortDirection } from "../common/sort-direction.enum";
import type { SortTerm } from "../common/sorting";
import type { DatabaseEngine } from "../db/column-types";
import { isNonBlankText, qualifiedColumn } from "../common/sql-dialect";
import { QuestionKind, SurveyType } from "./survey-enums";
import type { SurveyResponseFilter } from "./survey-response-filter.input";
import { SurveyResponseSortField } from "./survey-response-sort.input";
import type { SurveyResponse } from "./survey-response.entity";

/**
 * SQL condition of the highlights table over the response row `alias`. Matching and assessment
 * responses always qualify. A post-session response qualifies only when an optional open-text
 * question has a non-blank answer, because without one the row would add nothing.
 */
export function highlightsTableCondition(engine: DatabaseEngine, alias: string): string {
  const answer = qualifiedColumn.bind(null, "highlight_answer");
  const question = qualifiedColumn.bind(null, "highlight_question");
  const answeredOptionalOpenText = `EXISTS (SELECT 1 FROM "survey_answer" "highlight_answer" INNER JOIN "survey_question" "highlight_question" ON ${question("id")} = ${answer("questionId")} WHERE ${answer("responseId")} = ${alias}.id AND ${answer("partnerId")} = :tenantPartnerId AND ${question("kind")} = '${QuestionKind.OPEN_TEXT}' AND ${question("required")} = :highlightQuestionRequired AND ${isNonBlankText(engine, answer("textValue"))})`;

  return `(${alias}.surveyType IN ('${SurveyType.MATCHING}', '${SurveyType.ASSESSMENT}') OR ${answeredOptionalOpenText})`;
}

/** Sort terms of a response list over the response row `alias`, ending with the id so the order is total. */
export function surveyResponseSortTerms(alias: string, field: SurveyResponseSortField, direction: SortDirection): SortTerm[] {
  const column = field === SurveyResponseSortField.UPDATED_AT ? "updatedAt" : "submittedAt";

  return [
    { expression: `${alias}.${column}`, direction, valueType: "instant" },
    { expression: `${alias}.id`, direction, valueType: "id" },
  ];
}

/** Adds the conditions of a survey response filter to a query on the response row `alias`. */
export function applySurveyResponseFilter(
  engine: DatabaseEngine,
  query: SelectQueryBuilder<SurveyResponse>,
  alias: string,
  filter: SurveyResponseFilter | null | undefined,
): void {
  if (filter?.surveyTypes) {
    query.andWhere(filter.surveyTypes.length > 0 ? `${alias}.surveyType IN (:...surveyTypes)` : "1 = 0", { surveyTypes: filter.surveyTypes });
  }
  if (filter?.respondentRoles) {
    query.andWhere(filter.respondentRoles.length > 0 ? `${alias}.respondentRole IN (:...respondentRoles)` : "1 = 0", {
      respondentRoles: filter.respondentRoles,
    });
  }
  if (filter?.submittedFrom) {
    query.andWhere(`${alias}.submittedAt >= :submittedFrom`, { submittedFrom: filter.submittedFrom });
  }
  if (filter?.submittedTo) {
    query.andWhere(`${alias}.submittedAt <= :submittedTo`, { submittedTo: filter.submittedTo });
  }
  if (filter?.updatedSince) {
    query.andWhere(`${alias}.updatedAt >= :responseUpdatedSince`, { responseUpdatedSince: filter.updatedSince });
  }
  if (filter?.highlightsOnly) {
    query.andWhere(highlightsTableCondition(engine, alias), { highlightQuestionRequired: false });
  }
}
