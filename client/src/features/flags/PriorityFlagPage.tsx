import { ComingSoon } from "../../common/ComingSoon";
import { useDocumentTitle } from "../../common/use-document-title";

/** Placeholder for a priority flag on the flags page. */
export function PriorityFlagPage() {
  useDocumentTitle("Priority flag");

  return (
    <ComingSoon
      title="Priority flag"
      message="Flag page coming soon."
      backHref="/mentorships"
      backLabel="Back to mentorships"
    />
  );
}
