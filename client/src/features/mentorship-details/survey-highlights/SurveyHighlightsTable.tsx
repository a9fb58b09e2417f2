import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { SurveyResponseFilter, SurveyResponseSort } from "../../../gql/graphql";
import { SurveyResponsesTable } from "./SurveyResponsesTable";

export { SURVEY_RESPONSE_LIMIT } from "./SurveyResponsesTable";

// The filter and sort are variables of the page query, so that changing them refetches
// exactly this field through the page's single request. `first` equals SURVEY_RESPONSE_LIMIT.
export const SurveyHighlightsTable_mentorship = graphql(`
  fragment SurveyHighlightsTable_mentorship on Mentorship {
    surveyResponses(first: 100, filter: $surveyFilter, sort: $surveySort) {
      id
      ...SurveyResponseRow_surveyResponse
    }
  }
`);

interface SurveyHighlightsTableProps {
  mentorship: FragmentType<typeof SurveyHighlightsTable_mentorship>;
  filter: SurveyResponseFilter;
  sort: SurveyResponseSort;
  onFilterChange: (filter: SurveyResponseFilter) => void;
  onSortChange: (sort: SurveyResponseSort) => void;
  /** True while rows for a new filter or sort load; the current rows stay visible meanwhile. */
  loading?: boolean;
}

/** Survey responses of both participants with their highlights, filterable and sorted by submission time. */
export function SurveyHighlightsTable({ mentorship: mentorshipRef, ...tableProps }: SurveyHighlightsTableProps) {
  const { surveyResponses } = getFragmentData(SurveyHighlightsTable_mentorship, mentorshipRef);

  return <SurveyResponsesTable title="Survey response highlights" surveyResponses={surveyResponses} {...tableProps} />;
}
