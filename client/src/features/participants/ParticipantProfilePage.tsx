import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Grid from "@mui/material/Grid";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import { useState } from "react";
import { useParams } from "react-router";

import { hasOnlyForbiddenErrors, isRecordNotFoundError } from "../../common/graphql-error-codes";
import { LoadErrorState } from "../../common/LoadErrorState";
import { NotFoundState } from "../../common/NotFoundState";
import { useDocumentTitle } from "../../common/use-document-title";
import { graphql } from "../../gql";
import type { PriorityFlagSort, SurveyResponseFilter, SurveyResponseSort } from "../../gql/graphql";
import { ParticipantMentorships } from "./ParticipantMentorships";
import { ParticipantPriorityFlags } from "./ParticipantPriorityFlags";
import { ParticipantProfileDetails } from "./ParticipantProfileDetails";
import { ParticipantProfileHeader } from "./ParticipantProfileHeader";
import { ParticipantSurveyResponses } from "./ParticipantSurveyResponses";

export const ParticipantProfilePageQuery = graphql(`
  query ParticipantProfilePage(
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
    participant(id: $id) {
      id
      ...ParticipantProfileHeader_participant
      ...ParticipantProfileDetails_participant
      ...ParticipantMentorships_participant
      ...ParticipantSurveyResponses_participant
      ...ParticipantPriorityFlags_participant
    }
  }
`);

// The same rule as the details page's table: matching and assessment responses, and
// post-session responses with an answered open-ended question.
export const DEFAULT_PROFILE_SURVEY_FILTER: SurveyResponseFilter = { highlightsOnly: true };
export const DEFAULT_PROFILE_SURVEY_SORT: SurveyResponseSort = { field: "SUBMITTED_AT", direction: "DESC" };
export const DEFAULT_PROFILE_FLAG_SORT: PriorityFlagSort = { field: "REPORTED_AT", direction: "DESC" };

/** Shows everything about one participant: profile, mentorships current and past, survey responses and flags. */
export function ParticipantProfilePage() {
  const { id = "" } = useParams();
  const [surveyFilter, setSurveyFilter] = useState(DEFAULT_PROFILE_SURVEY_FILTER);
  const [surveySort, setSurveySort] = useState(DEFAULT_PROFILE_SURVEY_SORT);
  const [flagSort, setFlagSort] = useState(DEFAULT_PROFILE_FLAG_SORT);
  // "all" keeps the data of a response that also withholds contact details or flag notes with FORBIDDEN errors.
  const { data, previousData, loading, error: responseError, refetch } = useQuery(ParticipantProfilePageQuery, {
    variables: { id, surveyFilter, surveySort, flagSort },
    errorPolicy: "all",
  });
  const error = hasOnlyForbiddenErrors(responseError) ? undefined : responseError;
  const currentData = error ? undefined : data;
  const shownData = currentData ?? (previousData?.participant?.id === id ? previousData : undefined);
  const participant = shownData?.participant;
  const retry = () => void refetch().catch(() => undefined);

  if (isRecordNotFoundError(error)) {
    return <ParticipantNotFound />;
  }
  if (error && !participant) {
    return <LoadErrorState subject="this participant" onRetry={retry} />;
  }
  if (!shownData) {
    return <ProfileSkeleton />;
  }
  if (!participant) {
    return <ParticipantNotFound />;
  }

  return (
    <>
      <ParticipantProfileHeader participant={participant} />
      {error && (
        <Alert severity="error" sx={{ mb: 3 }} action={<Button color="inherit" size="small" onClick={retry}>Retry</Button>}>
          Could not apply the new filter or order. The rows below are from before the change.
        </Alert>
      )}
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, lg: 5 }}>
          <ParticipantProfileDetails participant={participant} contactDetailsReadable={shownData.viewer.fieldAccess.contactDetails} />
        </Grid>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Stack spacing={3}>
            <ParticipantMentorships participant={participant} />
            <ParticipantSurveyResponses
              participant={participant}
              filter={surveyFilter}
              sort={surveySort}
              onFilterChange={setSurveyFilter}
              onSortChange={setSurveySort}
              loading={loading}
            />
            <ParticipantPriorityFlags
              participant={participant}
              flagNotesReadable={shownData.viewer.fieldAccess.flagNotes}
              sort={flagSort}
              onSortChange={setFlagSort}
              loading={loading}
            />
          </Stack>
        </Grid>
      </Grid>
    </>
  );
}

function ParticipantNotFound() {
  return (
    <NotFoundState
      title="Participant not found"
      message="No participant in your programs has this id. They may have been removed, or the link may be incomplete."
      backHref="/mentorships"
      backLabel="Back to mentorships"
    />
  );
}

function ProfileSkeleton() {
  useDocumentTitle("Loading profile");

  return (
    <Stack spacing={2} aria-busy="true" aria-label="Loading profile">
      <Skeleton variant="text" width={160} />
      <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <Skeleton variant="circular" width={64} height={64} />
        <Skeleton variant="text" sx={{ fontSize: "1.75rem" }} width="40%" />
      </Stack>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, lg: 5 }}>
          <Skeleton variant="rectangular" height={480} />
        </Grid>
        <Grid size={{ xs: 12, lg: 7 }}>
          <Skeleton variant="rectangular" height={480} />
        </Grid>
      </Grid>
    </Stack>
  );
}
