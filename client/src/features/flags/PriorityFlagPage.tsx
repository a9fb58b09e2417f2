import { useQuery } from "@apollo/client/react";
import Breadcrumbs from "@mui/material/Breadcrumbs";
import Grid from "@mui/material/Grid";
import Link from "@mui/material/Link";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { useParams } from "react-router";

import { hasOnlyForbiddenErrors, isRecordNotFoundError } from "../../common/graphql-error-codes";
import { LoadErrorState } from "../../common/LoadErrorState";
import { NotFoundState } from "../../common/NotFoundState";
import { useDocumentTitle } from "../../common/use-document-title";
import { getFragmentData, graphql } from "../../gql";
import type { PriorityFlagPageQuery as PriorityFlagPageData } from "../../gql/graphql";
import { PriorityFlagActions } from "./flag-page/PriorityFlagActions";
import { PriorityFlagHistory } from "./flag-page/PriorityFlagHistory";
import { PriorityFlagSummary } from "./flag-page/PriorityFlagSummary";

// Everything the page shows of a flag; the workflow steps request it too, so the page updates from their responses.
export const PriorityFlagPage_priorityFlag = graphql(`
  fragment PriorityFlagPage_priorityFlag on PriorityFlag {
    id
    category {
      id
      label
    }
    subject {
      id
      displayName
    }
    ...PriorityFlagSummary_priorityFlag
    ...PriorityFlagHistory_priorityFlag
    ...PriorityFlagActions_priorityFlag
  }
`);

export const PriorityFlagPageQuery = graphql(`
  query PriorityFlagPage($id: ID!) {
    viewer {
      fieldAccess {
        flagNotes
      }
      ...PriorityFlagActions_viewer
    }
    priorityFlag(id: $id) {
      id
      ...PriorityFlagPage_priorityFlag
    }
  }
`);

/** Shows one priority flag with its history, and lets an admin take it through the workflow. */
export function PriorityFlagPage() {
  const { id = "" } = useParams();
  // "all" keeps the data of a response that also withholds flag notes with FORBIDDEN errors.
  const { data, error: responseError, refetch } = useQuery(PriorityFlagPageQuery, { variables: { id }, errorPolicy: "all" });
  const error = hasOnlyForbiddenErrors(responseError) ? undefined : responseError;
  const retry = () => void refetch().catch(() => undefined);

  if (isRecordNotFoundError(error)) {
    return (
      <NotFoundState
        title="Flag not found"
        message="No priority flag in your programs has this id. It may have been removed, or the link may be incomplete."
        backHref="/flags"
        backLabel="Back to flags"
      />
    );
  }
  if (error) {
    return <LoadErrorState subject="this flag" onRetry={retry} />;
  }
  if (!data) {
    return <PriorityFlagPageSkeleton />;
  }
  if (!data.priorityFlag) {
    return (
      <NotFoundState title="Flag not found" message="No priority flag in your programs has this id." backHref="/flags" backLabel="Back to flags" />
    );
  }

  return <PriorityFlagContent viewer={data.viewer} priorityFlag={data.priorityFlag} onStale={retry} />;
}

interface PriorityFlagContentProps {
  viewer: PriorityFlagPageData["viewer"];
  priorityFlag: NonNullable<PriorityFlagPageData["priorityFlag"]>;
  onStale: () => void;
}

function PriorityFlagContent({ viewer, priorityFlag: flagRef, onStale }: PriorityFlagContentProps) {
  const flag = getFragmentData(PriorityFlagPage_priorityFlag, flagRef);
  const flagNotesReadable = viewer.fieldAccess.flagNotes;
  useDocumentTitle(`${flag.category.label} flag about ${flag.subject.displayName}`);

  return (
    <>
      <Stack spacing={1} sx={{ mb: 3 }}>
        <Breadcrumbs aria-label="Breadcrumb">
          <Link href="/flags">Flags</Link>
          <Typography sx={{ color: "text.primary" }} aria-current="page">
            Flag
          </Typography>
        </Breadcrumbs>
        <Typography variant="h1" sx={{ overflowWrap: "anywhere" }}>
          {flag.category.label} flag about {flag.subject.displayName}
        </Typography>
        <PriorityFlagActions priorityFlag={flag} viewer={viewer} onStale={onStale} />
      </Stack>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, lg: 7 }}>
          <PriorityFlagSummary priorityFlag={flag} flagNotesReadable={flagNotesReadable} />
        </Grid>
        <Grid size={{ xs: 12, lg: 5 }}>
          <PriorityFlagHistory priorityFlag={flag} flagNotesReadable={flagNotesReadable} />
        </Grid>
      </Grid>
    </>
  );
}

function PriorityFlagPageSkeleton() {
  useDocumentTitle("Loading flag");

  return (
    <Stack spacing={2} aria-busy="true" aria-label="Loading flag">
      <Skeleton variant="text" width={120} />
      <Skeleton variant="text" sx={{ fontSize: "1.75rem" }} width="60%" />
      <Skeleton variant="rounded" height={36} width={280} />
      <Skeleton variant="rectangular" height={320} />
    </Stack>
  );
}
