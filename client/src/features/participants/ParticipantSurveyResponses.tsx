import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { SurveyResponseFilter, SurveyResponseSort } from "../../gql/graphql";
import { SurveyResponsesTable } from "../mentorship-details/survey-highlights/SurveyResponsesTable";

// `first` equals SURVEY_RESPONSE_LIMIT; the filter and sort are variables of the page query.
export const ParticipantSurveyResponses_participant = graphql(`
  fragment ParticipantSurveyResponses_participant on Participant {
    surveyResponses(first: 100, filter: $surveyFilter, sort: $surveySort) {
      id
      ...SurveyResponseRow_surveyResponse
    }
  }
`);

interface ParticipantSurveyResponsesProps {
  participant: FragmentType<typeof ParticipantSurveyResponses_participant>;
  filter: SurveyResponseFilter;
  sort: SurveyResponseSort;
  onFilterChange: (filter: SurveyResponseFilter) => void;
  onSortChange: (sort: SurveyResponseSort) => void;
  loading?: boolean;
}

/** Lists the person's survey responses across all their mentorships, in the details page's table. */
export function ParticipantSurveyResponses({ participant: participantRef, ...tableProps }: ParticipantSurveyResponsesProps) {
  const { surveyResponses } = getFragmentData(ParticipantSurveyResponses_participant, participantRef);

  return <SurveyResponsesTable title="Survey responses" surveyResponses={surveyResponses} roleFilter={false} {...tableProps} />;
}
