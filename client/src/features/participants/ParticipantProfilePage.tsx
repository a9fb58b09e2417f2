import { ComingSoon } from "../../common/ComingSoon";

/** Placeholder for a participant's full profile. */
export function ParticipantProfilePage() {
  return (
    <ComingSoon
      title="Participant profile"
      message="Profile page coming soon."
      backHref="/mentorships"
      backLabel="Back to mentorships"
    />
  );
}
