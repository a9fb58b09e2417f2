import Chip from "@mui/material/Chip";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";

import { commonGroundKindLabels } from "../../../common/enum-labels";
import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { CommonGroundKind } from "../../../gql/graphql";

export const CommonGroundList_mentorship = graphql(`
  fragment CommonGroundList_mentorship on Mentorship {
    commonGround {
      kind
      label
      value
    }
  }
`);

const KIND_ORDER: CommonGroundKind[] = ["LIFE_EXPERIENCE", "CHARACTERISTIC", "CUSTOM_ATTRIBUTE"];

interface CommonGroundListProps {
  mentorship: FragmentType<typeof CommonGroundList_mentorship>;
}

/**
 * Text of one chip. A shared characteristic's label is the whole survey question, too long for a
 * chip, so the chip shows the shared choice and the question becomes its tooltip.
 */
function chipText(item: { kind: CommonGroundKind; label: string; value?: string | null }): string {
  if (!item.value) {
    return item.label;
  }

  return item.kind === "CHARACTERISTIC" ? item.value : `${item.label}: ${item.value}`;
}

/** Shows what mentor and mentee share, as chips grouped by kind. */
export function CommonGroundList({ mentorship: mentorshipRef }: CommonGroundListProps) {
  const { commonGround } = getFragmentData(CommonGroundList_mentorship, mentorshipRef);

  if (commonGround.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: "text.secondary" }}>
        Nothing in common found
      </Typography>
    );
  }

  const groups = KIND_ORDER.map((kind) => ({
    kind,
    items: commonGround.filter((item) => item.kind === kind),
  })).filter((group) => group.items.length > 0);

  return (
    <Stack spacing={1.5}>
      {groups.map((group) => (
        <div key={group.kind}>
          <Typography variant="subtitle2" component="h4" sx={{ mb: 0.5 }}>
            {commonGroundKindLabels[group.kind]}
          </Typography>
          <Stack direction="row" useFlexGap sx={{ flexWrap: "wrap", gap: 1 }}>
            {group.items.map((item) => (
              <Chip
                key={`${item.label}:${item.value ?? ""}`}
                label={chipText(item)}
                title={item.kind === "CHARACTERISTIC" ? item.label : undefined}
                size="small"
                variant="outlined"
              />
            ))}
          </Stack>
        </div>
      ))}
    </Stack>
  );
}
