import Chip from "@mui/material/Chip";

import type { FlagStatus } from "../gql/graphql";
import { flagStatusLabels } from "./enum-labels";

const STATUS_COLORS: Record<FlagStatus, "error" | "warning" | "success"> = {
  OPEN: "error",
  IN_PROGRESS: "warning",
  RESOLVED: "success",
};

/** Shows a flag's workflow status as a colored chip: open red, in progress orange, resolved green. */
export function FlagStatusChip({ status }: { status: FlagStatus }) {
  return <Chip label={flagStatusLabels[status]} color={STATUS_COLORS[status]} size="small" variant="outlined" />;
}

/** Shows whether a flag needs immediate support, as a chip filled only for urgent flags. */
export function FlagUrgencyChip({ urgent }: { urgent: boolean }) {
  return urgent ? <Chip label="Urgent" color="error" size="small" /> : <Chip label="Not urgent" size="small" variant="outlined" />;
}
