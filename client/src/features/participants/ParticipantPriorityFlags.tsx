import { getFragmentData, graphql, type FragmentType } from "../../gql";
import type { PriorityFlagSort } from "../../gql/graphql";
import { PriorityFlagListTable } from "../mentorship-details/priority-flags/PriorityFlagListTable";

// The sort is a variable of the page query, so that changing it refetches through the page's single request.
export const ParticipantPriorityFlags_participant = graphql(`
  fragment ParticipantPriorityFlags_participant on Participant {
    priorityFlags(first: 100, sort: $flagSort) {
      id
      ...PriorityFlagRow_priorityFlag
    }
  }
`);

interface ParticipantPriorityFlagsProps {
  participant: FragmentType<typeof ParticipantPriorityFlags_participant>;
  /** Whether the viewer's role may read flag notes, which decides how a missing note reads. */
  flagNotesReadable: boolean;
  sort: PriorityFlagSort;
  onSortChange: (sort: PriorityFlagSort) => void;
  loading?: boolean;
}

/** Lists the flags raised about the person in any of their mentorships, sorted by date reported. */
export function ParticipantPriorityFlags({ participant: participantRef, ...tableProps }: ParticipantPriorityFlagsProps) {
  const { priorityFlags } = getFragmentData(ParticipantPriorityFlags_participant, participantRef);

  return <PriorityFlagListTable title="Priority flags about this person" priorityFlags={priorityFlags} emptyMessage="No priority flags reported" {...tableProps} />;
}
