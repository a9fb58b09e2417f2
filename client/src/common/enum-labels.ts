import type {
  CommonGroundKind,
  FlagChannel,
  FlagResolutionReason,
  FlagStatus,
  MentorshipStatus,
  ParticipantRole,
  SurveyType,
  UnmatchReason,
} from "../gql/graphql";

/**
 * Display words for the API's enum values. Each map is a `Record` over its enum, so the type
 * check fails when the schema adds a value that a map lacks.
 */
export const participantRoleLabels: Record<ParticipantRole, string> = {
  MENTOR: "Mentor",
  MENTEE: "Mentee",
};

export const mentorshipStatusLabels: Record<MentorshipStatus, string> = {
  MATCHED: "Matched",
  UNMATCHED: "Unmatched",
};

export const unmatchReasonLabels: Record<UnmatchReason, string> = {
  GOALS_MET: "Goals met",
  PROGRAM_CYCLE_ENDED: "Program cycle ended",
  NOT_A_GOOD_FIT: "Not a good fit",
  PARTICIPANT_LEFT_PROGRAM: "Participant left the program",
  UNRESPONSIVE: "Unresponsive",
  REMATCH_REQUESTED: "Rematch requested",
  CONDUCT: "Conduct",
  OTHER: "Other",
};

export const surveyTypeLabels: Record<SurveyType, string> = {
  MATCHING: "Matching",
  ASSESSMENT: "Assessment",
  POST_SESSION: "Post-session",
};

export const commonGroundKindLabels: Record<CommonGroundKind, string> = {
  LIFE_EXPERIENCE: "Life experiences",
  CHARACTERISTIC: "Characteristics",
  CUSTOM_ATTRIBUTE: "Program attributes",
};

export const flagStatusLabels: Record<FlagStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  RESOLVED: "Resolved",
};

export const flagChannelLabels: Record<FlagChannel, string> = {
  POST_SESSION_SURVEY: "Post-session survey",
  CHECK_IN: "Check-in",
  STAFF: "Staff",
  KEYWORD_ALERT: "Keyword alert",
};

export const flagResolutionReasonLabels: Record<FlagResolutionReason, string> = {
  SUPPORT_PROVIDED: "Support provided",
  REFERRED: "Referred",
  NO_ACTION_NEEDED: "No action needed",
  UNABLE_TO_REACH: "Unable to reach",
  DUPLICATE: "Duplicate",
};
