import { ComingSoon } from "../../common/ComingSoon";

/** Placeholder for a priority flag on the flags page. */
export function PriorityFlagPage() {
  return (
    <ComingSoon
      title="Priority flag"
      message="Flag page coming soon."
      backHref="/mentorships"
      backLabel="Back to mentorships"
    />
  );
}
