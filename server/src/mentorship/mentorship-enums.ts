import { registerEnumType } from "type-graphql";

/** Whether a pair is currently working together. */
export enum MentorshipStatus {
  MATCHED = "MATCHED",
  UNMATCHED = "UNMATCHED",
}

/** Why a pair was unmatched. */
export enum UnmatchReason {
  GOALS_MET = "GOALS_MET",
  PROGRAM_CYCLE_ENDED = "PROGRAM_CYCLE_ENDED",
  NOT_A_GOOD_FIT = "NOT_A_GOOD_FIT",
  PARTICIPANT_LEFT_PROGRAM = "PARTICIPANT_LEFT_PROGRAM",
  UNRESPONSIVE = "UNRESPONSIVE",
  REMATCH_REQUESTED = "REMATCH_REQUESTED",
  CONDUCT = "CONDUCT",
  OTHER = "OTHER",
}

/** Labels shown to staff and written to CSV files. */
export const UNMATCH_REASON_LABELS: Record<UnmatchReason, string> = {
  GOALS_MET: "Goals met",
  PROGRAM_CYCLE_ENDED: "Program cycle ended",
  NOT_A_GOOD_FIT: "Not a good fit",
  PARTICIPANT_LEFT_PROGRAM: "Participant left the program",
  UNRESPONSIVE: "Unresponsive",
  REMATCH_REQUESTED: "Rematch requested",
  CONDUCT: "Conduct",
  OTHER: "Other",
};

registerEnumType(MentorshipStatus, {
  name: "MentorshipStatus",
  description: "Whether a pair is currently working together.",
  valuesConfig: {
    MATCHED: { description: "The pair is active." },
    UNMATCHED: { description: "The pair has ended; see `unmatchReason`." },
  },
});

registerEnumType(UnmatchReason, {
  name: "UnmatchReason",
  description: "Why a pair was unmatched.",
  valuesConfig: {
    GOALS_MET: { description: "The mentee met the goals of the mentorship." },
    PROGRAM_CYCLE_ENDED: { description: "The program's cycle, such as the academic year, ended." },
    NOT_A_GOOD_FIT: { description: "The pair did not work well together." },
    PARTICIPANT_LEFT_PROGRAM: { description: "The mentor or the mentee left the program." },
    UNRESPONSIVE: { description: "One of the two stopped responding." },
    REMATCH_REQUESTED: { description: "One of the two asked for another partner." },
    CONDUCT: { description: "Ended because of a conduct concern." },
    OTHER: { description: "Another reason, explained in `unmatchNote`." },
  },
});
