import Link from "@mui/material/Link";

import { DetailList } from "../../../common/DetailList";
import { NotProvided } from "../../../common/NotProvided";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";

export const ParticipantContact_participant = graphql(`
  fragment ParticipantContact_participant on Participant {
    email
    phone
  }
`);

interface ParticipantContactProps {
  participant: FragmentType<typeof ParticipantContact_participant>;
}

/** Email and phone as links that open the mail or phone app. */
export function ParticipantContact({ participant: participantRef }: ParticipantContactProps) {
  const participant = getFragmentData(ParticipantContact_participant, participantRef);

  return (
    <DetailList
      items={[
        {
          label: "Email",
          value: participant.email ? <Link href={`mailto:${participant.email}`}>{participant.email}</Link> : <NotProvided />,
        },
        {
          label: "Phone",
          value: participant.phone ? <Link href={`tel:${toTelUri(participant.phone)}`}>{participant.phone}</Link> : <NotProvided />,
        },
      ]}
    />
  );
}

/** Keeps the digits and a leading plus, the only characters a `tel:` URI needs. */
function toTelUri(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");

  return digits.startsWith("+") ? `+${digits.slice(1).replace(/\+/g, "")}` : digits.replace(/\+/g, "");
}
