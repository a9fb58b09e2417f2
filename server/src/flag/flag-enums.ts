import { registerEnumType } from "type-graphql";

/** Stage of a flag in the staff workflow. */
export enum FlagStatus {
  OPEN = "OPEN",
  IN_PROGRESS = "IN_PROGRESS",
  RESOLVED = "RESOLVED",
}

/** Channel through which a flag was raised. */
export enum FlagChannel {
  POST_SESSION_SURVEY = "POST_SESSION_SURVEY",
  CHECK_IN = "CHECK_IN",
  STAFF = "STAFF",
  KEYWORD_ALERT = "KEYWORD_ALERT",
}

/** Reason a flag was resolved. */
export enum FlagResolutionReason {
  SUPPORT_PROVIDED = "SUPPORT_PROVIDED",
  REFERRED = "REFERRED",
  NO_ACTION_NEEDED = "NO_ACTION_NEEDED",
  UNABLE_TO_REACH = "UNABLE_TO_REACH",
  DUPLICATE = "DUPLICATE",
}

/** A step of the staff workflow recorded in a flag's history. */
export enum PriorityFlagEventType {
  ASSIGNED = "ASSIGNED",
  UNASSIGNED = "UNASSIGNED",
  STARTED = "STARTED",
  RESOLVED = "RESOLVED",
  REOPENED = "REOPENED",
}

/** Labels shown to staff and written to CSV files. */
export const FLAG_STATUS_LABELS: Record<FlagStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  RESOLVED: "Resolved",
};

registerEnumType(FlagStatus, {
  name: "FlagStatus",
  description: "Stage of a flag in the staff workflow.",
  valuesConfig: {
    OPEN: { description: "Reported, and no staff member has started work on it; it may already be assigned." },
    IN_PROGRESS: { description: "A staff member is working on it." },
    RESOLVED: { description: "Closed with a resolution reason." },
  },
});

registerEnumType(FlagChannel, {
  name: "FlagChannel",
  description: "Channel through which a flag was raised.",
  valuesConfig: {
    POST_SESSION_SURVEY: { description: "A participant raised it in a post-session survey." },
    CHECK_IN: { description: "A participant raised it in a quick check-in." },
    STAFF: { description: "A staff member raised it." },
    KEYWORD_ALERT: { description: "Raised automatically because a survey answer contained an alert keyword." },
  },
});

registerEnumType(FlagResolutionReason, {
  name: "FlagResolutionReason",
  description: "Reason a flag was resolved.",
  valuesConfig: {
    SUPPORT_PROVIDED: { description: "Staff provided support directly." },
    REFERRED: { description: "The participant was referred to a campus or community service." },
    NO_ACTION_NEEDED: { description: "On review, no action was needed." },
    UNABLE_TO_REACH: { description: "Staff could not reach the participant." },
    DUPLICATE: { description: "Another flag covers the same concern." },
  },
});

registerEnumType(PriorityFlagEventType, {
  name: "PriorityFlagEventType",
  description: "A step of the staff workflow recorded in a flag's history.",
  valuesConfig: {
    ASSIGNED: { description: "A staff member was made the assignee, replacing any earlier one." },
    UNASSIGNED: { description: "The assignee was removed." },
    STARTED: { description: "Work started: the status went from OPEN to IN_PROGRESS." },
    RESOLVED: { description: "The flag was resolved with a reason and an optional note." },
    REOPENED: { description: "A resolved flag went back to IN_PROGRESS; its resolution stays in this history." },
  },
});
