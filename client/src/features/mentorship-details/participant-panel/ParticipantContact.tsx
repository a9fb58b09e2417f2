import Link from "@mui/material/Link";

import { DetailList } from "../../../common/DetailList";
import { HiddenForRole } from "../../../common/HiddenForRole";
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
  /** Whether the viewer's role may read contact details; the API returns them as null otherwise. */
  contactDetailsReadable: boolean;
}

/** Email and phone as links that open the mail or phone app. */
export function ParticipantContact({ participant: participantRef, contactDetailsReadable }: ParticipantContactProps) {
  const participant = getFragmentData(ParticipantContact_participant, participantRef);
  const missing = contactDetailsReadable ? <NotProvided /> : <HiddenForRole />;

  return (
    <DetailList
      items={[
        {
          label: "Email",
          value: participant.email ? <Link href={`mailto:${participant.email}`}>{participant.email}</Link> : missing,
        },
        {
          label: "Phone",
          value: participant.phone ? <Link href={`tel:${toTelUri(participant.phone)}`}>{participant.phone}</Link> : missing,
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
