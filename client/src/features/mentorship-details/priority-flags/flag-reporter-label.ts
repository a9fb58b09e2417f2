import { participantRoleLabels } from "../../../common/enum-labels";
import type { FlagChannel, ParticipantRole } from "../../../gql/graphql";

/** The fields of a priority flag that identify who raised it. */
export interface FlagReporter {
  channel: FlagChannel;
  reportedByRole?: ParticipantRole | null;
  reportedBy?: { displayName: string } | null;
}

/**
 * Describes who raised a flag: the participant with their role when there is one, else the
 * channel that raised it without a participant ("Keyword alert" or "Staff").
 */
export function formatFlagReporter({ channel, reportedByRole, reportedBy }: FlagReporter): string {
  const roleLabel = reportedByRole ? participantRoleLabels[reportedByRole] : null;
  if (reportedBy) {
    return roleLabel ? `${reportedBy.displayName} (${roleLabel})` : reportedBy.displayName;
  }
  if (roleLabel) {
    return roleLabel;
  }

  switch (channel) {
    case "KEYWORD_ALERT":
      return "Keyword alert";
    case "STAFF":
      return "Staff";
    case "CHECK_IN":
    case "POST_SESSION_SURVEY":
      // These channels always have a participant; the API returned none.
      return "Unknown participant";
  }
}
