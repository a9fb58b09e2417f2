import Grid from "@mui/material/Grid";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";

import { useDocumentTitle } from "../../common/use-document-title";

/** Placeholders shaped like the details page while its query loads. */
export function MentorshipDetailsSkeleton() {
  useDocumentTitle("Loading mentorship");

  return (
    <Stack spacing={3} aria-busy="true" aria-label="Loading mentorship">
      <Stack spacing={1}>
        <Skeleton variant="text" width={160} />
        <Skeleton variant="text" sx={{ fontSize: "1.75rem" }} width="50%" />
        <Skeleton variant="text" width="25%" />
      </Stack>
      <Grid container spacing={3}>
        {["mentor", "mentee"].map((panel) => (
          <Grid key={panel} size={{ xs: 12, md: 6, lg: 4 }}>
            <ParticipantPanelSkeleton />
          </Grid>
        ))}
        <Grid size={{ xs: 12, lg: 4 }}>
          <Paper variant="outlined" sx={{ p: 3 }}>
            <Skeleton variant="text" width="40%" sx={{ fontSize: "1.25rem", mb: 2 }} />
            {Array.from({ length: 5 }, (_, index) => (
              <Skeleton key={index} variant="text" />
            ))}
            <Skeleton variant="rounded" height={56} sx={{ mt: 2 }} />
          </Paper>
        </Grid>
      </Grid>
      {["survey-highlights", "priority-flags"].map((table) => (
        <Paper key={table} variant="outlined" sx={{ p: 3 }}>
          <Skeleton variant="text" width="30%" sx={{ fontSize: "1.25rem", mb: 2 }} />
          <Skeleton variant="rectangular" height={160} />
        </Paper>
      ))}
    </Stack>
  );
}

function ParticipantPanelSkeleton() {
  return (
    <Paper variant="outlined" sx={{ p: 3 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 2 }}>
        <Skeleton variant="circular" width={64} height={64} />
        <Stack sx={{ flexGrow: 1 }}>
          <Skeleton variant="rounded" width={64} height={24} />
          <Skeleton variant="text" sx={{ fontSize: "1.25rem" }} width="70%" />
        </Stack>
      </Stack>
      {Array.from({ length: 8 }, (_, index) => (
        <Skeleton key={index} variant="text" />
      ))}
    </Paper>
  );
}
