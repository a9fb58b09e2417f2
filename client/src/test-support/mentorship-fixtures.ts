import type {
  CommonGroundKind,
  CustomAttributeValueType,
  FlagChannel,
  FlagResolutionReason,
  FlagStatus,
  HighlightKind,
  MentorshipStatus,
  ParticipantRole,
  SurveyType,
  UnmatchReason,
} from "../gql/graphql";

// Response-shaped test data with every field the dashboard's fragments select and the
// `__typename` that Apollo Client adds to each selection set.

export interface ParticipantFixture {
  __typename: "Participant";
  id: string;
  role: ParticipantRole;
  displayName: string;
  initials: string;
  pronouns: string | null;
  pictureUrl: string | null;
  email: string | null;
  phone: string | null;
  gender: string | null;
  raceEthnicity: string | null;
  firstGeneration: boolean | null;
  graduationYear: number | null;
  fieldOfStudyOrWork: string | null;
  customAttributes: Array<{
    __typename: "CustomAttribute";
    key: string;
    label: string;
    value: string;
    valueType: CustomAttributeValueType;
  }>;
}

export interface SurveyResponseFixture {
  __typename: "SurveyResponse";
  id: string;
  surveyType: SurveyType;
  submittedAt: string;
  respondentRole: ParticipantRole;
  survey: { __typename: "Survey"; id: string; title: string; wave: string | null };
  respondent: { __typename: "Participant"; id: string; displayName: string };
  highlights: Array<{
    __typename: "SurveyHighlight";
    kind: HighlightKind;
    label: string;
    value: string;
    questionId: string | null;
    anonymizedQuote: { __typename: "AnonymizedQuote"; text: string; attribution: string } | null;
  }>;
}

export interface PriorityFlagFixture {
  __typename: "PriorityFlag";
  id: string;
  reportedAt: string;
  urgent: boolean;
  status: FlagStatus;
  category: { __typename: "FlagCategory"; id: string; label: string };
  subject: { __typename: "Participant"; id: string; displayName: string };
  description: string;
  channel: FlagChannel;
  reportedByRole: ParticipantRole | null;
  reportedBy: { __typename: "Participant"; id: string; displayName: string } | null;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  assignee: { __typename: "StaffUser"; id: string; displayName: string } | null;
  resolutionReason: FlagResolutionReason | null;
  resolutionNote: string | null;
}

export interface MentorshipFixture {
  __typename: "Mentorship";
  id: string;
  program: { __typename: "Program"; id: string; name: string };
  mentor: ParticipantFixture;
  mentee: ParticipantFixture;
  status: MentorshipStatus;
  matchedOn: string;
  unmatchedOn: string | null;
  unmatchReason: UnmatchReason | null;
  unmatchNote: string | null;
  lastConversationAt: string | null;
  conversationCount: number;
  priorityFlagCount: number;
  openPriorityFlagCount: number;
  menteeGoals: string[];
  commonGround: Array<{ __typename: "CommonGround"; kind: CommonGroundKind; label: string; value: string | null }>;
  exportUrl: string;
  surveyResponses: SurveyResponseFixture[];
  priorityFlags: PriorityFlagFixture[];
}

export interface FieldAccessFixture {
  __typename: "ViewerFieldAccess";
  contactDetails: boolean;
  flagNotes: boolean;
}

export interface ViewerFixture {
  __typename: "Viewer";
  fieldAccess: FieldAccessFixture;
}

export const MENTORSHIP_ID = "mtr_0123456789abcdef0123456789abcdef";
const MENTOR_ID = "par_00000000000000000000000000000001";
const MENTEE_ID = "par_00000000000000000000000000000002";

export function buildMentor(overrides: Partial<ParticipantFixture> = {}): ParticipantFixture {
  return {
    __typename: "Participant",
    id: MENTOR_ID,
    role: "MENTOR",
    displayName: "Renée Okafor",
    initials: "RO",
    pronouns: "she/her",
    pictureUrl: "https://images.example.org/renee.jpg",
    email: "renee.okafor@example.org",
    phone: "+1 (555) 010-2030",
    gender: "Woman",
    raceEthnicity: "Black or African American",
    firstGeneration: true,
    graduationYear: 2012,
    fieldOfStudyOrWork: "Software engineering",
    customAttributes: [
      { __typename: "CustomAttribute", key: "employer", label: "Employer", value: "Lakeside Health", valueType: "TEXT" },
      { __typename: "CustomAttribute", key: "alumni", label: "Alumni", value: "true", valueType: "BOOLEAN" },
    ],
    ...overrides,
  };
}

export function buildMentee(overrides: Partial<ParticipantFixture> = {}): ParticipantFixture {
  return {
    __typename: "Participant",
    id: MENTEE_ID,
    role: "MENTEE",
    displayName: "Tomás Núñez",
    initials: "TN",
    pronouns: "he/him",
    pictureUrl: null,
    email: "tomas.nunez@example.edu",
    phone: null,
    gender: "Man",
    raceEthnicity: "Hispanic or Latino",
    firstGeneration: true,
    graduationYear: 2027,
    fieldOfStudyOrWork: "Computer science",
    customAttributes: [
      { __typename: "CustomAttribute", key: "college", label: "College", value: "Engineering", valueType: "TEXT" },
      { __typename: "CustomAttribute", key: "pell_eligible", label: "Pell eligible", value: "false", valueType: "BOOLEAN" },
    ],
    ...overrides,
  };
}

