import Box from "@mui/material/Box";
import Breadcrumbs from "@mui/material/Breadcrumbs";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";

import { participantRoleLabels } from "../../common/enum-labels";
import { useDocumentTitle } from "../../common/use-document-title";
import { visuallyHidden } from "../../common/visually-hidden";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ParticipantAvatar } from "../mentorship-details/participant-panel/ParticipantAvatar";

export const ParticipantProfileHeader_participant = graphql(`
  fragment ParticipantProfileHeader_participant on Participant {
    role
    displayName
    pronouns
    program {
      id
      name
    }
    ...ParticipantAvatar_participant
  }
`);

interface ParticipantProfileHeaderProps {
  participant: FragmentType<typeof ParticipantProfileHeader_participant>;
}

/** Breadcrumbs, picture, role, name and program at the top of a profile. */
export function ParticipantProfileHeader({ participant: participantRef }: ParticipantProfileHeaderProps) {
  const participant = getFragmentData(ParticipantProfileHeader_participant, participantRef);
  const roleLabel = participantRoleLabels[participant.role];
  useDocumentTitle(participant.displayName);

  return (
    <Stack spacing={2} sx={{ mb: 3 }}>
      <Breadcrumbs aria-label="Breadcrumb">
        <Link href="/mentorships">Mentorships</Link>
        <Typography sx={{ color: "text.primary" }} aria-current="page">
          Participant profile
        </Typography>
      </Breadcrumbs>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
        <ParticipantAvatar participant={participant} />
        <Stack spacing={0.5} sx={{ minWidth: 0 }}>
          <Chip label={roleLabel} size="small" color={participant.role === "MENTOR" ? "primary" : "secondary"} sx={{ alignSelf: "flex-start" }} />
          <Typography variant="h1" sx={{ overflowWrap: "anywhere" }}>
            <Box component="span" sx={visuallyHidden}>
              {roleLabel}:{" "}
            </Box>
            {participant.displayName}
          </Typography>
          <Typography sx={{ color: "text.secondary" }}>
            {[participant.pronouns, participant.program.name].filter(Boolean).join(" · ")}
          </Typography>
        </Stack>
      </Stack>
    </Stack>
  );
}
