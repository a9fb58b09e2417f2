import Avatar from "@mui/material/Avatar";

import { getFragmentData, graphql, type FragmentType } from "../../../gql";

export const ParticipantAvatar_participant = graphql(`
  fragment ParticipantAvatar_participant on Participant {
    displayName
    initials
    pictureUrl
  }
`);

interface ParticipantAvatarProps {
  participant: FragmentType<typeof ParticipantAvatar_participant>;
}

/**
 * Shows the participant's picture. Avatar renders its children, the initials, both when
 * there is no picture and when the picture fails to load.
 */
export function ParticipantAvatar({ participant: participantRef }: ParticipantAvatarProps) {
  const participant = getFragmentData(ParticipantAvatar_participant, participantRef);

  return (
    <Avatar
      src={participant.pictureUrl ?? undefined}
      alt={participant.displayName}
      sx={{ width: 64, height: 64, fontSize: "1.4rem", bgcolor: "primary.main" }}
    >
      {participant.initials}
    </Avatar>
  );
}