export function buildSurveyResponse(overrides: Partial<SurveyResponseFixture> = {}): SurveyResponseFixture {
  return {
    __typename: "SurveyResponse",
    id: "rsp_00000000000000000000000000000001",
    surveyType: "POST_SESSION",
    submittedAt: "2026-03-10T18:45:00.000Z",
    respondentRole: "MENTEE",
    survey: { __typename: "Survey", id: "srv_00000000000000000000000000000001", title: "After your conversation", wave: null },
    respondent: { __typename: "Participant", id: MENTEE_ID, displayName: "Tomás Núñez" },
    highlights: [
      {
        __typename: "SurveyHighlight",
        kind: "ANSWER",
        label: "How useful was this conversation?",
        value: "5 of 5",
        questionId: "qst_1",
        anonymizedQuote: null,
      },
      {
        __typename: "SurveyHighlight",
        kind: "OPEN_TEXT",
        label: "Anything else you want to share?",
        value: "We planned my internship applications.\nNext: mock interview.",
        questionId: "qst_2",
        anonymizedQuote: {
          __typename: "AnonymizedQuote",
          text: "We planned my internship applications.\nNext: mock interview.",
          attribution: "a mentee in First-Year Connect",
        },
      },
    ],
    ...overrides,
  };
}

export function buildPriorityFlag(overrides: Partial<PriorityFlagFixture> = {}): PriorityFlagFixture {
  return {
    __typename: "PriorityFlag",
    id: "flg_00000000000000000000000000000001",
    reportedAt: "2026-03-12T16:00:00.000Z",
    urgent: true,
    status: "IN_PROGRESS",
    category: { __typename: "FlagCategory", id: "fct_00000000000000000000000000000001", label: "Financial concerns" },
    subject: { __typename: "Participant", id: MENTEE_ID, displayName: "Tomás Núñez" },
    description: "Mentee mentioned he may not afford next term's housing.",
    channel: "POST_SESSION_SURVEY",
    reportedByRole: "MENTOR",
    reportedBy: { __typename: "Participant", id: MENTOR_ID, displayName: "Renée Okafor" },
    firstResponseAt: "2026-03-12T20:15:00.000Z",
    resolvedAt: null,
    assignee: { __typename: "StaffUser", id: "usr_00000000000000000000000000000001", displayName: "Dana Whitfield" },
    resolutionReason: null,
    resolutionNote: null,
    ...overrides,
  };
}

export function buildMentorship(overrides: Partial<MentorshipFixture> = {}): MentorshipFixture {
  return {
    __typename: "Mentorship",
    id: MENTORSHIP_ID,
    program: { __typename: "Program", id: "prg_1", name: "First-Year Connect" },
    mentor: buildMentor(),
    mentee: buildMentee(),
    status: "MATCHED",
    matchedOn: "2026-03-01",
    unmatchedOn: null,
    unmatchReason: null,
    unmatchNote: null,
    lastConversationAt: "2026-03-02T01:30:00.000Z",
    conversationCount: 7,
    priorityFlagCount: 1,
    openPriorityFlagCount: 1,
    menteeGoals: ["Explore careers", "Build a network"],
    commonGround: [
      { __typename: "CommonGround", kind: "LIFE_EXPERIENCE", label: "First-generation student", value: null },
      { __typename: "CommonGround", kind: "CUSTOM_ATTRIBUTE", label: "Hometown region", value: "Central Valley" },
    ],
    exportUrl: `/export/mentorships/${MENTORSHIP_ID}.csv`,
    surveyResponses: [buildSurveyResponse()],
    priorityFlags: [buildPriorityFlag()],
    ...overrides,
  };
}

/** What `Viewer.fieldAccess` returns for an admin, who may read every restricted field. */
export const ADMIN_FIELD_ACCESS: FieldAccessFixture = { __typename: "ViewerFieldAccess", contactDetails: true, flagNotes: true };

/** What `Viewer.fieldAccess` returns for an analyst, who may read no restricted field. */
export const ANALYST_FIELD_ACCESS: FieldAccessFixture = { __typename: "ViewerFieldAccess", contactDetails: false, flagNotes: false };

export function buildViewer(fieldAccess: FieldAccessFixture = ADMIN_FIELD_ACCESS): ViewerFixture {
  return { __typename: "Viewer", fieldAccess };
}

/** Returns `participant` as the API sends it to an analyst: email and phone null. */
export function participantAsSeenByAnalyst(participant: ParticipantFixture): ParticipantFixture {
  return { ...participant, email: null, phone: null };
}

/** Returns `mentorship` as the API sends it to an analyst: contact details and flag notes null. */
export function mentorshipAsSeenByAnalyst(mentorship: MentorshipFixture): MentorshipFixture {
  return {
    ...mentorship,
    mentor: participantAsSeenByAnalyst(mentorship.mentor),
    mentee: participantAsSeenByAnalyst(mentorship.mentee),
    priorityFlags: mentorship.priorityFlags.map((flag) => ({ ...flag, resolutionNote: null })),
  };
}
