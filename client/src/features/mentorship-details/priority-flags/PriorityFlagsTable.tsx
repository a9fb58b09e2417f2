import { getFragmentData, graphql, type FragmentType } from "../../../gql";
import type { PriorityFlagSort } from "../../../gql/graphql";
import { PriorityFlagListTable } from "./PriorityFlagListTable";

// The sort is a variable of the page query, so that changing it refetches through the page's single request.
export const PriorityFlagsTable_mentorship = graphql(`
  fragment PriorityFlagsTable_mentorship on Mentorship {
    priorityFlagCount
    priorityFlags(first: 100, sort: $flagSort) {
      id
      ...PriorityFlagRow_priorityFlag
    }
  }
`);

interface PriorityFlagsTableProps {
  mentorship: FragmentType<typeof PriorityFlagsTable_mentorship>;
  /** Whether the viewer's role may read flag notes, which decides how a missing note reads. */
  flagNotesReadable: boolean;
  sort: PriorityFlagSort;
  onSortChange: (sort: PriorityFlagSort) => void;
  /** True while rows in a new order load; the current rows stay visible meanwhile. */
  loading?: boolean;
}

/** Lists every flag of the mentorship, sorted by date reported. */
export function PriorityFlagsTable({ mentorship: mentorshipRef, ...tableProps }: PriorityFlagsTableProps) {
  const { priorityFlags, priorityFlagCount } = getFragmentData(PriorityFlagsTable_mentorship, mentorshipRef);

  return (
    <PriorityFlagListTable
      title="Priority flags"
      priorityFlags={priorityFlags}
      totalCount={priorityFlagCount}
      emptyMessage="No priority flags reported"
      {...tableProps}
    />
  );
}
