import { ComingSoon } from "../../common/ComingSoon";
import { useDocumentTitle } from "../../common/use-document-title";

/** Placeholder for a participant's full profile. */
export function ParticipantProfilePage() {
  useDocumentTitle("Participant profile");

  return (
    <ComingSoon
      title="Participant profile"
      message="Profile page coming soon."
      backHref="/mentorships"
      backLabel="Back to mentorships"
    />
  );
}
