import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Divider from "@mui/material/Divider";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";

import { participantRoleLabels } from "../../../common/enum-labels";
import { visuallyHidden } from "../../../common/visually-hidden";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import { ParticipantAvatar } from "./ParticipantAvatar";
import { ParticipantContact } from "./ParticipantContact";
import { ParticipantCustomAttributes } from "./ParticipantCustomAttributes";
import { ParticipantDemographics } from "./ParticipantDemographics";

export const ParticipantPanel_participant = graphql(`
  fragment ParticipantPanel_participant on Participant {
    id
    role
    displayName
    pronouns
    ...ParticipantAvatar_participant
    ...ParticipantDemographics_participant
    ...ParticipantContact_participant
    ...ParticipantCustomAttributes_participant
  }
`);

interface ParticipantPanelProps {
  participant: FragmentType<typeof ParticipantPanel_participant>;
  /** Whether the viewer's role may read contact details, which decides how a missing one reads. */
  contactDetailsReadable: boolean;
}

/** Shows one side of the pair: picture, role, name, demographics, contact and custom attributes. */
export function ParticipantPanel({ participant: participantRef, contactDetailsReadable }: ParticipantPanelProps) {
  const participant = getFragmentData(ParticipantPanel_participant, participantRef);
  const roleLabel = participantRoleLabels[participant.role];
  const headingId = `participant-${participant.id}-name`;

  return (
    <Paper component="section" aria-labelledby={headingId} variant="outlined" sx={{ p: 3, height: "100%" }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: "center", mb: 2 }}>
        <ParticipantAvatar participant={participant} />
        <Stack spacing={0.5} sx={{ minWidth: 0 }}>
          <Chip
            label={roleLabel}
            size="small"
            color={participant.role === "MENTOR" ? "primary" : "secondary"}
            sx={{ alignSelf: "flex-start" }}
          />
          <Typography id={headingId} variant="h2" sx={{ overflowWrap: "anywhere" }}>
            <Box component="span" sx={visuallyHidden}>
              {roleLabel}:{" "}
            </Box>
            {participant.displayName}
          </Typography>
          {participant.pronouns && (
            <Typography variant="body2" sx={{ color: "text.secondary" }}>
              {participant.pronouns}
            </Typography>
          )}
        </Stack>
      </Stack>

      <Typography variant="h3" sx={{ mb: 1 }}>
        Demographics
      </Typography>
      <ParticipantDemographics participant={participant} />
      <Divider sx={{ my: 2 }} />

      <Typography variant="h3" sx={{ mb: 1 }}>
        Contact
      </Typography>
      <ParticipantContact participant={participant} contactDetailsReadable={contactDetailsReadable} />
      <Divider sx={{ my: 2 }} />

      <Typography variant="h3" sx={{ mb: 1 }}>
        Custom attributes
      </Typography>
      <ParticipantCustomAttributes participant={participant} />

      <Button href={`/participants/${encodeURIComponent(participant.id)}`} variant="outlined" sx={{ mt: 3 }}>
        See profile
      </Button>
    </Paper>
  );
}
