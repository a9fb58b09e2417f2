import Typography from "@mui/material/Typography";

import { DetailList } from "../../../common/DetailList";
import { formatLocalDate } from "../../../common/format-date";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { CustomAttributeValueType } from "../../../gql/graphql";

export const ParticipantCustomAttributes_participant = graphql(`
  fragment ParticipantCustomAttributes_participant on Participant {
    customAttributes {
      key
      label
      value
      valueType
    }
  }
`);

interface ParticipantCustomAttributesProps {
  participant: FragmentType<typeof ParticipantCustomAttributes_participant>;
}

/** Lists the partner's own fields for this participant, such as college or scholarship. */
export function ParticipantCustomAttributes({ participant: participantRef }: ParticipantCustomAttributesProps) {
  const { customAttributes } = getFragmentData(ParticipantCustomAttributes_participant, participantRef);

  if (customAttributes.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: "text.secondary" }}>
        No custom attributes
      </Typography>
    );
  }

  return (
    <DetailList
      items={customAttributes.map((attribute) => ({
        id: attribute.key,
        label: attribute.label,
        value: formatAttributeValue(attribute.value, attribute.valueType),
      }))}
    />
  );
}

function formatAttributeValue(value: string, valueType: CustomAttributeValueType): string {
  switch (valueType) {
    case "BOOLEAN":
      return formatBoolean(value);
    case "DATE":
      return formatLocalDate(value);
    default:
      return value;
  }
}

/** Shows the API's "true" and "false" as words, and any other text as it is. */
function formatBoolean(value: string): string {
  if (value === "true") {
    return "Yes";
  }
  if (value === "false") {
    return "No";
  }

  return value;
}
