import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { useCallback, useMemo } from "react";
import { useLocation, useNavigate } from "react-router";

import { PageLoading } from "../../app/PageLoading";
import { LoadErrorState } from "../../common/LoadErrorState";
import { useDocumentTitle } from "../../common/use-document-title";
import { useNarrowScreen } from "../../common/use-narrow-screen";
import { graphql } from "../../gql";
import { signInPath } from "../auth/sign-in-path";
import { PLACEHOLDER_DEFAULTS, type ExampleDefaults } from "./example-operations";
import { ExplorerWorkspace } from "./ExplorerWorkspace";

export const ExplorerPageQuery = graphql(`
  query ExplorerPage {
    programs(first: 1, sort: { field: NAME, direction: ASC }) {
      edges {
        node {
          id
        }
      }
    }
    mentorships(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** Heights of the top bar (56 px on phones, 64 px from `sm` up) and of the layout's vertical padding. */
const WORKSPACE_HEIGHT = { xs: "calc(100dvh - 56px - 48px)", sm: "calc(100dvh - 64px - 48px)" };

/**
 * Puts GraphiQL's result below the editors instead of beside them, for phone screens. The drag
 * bar between the two resizes widths only, so it is hidden there.
 */
const STACKED_PANES = {
  "& #graphiql-session": { flexDirection: "column" },
  "& #graphiql-session > .graphiql-horizontal-drag-bar": { display: "none" },
} as const;

/** Shows GraphiQL for ad-hoc queries, with example operations and the schema's documentation. */
export function ExplorerPage() {
  useDocumentTitle("Explorer");
  const narrowScreen = useNarrowScreen();
  const navigate = useNavigate();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ExplorerPageQuery);

  const defaults = useMemo<ExampleDefaults | null>(() => {
    if (!data) {
      return null;
    }

    return {
      programId: data.programs.edges[0]?.node.id ?? PLACEHOLDER_DEFAULTS.programId,
      mentorshipId: data.mentorships.edges[0]?.node.id ?? PLACEHOLDER_DEFAULTS.mentorshipId,
    };
  }, [data]);

  // NOTE: when this redirect unmounts GraphiQL, Chromium has logged an uncaught `Canceled` error:
  // the message of Monaco's cancellation error, raised while Monaco disposes its editors, not by this project's code.
  const handleUnauthenticated = useCallback(() => {
    void navigate(signInPath(location.pathname + location.search, "session-ended"), { replace: true });
  }, [navigate, location.pathname, location.search]);

  return (
    <Box
      component="section"
      aria-labelledby="explorer-title"
      sx={{ display: "flex", flexDirection: "column", gap: 1.5, height: WORKSPACE_HEIGHT, minHeight: 560 }}
    >
      <Box>
        <Typography id="explorer-title" variant="h1">
          Explorer
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Write GraphQL queries against your partner&apos;s data. Start from an example, and open Docs for every type and
          field.
        </Typography>
      </Box>
      {narrowScreen && (
        <Alert severity="info">The explorer is made for wider screens. Turn the phone sideways or use a computer for more room.</Alert>
      )}
      <ExplorerBody
        loading={loading && !data}
        failed={Boolean(error) && !data}
        defaults={defaults}
        narrowScreen={narrowScreen}
        onRetry={() => void refetch()}
        onUnauthenticated={handleUnauthenticated}
      />
    </Box>
  );
}

interface ExplorerBodyProps {
  loading: boolean;
  failed: boolean;
  defaults: ExampleDefaults | null;
  narrowScreen: boolean;
  onRetry: () => void;
  onUnauthenticated: () => void;
}

function ExplorerBody({ loading, failed, defaults, narrowScreen, onRetry, onUnauthenticated }: ExplorerBodyProps) {
  if (loading) {
    return <PageLoading />;
  }
  if (failed || !defaults) {
    return <LoadErrorState subject="the explorer" onRetry={onRetry} />;
  }

  return (
    <Box sx={{ flex: 1, minHeight: 0, border: 1, borderColor: "divider", borderRadius: 1, overflow: "hidden", bgcolor: "background.paper", ...(narrowScreen && STACKED_PANES) }}>
      <ExplorerWorkspace defaults={defaults} narrowScreen={narrowScreen} onUnauthenticated={onUnauthenticated} />
    </Box>
  );
}
