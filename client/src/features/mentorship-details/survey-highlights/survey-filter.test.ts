import { isSurveyFilterActive } from "./survey-filter";

describe("isSurveyFilterActive", () => {
  test.each([
    ["a survey type", { highlightsOnly: true, surveyTypes: ["ASSESSMENT" as const] }],
    ["a respondent role", { highlightsOnly: true, respondentRoles: ["MENTEE" as const] }],
  ])("is active with %s", (_case, filter) => {
    expect(isSurveyFilterActive(filter)).toBe(true);
  });

  test.each([
    ["only highlightsOnly", { highlightsOnly: true }],
    ["empty lists", { highlightsOnly: true, surveyTypes: [], respondentRoles: [] }],
  ])("is inactive with %s", (_case, filter) => {
    expect(isSurveyFilterActive(filter)).toBe(false);
  });
});
