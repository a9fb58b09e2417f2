import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Grid from "@mui/material/Grid";
import Stack from "@mui/material/Stack";
import { useState } from "react";
import { useParams } from "react-router";

import { LoadErrorState } from "../../common/LoadErrorState";
import { graphql } from "../../gql";
import type { PriorityFlagSort, SurveyResponseFilter, SurveyResponseSort } from "../../gql/graphql";
import { ExportMentorshipButton } from "./ExportMentorshipButton";
import { isMentorshipNotFound } from "./is-mentorship-not-found";
import { MentorshipDetailsHeader } from "./MentorshipDetailsHeader";
import { MentorshipDetailsSkeleton } from "./MentorshipDetailsSkeleton";
import { MentorshipNotFound } from "./MentorshipNotFound";
import { ParticipantPanel } from "./participant-panel/ParticipantPanel";
import { PriorityFlagsTable } from "./priority-flags/PriorityFlagsTable";
import { RelevantInfoPanel } from "./relevant-info/RelevantInfoPanel";
import { SurveyHighlightsTable } from "./survey-highlights/SurveyHighlightsTable";

export const MentorshipDetailsPageQuery = graphql(`
  query MentorshipDetailsPage(
    $id: ID!
    $surveyFilter: SurveyResponseFilter!
    $surveySort: SurveyResponseSort!
    $flagSort: PriorityFlagSort!
  ) {
    viewer {
      fieldAccess {
        contactDetails
        flagNotes
      }
    }
    mentorship(id: $id) {
      id
      mentor {
        id
        ...ParticipantPanel_participant
      }
      mentee {
        id
        ...ParticipantPanel_participant
      }
      ...MentorshipDetailsHeader_mentorship
      ...ExportMentorshipButton_mentorship
      ...RelevantInfoPanel_mentorship
      ...SurveyHighlightsTable_mentorship
      ...PriorityFlagsTable_mentorship
    }
  }
`);

// The survey table lists only responses worth reading: every matching and assessment
// response, and post-session responses with an answered open-ended question.
export const DEFAULT_SURVEY_FILTER: SurveyResponseFilter = { highlightsOnly: true };
export const DEFAULT_SURVEY_SORT: SurveyResponseSort = { field: "SUBMITTED_AT", direction: "DESC" };
export const DEFAULT_FLAG_SORT: PriorityFlagSort = { field: "REPORTED_AT", direction: "DESC" };

/** Shows one mentorship: both participants, the pair's key facts, survey highlights and flags. */
export function MentorshipDetailsPage() {
  const { id = "" } = useParams();
  const [surveyFilter, setSurveyFilter] = useState(DEFAULT_SURVEY_FILTER);
  const [surveySort, setSurveySort] = useState(DEFAULT_SURVEY_SORT);
  const [flagSort, setFlagSort] = useState(DEFAULT_FLAG_SORT);
  // "all" keeps the data of a response that also withholds restricted fields with FORBIDDEN errors.
  const { data, previousData, loading, error: responseError, refetch } = useQuery(MentorshipDetailsPageQuery, {
    variables: { id, surveyFilter, surveySort, flagSort },
    errorPolicy: "all",
  });
  const error = hasOnlyForbiddenErrors(responseError) ? undefined : responseError;

  // While a new filter or sort loads, keep showing the same mentorship's previous rows. The
  // partial data of a failed response is not shown, as without `errorPolicy: "all"`.
  const currentData = error ? undefined : data;
  const shownData = currentData ?? (previousData?.mentorship?.id === id ? previousData : undefined);
  const mentorship = shownData?.mentorship;
  const retry = () => void refetch().catch(() => undefined);

  if (isMentorshipNotFound(error)) {
    return <MentorshipNotFound />;
  }
  if (error && !mentorship) {
    return <LoadErrorState subject="this mentorship" onRetry={retry} />;
  }
  if (!shownData) {
    return <MentorshipDetailsSkeleton />;
  }
  if (!mentorship) {
    return <MentorshipNotFound />;
  }

  const { fieldAccess } = shownData.viewer;

  return (
    <>
      <MentorshipDetailsHeader mentorship={mentorship} actions={<ExportMentorshipButton mentorship={mentorship} />} />
      {error && (
        <Alert severity="error" sx={{ mb: 3 }} action={<Button color="inherit" size="small" onClick={retry}>Retry</Button>}>
          Could not apply the new filter or order. The rows below are from before the change.
        </Alert>
      )}
      <Stack spacing={3}>
        <Grid container spacing={3}>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <ParticipantPanel participant={mentorship.mentor} contactDetailsReadable={fieldAccess.contactDetails} />
          </Grid>
          <Grid size={{ xs: 12, md: 6, lg: 4 }}>
            <ParticipantPanel participant={mentorship.mentee} contactDetailsReadable={fieldAccess.contactDetails} />
          </Grid>
          <Grid size={{ xs: 12, lg: 4 }}>
            <RelevantInfoPanel mentorship={mentorship} />
          </Grid>
        </Grid>
        <SurveyHighlightsTable
          mentorship={mentorship}
          filter={surveyFilter}
          sort={surveySort}
          onFilterChange={setSurveyFilter}
          onSortChange={setSurveySort}
          loading={loading}
        />
        <PriorityFlagsTable
          mentorship={mentorship}
          flagNotesReadable={fieldAccess.flagNotes}
          sort={flagSort}
          onSortChange={setFlagSort}
          loading={loading}
        />
      </Stack>
    </>
  );
}

/**
 * Tells whether every GraphQL error of a response is FORBIDDEN. The API returns null and a
 * FORBIDDEN error for each restricted field that the viewer's role may not read, and the panels
 * show such a field as hidden, so these errors are expected.
 */
function hasOnlyForbiddenErrors(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.every((graphQLError) => graphQLError.extensions?.code === "FORBIDDEN");
}
