import Chip from "@mui/material/Chip";
import Divider from "@mui/material/Divider";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";

import { DetailList } from "../../common/DetailList";
import { formatInstantDate } from "../../common/format-date";
import { NotProvided } from "../../common/NotProvided";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { ParticipantContact } from "../mentorship-details/participant-panel/ParticipantContact";
import { ParticipantCustomAttributes } from "../mentorship-details/participant-panel/ParticipantCustomAttributes";
import { ParticipantDemographics } from "../mentorship-details/participant-panel/ParticipantDemographics";

export const ParticipantProfileDetails_participant = graphql(`
  fragment ParticipantProfileDetails_participant on Participant {
    firstName
    lastName
    preferredName
    pronouns
    externalId
    createdAt
    lifeExperienceLabels
    goals
    ...ParticipantDemographics_participant
    ...ParticipantContact_participant
    ...ParticipantCustomAttributes_participant
  }
`);

interface ParticipantProfileDetailsProps {
  participant: FragmentType<typeof ParticipantProfileDetails_participant>;
  /** Whether the viewer's role may read contact details, which decides how a missing one reads. */
  contactDetailsReadable: boolean;
}

/** Shows the person's names, demographics, contact, custom attributes, life experiences and goals. */
export function ParticipantProfileDetails({ participant: participantRef, contactDetailsReadable }: ParticipantProfileDetailsProps) {
  const participant = getFragmentData(ParticipantProfileDetails_participant, participantRef);

  return (
    <Paper component="section" aria-labelledby="profile-details-title" variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography id="profile-details-title" variant="h2" sx={{ mb: 2 }}>
        Profile
      </Typography>
      <DetailList
        items={[
          { label: "First name", value: participant.firstName },
          { label: "Last name", value: participant.lastName },
          { label: "Preferred name", value: participant.preferredName ?? <NotProvided /> },
          { label: "Pronouns", value: participant.pronouns ?? <NotProvided /> },
          { label: "Partner's id", value: participant.externalId ?? <NotProvided /> },
          { label: "Added", value: formatInstantDate(participant.createdAt) },
        ]}
      />
      <Divider sx={{ my: 2 }} />

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
      <Divider sx={{ my: 2 }} />

      <Typography variant="h3" sx={{ mb: 1 }}>
        Life experiences
      </Typography>
      <ChipList items={participant.lifeExperienceLabels} emptyMessage="No life experiences reported" />
      <Divider sx={{ my: 2 }} />

      <Typography variant="h3" sx={{ mb: 1 }}>
        Goals
      </Typography>
      <ChipList items={participant.goals} emptyMessage="No goals chosen" color="primary" />
    </Paper>
  );
}

function ChipList({ items, emptyMessage, color }: { items: readonly string[]; emptyMessage: string; color?: "primary" }) {
  if (items.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: "text.secondary" }}>
        {emptyMessage}
      </Typography>
    );
  }

  return (
    <Stack component="ul" direction="row" useFlexGap sx={{ flexWrap: "wrap", gap: 1, listStyle: "none", m: 0, p: 0 }}>
      {items.map((item) => (
        <li key={item}>
          <Chip label={item} size="small" variant="outlined" color={color} />
        </li>
      ))}
    </Stack>
  );
}
