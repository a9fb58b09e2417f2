import type { SurveyResponseFilter } from "../../../gql/graphql";

/**
 * Tells whether the user narrowed the responses by survey type or respondent role.
 * `highlightsOnly` does not count, because the table always sets it.
 */
export function isSurveyFilterActive(filter: SurveyResponseFilter): boolean {
  return (filter.surveyTypes?.length ?? 0) > 0 || (filter.respondentRoles?.length ?? 0) > 0;
}
