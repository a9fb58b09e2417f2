/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Origin of something a mentor and a mentee have in common. */
export type CommonGroundKind =
  /** An option both chose for the same comparable question of a matching survey. */
  | 'CHARACTERISTIC'
  /** A comparable custom attribute with the same value for both. */
  | 'CUSTOM_ATTRIBUTE'
  /** A life experience both reported. */
  | 'LIFE_EXPERIENCE';

/** Value type that tells how the text of a custom attribute value is read. */
export type CustomAttributeValueType =
  /** The text `true` or `false`. */
  | 'BOOLEAN'
  /** A calendar date written as YYYY-MM-DD. */
  | 'DATE'
  /** A decimal number written with a dot, such as 3.5. */
  | 'NUMBER'
  /** Free text. */
  | 'TEXT';

/** Channel through which a flag was raised. */
export type FlagChannel =
  /** A participant raised it in a quick check-in. */
  | 'CHECK_IN'
  /** Raised automatically because a survey answer contained an alert keyword. */
  | 'KEYWORD_ALERT'
  /** A participant raised it in a post-session survey. */
  | 'POST_SESSION_SURVEY'
  /** A staff member raised it. */
  | 'STAFF';

/** Reason a flag was resolved. */
export type FlagResolutionReason =
  /** Another flag covers the same concern. */
  | 'DUPLICATE'
  /** On review, no action was needed. */
  | 'NO_ACTION_NEEDED'
  /** The participant was referred to a campus or community service. */
  | 'REFERRED'
  /** Staff provided support directly. */
  | 'SUPPORT_PROVIDED'
  /** Staff could not reach the participant. */
  | 'UNABLE_TO_REACH';

/** Stage of a flag in the staff workflow. */
export type FlagStatus =
  /** A staff member is working on it. */
  | 'IN_PROGRESS'
  /** Reported, and no staff member has acted on it yet. */
  | 'OPEN'
  /** Closed with a resolution reason. */
  | 'RESOLVED';

/** Reason an item is among a response's highlights. */
export type HighlightKind =
  /** An answer to a question the survey marks as a highlight, such as the overall rating. */
  | 'ANSWER'
  /** The average of an assessment's Likert answers in one area, such as `4.3 / 5`. */
  | 'AREA_SCORE'
  /** A non-blank answer to an open-text question. */
  | 'OPEN_TEXT';

/** Order of a mentorship list. */
export type MentorshipSort = {
  /** Sort direction; `DESC` when omitted. */
  direction?: SortDirection;
  /** Field to sort by; `MATCHED_ON` when omitted. */
  field?: MentorshipSortField;
};

/** Fields that mentorships can be sorted by. Ties are broken by date matched, newest first, then by id. */
export type MentorshipSortField =
  /** Number of conversations logged, from every source. */
  | 'CONVERSATION_COUNT'
  /** Number of priority flags reported, whatever their status. */
  | 'FLAG_COUNT'
  /** When the last conversation took place; mentorships without any come last in both directions. */
  | 'LAST_CONVERSATION_AT'
  /** Date matched. */
  | 'MATCHED_ON'
  /** Mentee's last name, then preferred or first name, ignoring case and Latin accents. */
  | 'MENTEE_NAME'
  /** Mentor's last name, then preferred or first name, ignoring case and Latin accents. */
  | 'MENTOR_NAME'
  /** Program name, ignoring case. */
  | 'PROGRAM_NAME'
  /** Status, alphabetically: `MATCHED` before `UNMATCHED` in ascending order. */
  | 'STATUS'
  /** When the mentorship itself last changed, ties broken by id. Sort `ASC` to sync incrementally: a mentorship that changes while you page moves to the end, so it is read again rather than missed. */
  | 'UPDATED_AT';

/** Whether a pair is currently working together. */
export type MentorshipStatus =
  /** The pair is active. */
  | 'MATCHED'
  /** The pair has ended; see `unmatchReason`. */
  | 'UNMATCHED';

/** The side a participant takes in a program's mentorships. */
export type ParticipantRole =
  /** Receives guidance; chooses goals in the matching survey. */
  | 'MENTEE'
  /** Gives guidance; usually reports flags about the mentee. */
  | 'MENTOR';

/** Order of a priority flag list. */
export type PriorityFlagSort = {
  /** Sort direction; `DESC` (newest first) when omitted. */
  direction?: SortDirection;
  /** Field to sort by; `REPORTED_AT` when omitted. */
  field?: PriorityFlagSortField;
};

/** Fields that priority flags can be sorted by. Ties are broken by date reported, newest first, then by id. */
export type PriorityFlagSortField =
  /** When the flag was reported. */
  | 'REPORTED_AT'
  /** Workflow order: OPEN, IN_PROGRESS, RESOLVED in ascending order. */
  | 'STATUS'
  /** When the flag last changed, ties broken by id. Sort `ASC` to sync incrementally: a flag that changes while you page moves to the end, so it is read again rather than missed. */
  | 'UPDATED_AT';

/** Order of a sorted list. */
export type SortDirection =
  /** Ascending: smallest, earliest or alphabetically first value first. */
  | 'ASC'
  /** Descending: largest, latest or alphabetically last value first. */
  | 'DESC';

/** Conditions a survey response must meet to be listed; omitted fields do not filter, and all given fields must hold. */
export type SurveyResponseFilter = {
  /** true: apply the highlights-table rule. Matching and assessment responses are always listed; a post-session response is listed only when at least one optional open-text question has a non-blank answer. false (the default): list every response. */
  highlightsOnly?: boolean | null | undefined;
  /** Only responses by a participant in one of these roles. */
  respondentRoles?: Array<ParticipantRole> | null | undefined;
  /** Only responses submitted at or after this instant. */
  submittedFrom?: string | null | undefined;
  /** Only responses submitted at or before this instant; must not be before `submittedFrom`. */
  submittedTo?: string | null | undefined;
  /** Only responses to surveys of these types. */
  surveyTypes?: Array<SurveyType> | null | undefined;
  /** Only responses whose `updatedAt` is at or after this instant, for incremental sync. Pass the start of your previous sync minus a safety margin; deleted responses are listed by `deletedRecords`. */
  updatedSince?: string | null | undefined;
};

/** Order of a survey response list. */
export type SurveyResponseSort = {
  /** Sort direction; `DESC` (newest first) when omitted. */
  direction?: SortDirection;
  /** What to sort by; `SUBMITTED_AT` when omitted. */
  field?: SurveyResponseSortField;
};

/** What survey responses can be sorted by; ties are broken by id. */
export type SurveyResponseSortField =
  /** When the response was submitted; it never changes, so paging by it never skips or repeats a row. */
  | 'SUBMITTED_AT'
  /** When the response last changed. Sort `ASC` to sync incrementally: a response that changes while you page moves to the end, so it is read again rather than missed. */
  | 'UPDATED_AT';

/** The kind of survey. */
export type SurveyType =
  /** Repeated waves (baseline, mid-program, end of program) of Likert items scored 1 to 5, grouped into areas. */
  | 'ASSESSMENT'
  /** Before the match: goals, characteristics and preferences such as how often to meet. */
  | 'MATCHING'
  /** After a conversation: when, how, topics, a rating and optional open-ended questions. */
  | 'POST_SESSION';

/** Why a pair was unmatched. */
export type UnmatchReason =
  /** Ended because of a conduct concern. */
  | 'CONDUCT'
  /** The mentee met the goals of the mentorship. */
  | 'GOALS_MET'
  /** The pair did not work well together. */
  | 'NOT_A_GOOD_FIT'
  /** Another reason, explained in `unmatchNote`. */
  | 'OTHER'
  /** The mentor or the mentee left the program. */
  | 'PARTICIPANT_LEFT_PROGRAM'
  /** The program's cycle, such as the academic year, ended. */
  | 'PROGRAM_CYCLE_ENDED'
  /** One of the two asked for another partner. */
  | 'REMATCH_REQUESTED'
  /** One of the two stopped responding. */
  | 'UNRESPONSIVE';

export type AppLayoutQueryVariables = Exact<{ [key: string]: never; }>;


export type AppLayoutQuery = { viewer: { ' $fragmentRefs'?: { 'TopBar_ViewerFragment': TopBar_ViewerFragment } } };

export type TopBar_ViewerFragment = { displayName: string, partner: { id: string, name: string } } & { ' $fragmentName'?: 'TopBar_ViewerFragment' };

export type ExplorerPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerPageQuery = { programs: Array<{ id: string }>, mentorships: { edges: Array<{ node: { id: string } }> } };

export type ExportMentorshipButton_MentorshipFragment = { exportUrl: string } & { ' $fragmentName'?: 'ExportMentorshipButton_MentorshipFragment' };

export type MentorshipDetailsHeader_MentorshipFragment = { program: { id: string, name: string }, mentor: { id: string, displayName: string }, mentee: { id: string, displayName: string } } & { ' $fragmentName'?: 'MentorshipDetailsHeader_MentorshipFragment' };

export type MentorshipDetailsPageQueryVariables = Exact<{
  id: string | number;
  surveyFilter: SurveyResponseFilter;
  surveySort: SurveyResponseSort;
  flagSort: PriorityFlagSort;
}>;


export type MentorshipDetailsPageQuery = { viewer: { fieldAccess: { contactDetails: boolean, flagNotes: boolean } }, mentorship: (
    { id: string, mentor: (
      { id: string }
      & { ' $fragmentRefs'?: { 'ParticipantPanel_ParticipantFragment': ParticipantPanel_ParticipantFragment } }
    ), mentee: (
      { id: string }
      & { ' $fragmentRefs'?: { 'ParticipantPanel_ParticipantFragment': ParticipantPanel_ParticipantFragment } }
    ) }
    & { ' $fragmentRefs'?: { 'MentorshipDetailsHeader_MentorshipFragment': MentorshipDetailsHeader_MentorshipFragment;'ExportMentorshipButton_MentorshipFragment': ExportMentorshipButton_MentorshipFragment;'RelevantInfoPanel_MentorshipFragment': RelevantInfoPanel_MentorshipFragment;'SurveyHighlightsTable_MentorshipFragment': SurveyHighlightsTable_MentorshipFragment;'PriorityFlagsTable_MentorshipFragment': PriorityFlagsTable_MentorshipFragment } }
  ) | null };

export type ParticipantAvatar_ParticipantFragment = { displayName: string, initials: string, pictureUrl: string | null } & { ' $fragmentName'?: 'ParticipantAvatar_ParticipantFragment' };

export type ParticipantContact_ParticipantFragment = { email: string | null, phone: string | null } & { ' $fragmentName'?: 'ParticipantContact_ParticipantFragment' };

export type ParticipantCustomAttributes_ParticipantFragment = { customAttributes: Array<{ key: string, label: string, value: string, valueType: CustomAttributeValueType }> } & { ' $fragmentName'?: 'ParticipantCustomAttributes_ParticipantFragment' };

export type ParticipantDemographics_ParticipantFragment = { gender: string | null, raceEthnicity: string | null, firstGeneration: boolean | null, graduationYear: number | null, fieldOfStudyOrWork: string | null } & { ' $fragmentName'?: 'ParticipantDemographics_ParticipantFragment' };

export type ParticipantPanel_ParticipantFragment = (
  { id: string, role: ParticipantRole, displayName: string, pronouns: string | null }
  & { ' $fragmentRefs'?: { 'ParticipantAvatar_ParticipantFragment': ParticipantAvatar_ParticipantFragment;'ParticipantDemographics_ParticipantFragment': ParticipantDemographics_ParticipantFragment;'ParticipantContact_ParticipantFragment': ParticipantContact_ParticipantFragment;'ParticipantCustomAttributes_ParticipantFragment': ParticipantCustomAttributes_ParticipantFragment } }
) & { ' $fragmentName'?: 'ParticipantPanel_ParticipantFragment' };

export type PriorityFlagDetails_PriorityFlagFragment = { id: string, description: string, channel: FlagChannel, reportedByRole: ParticipantRole | null, firstResponseAt: string | null, resolvedAt: string | null, resolutionReason: FlagResolutionReason | null, resolutionNote: string | null, reportedBy: { id: string, displayName: string } | null, assignee: { id: string, displayName: string } | null } & { ' $fragmentName'?: 'PriorityFlagDetails_PriorityFlagFragment' };

export type PriorityFlagRow_PriorityFlagFragment = (
  { id: string, reportedAt: string, urgent: boolean, status: FlagStatus, category: { id: string, label: string }, subject: { id: string, displayName: string } }
  & { ' $fragmentRefs'?: { 'PriorityFlagDetails_PriorityFlagFragment': PriorityFlagDetails_PriorityFlagFragment } }
) & { ' $fragmentName'?: 'PriorityFlagRow_PriorityFlagFragment' };

export type PriorityFlagsTable_MentorshipFragment = { priorityFlagCount: number, priorityFlags: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'PriorityFlagRow_PriorityFlagFragment': PriorityFlagRow_PriorityFlagFragment } }
  )> } & { ' $fragmentName'?: 'PriorityFlagsTable_MentorshipFragment' };

export type CommonGroundList_MentorshipFragment = { commonGround: Array<{ kind: CommonGroundKind, label: string, value: string | null }> } & { ' $fragmentName'?: 'CommonGroundList_MentorshipFragment' };

export type MentorshipStatusSummary_MentorshipFragment = { status: MentorshipStatus, unmatchedOn: string | null, unmatchReason: UnmatchReason | null, unmatchNote: string | null } & { ' $fragmentName'?: 'MentorshipStatusSummary_MentorshipFragment' };

export type RelevantInfoPanel_MentorshipFragment = (
  { matchedOn: string, lastConversationAt: string | null, conversationCount: number, priorityFlagCount: number, openPriorityFlagCount: number, menteeGoals: Array<string> }
  & { ' $fragmentRefs'?: { 'MentorshipStatusSummary_MentorshipFragment': MentorshipStatusSummary_MentorshipFragment;'CommonGroundList_MentorshipFragment': CommonGroundList_MentorshipFragment } }
) & { ' $fragmentName'?: 'RelevantInfoPanel_MentorshipFragment' };

export type SurveyHighlightsTable_MentorshipFragment = { surveyResponses: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'SurveyResponseRow_SurveyResponseFragment': SurveyResponseRow_SurveyResponseFragment } }
  )> } & { ' $fragmentName'?: 'SurveyHighlightsTable_MentorshipFragment' };

export type SurveyResponseHighlights_SurveyResponseFragment = { highlights: Array<{ kind: HighlightKind, label: string, value: string, questionId: string | null }> } & { ' $fragmentName'?: 'SurveyResponseHighlights_SurveyResponseFragment' };

export type SurveyResponseRow_SurveyResponseFragment = (
  { id: string, surveyType: SurveyType, submittedAt: string, respondentRole: ParticipantRole, survey: { id: string, title: string, wave: string | null }, respondent: { id: string, displayName: string } }
  & { ' $fragmentRefs'?: { 'SurveyResponseHighlights_SurveyResponseFragment': SurveyResponseHighlights_SurveyResponseFragment } }
) & { ' $fragmentName'?: 'SurveyResponseRow_SurveyResponseFragment' };

export type MentorshipsGrid_MentorshipFragment = { id: string, status: MentorshipStatus, matchedOn: string, lastConversationAt: string | null, conversationCount: number, priorityFlagCount: number, openPriorityFlagCount: number, program: { id: string, name: string }, mentor: { id: string, displayName: string }, mentee: { id: string, displayName: string } } & { ' $fragmentName'?: 'MentorshipsGrid_MentorshipFragment' };

export type MentorshipsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  sort?: MentorshipSort | null | undefined;
}>;


export type MentorshipsPageQuery = { mentorships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: (
        { id: string }
        & { ' $fragmentRefs'?: { 'MentorshipsGrid_MentorshipFragment': MentorshipsGrid_MentorshipFragment } }
      ) }> } };

export const TopBar_ViewerFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopBar_viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TopBar_ViewerFragment, unknown>;
export const ExportMentorshipButton_MentorshipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportMentorshipButton_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportUrl"}}]}}]} as unknown as DocumentNode<ExportMentorshipButton_MentorshipFragment, unknown>;
export const MentorshipDetailsHeader_MentorshipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipDetailsHeader_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MentorshipDetailsHeader_MentorshipFragment, unknown>;
export const ParticipantAvatar_ParticipantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantAvatar_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"pictureUrl"}}]}}]} as unknown as DocumentNode<ParticipantAvatar_ParticipantFragment, unknown>;
export const ParticipantDemographics_ParticipantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantDemographics_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"raceEthnicity"}},{"kind":"Field","name":{"kind":"Name","value":"firstGeneration"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfStudyOrWork"}}]}}]} as unknown as DocumentNode<ParticipantDemographics_ParticipantFragment, unknown>;
export const ParticipantContact_ParticipantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantContact_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<ParticipantContact_ParticipantFragment, unknown>;
export const ParticipantCustomAttributes_ParticipantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantCustomAttributes_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customAttributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}}]}}]}}]} as unknown as DocumentNode<ParticipantCustomAttributes_ParticipantFragment, unknown>;
export const ParticipantPanel_ParticipantFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantPanel_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"pronouns"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantAvatar_participant"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantDemographics_participant"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantContact_participant"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantCustomAttributes_participant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantAvatar_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"pictureUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantDemographics_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"raceEthnicity"}},{"kind":"Field","name":{"kind":"Name","value":"firstGeneration"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfStudyOrWork"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantContact_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantCustomAttributes_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customAttributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}}]}}]}}]} as unknown as DocumentNode<ParticipantPanel_ParticipantFragment, unknown>;
export const PriorityFlagDetails_PriorityFlagFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityFlagDetails_priorityFlag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}}]}}]} as unknown as DocumentNode<PriorityFlagDetails_PriorityFlagFragment, unknown>;
export const PriorityFlagRow_PriorityFlagFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityFlagRow_priorityFlag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityFlagDetails_priorityFlag"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityFlagDetails_priorityFlag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}}]}}]} as unknown as DocumentNode<PriorityFlagRow_PriorityFlagFragment, unknown>;
export const PriorityFlagsTable_MentorshipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityFlagsTable_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityFlagCount"}},{"kind":"Field","name":{"kind":"Name","value":"priorityFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flagSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityFlagRow_priorityFlag"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityFlagDetails_priorityFlag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityFlagRow_priorityFlag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityFlagDetails_priorityFlag"}}]}}]} as unknown as DocumentNode<PriorityFlagsTable_MentorshipFragment, unknown>;
export const MentorshipStatusSummary_MentorshipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipStatusSummary_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchReason"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchNote"}}]}}]} as unknown as DocumentNode<MentorshipStatusSummary_MentorshipFragment, unknown>;
export const CommonGroundList_MentorshipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommonGroundList_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commonGround"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<CommonGroundList_MentorshipFragment, unknown>;
export const RelevantInfoPanel_MentorshipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelevantInfoPanel_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastConversationAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversationCount"}},{"kind":"Field","name":{"kind":"Name","value":"priorityFlagCount"}},{"kind":"Field","name":{"kind":"Name","value":"openPriorityFlagCount"}},{"kind":"Field","name":{"kind":"Name","value":"menteeGoals"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorshipStatusSummary_mentorship"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommonGroundList_mentorship"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipStatusSummary_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchReason"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommonGroundList_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commonGround"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<RelevantInfoPanel_MentorshipFragment, unknown>;
export const SurveyResponseHighlights_SurveyResponseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyResponseHighlights_surveyResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}}]}}]} as unknown as DocumentNode<SurveyResponseHighlights_SurveyResponseFragment, unknown>;
export const SurveyResponseRow_SurveyResponseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyResponseRow_surveyResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surveyType"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondentRole"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyResponseHighlights_surveyResponse"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyResponseHighlights_surveyResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}}]}}]} as unknown as DocumentNode<SurveyResponseRow_SurveyResponseFragment, unknown>;
export const SurveyHighlightsTable_MentorshipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyHighlightsTable_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveySort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyResponseRow_surveyResponse"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyResponseHighlights_surveyResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyResponseRow_surveyResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surveyType"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondentRole"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyResponseHighlights_surveyResponse"}}]}}]} as unknown as DocumentNode<SurveyHighlightsTable_MentorshipFragment, unknown>;
export const MentorshipsGrid_MentorshipFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipsGrid_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastConversationAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversationCount"}},{"kind":"Field","name":{"kind":"Name","value":"priorityFlagCount"}},{"kind":"Field","name":{"kind":"Name","value":"openPriorityFlagCount"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MentorshipsGrid_MentorshipFragment, unknown>;
export const AppLayoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AppLayout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TopBar_viewer"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TopBar_viewer"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viewer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AppLayoutQuery, AppLayoutQueryVariables>;
export const ExplorerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerPageQuery, ExplorerPageQueryVariables>;
export const MentorshipDetailsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorshipDetailsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyFilter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponseFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveySort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponseSort"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"flagSort"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityFlagSort"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldAccess"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactDetails"}},{"kind":"Field","name":{"kind":"Name","value":"flagNotes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentorship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantPanel_participant"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantPanel_participant"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorshipDetailsHeader_mentorship"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExportMentorshipButton_mentorship"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelevantInfoPanel_mentorship"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyHighlightsTable_mentorship"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityFlagsTable_mentorship"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantAvatar_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"initials"}},{"kind":"Field","name":{"kind":"Name","value":"pictureUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantDemographics_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"raceEthnicity"}},{"kind":"Field","name":{"kind":"Name","value":"firstGeneration"}},{"kind":"Field","name":{"kind":"Name","value":"graduationYear"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOfStudyOrWork"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantContact_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantCustomAttributes_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customAttributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipStatusSummary_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchReason"}},{"kind":"Field","name":{"kind":"Name","value":"unmatchNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommonGroundList_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commonGround"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyResponseHighlights_surveyResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyResponseRow_surveyResponse"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surveyType"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondentRole"}},{"kind":"Field","name":{"kind":"Name","value":"survey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"wave"}}]}},{"kind":"Field","name":{"kind":"Name","value":"respondent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyResponseHighlights_surveyResponse"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityFlagDetails_priorityFlag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByRole"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstResponseAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resolutionReason"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNote"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityFlagRow_priorityFlag"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityFlag"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"urgent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityFlagDetails_priorityFlag"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ParticipantPanel_participant"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"pronouns"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantAvatar_participant"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantDemographics_participant"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantContact_participant"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ParticipantCustomAttributes_participant"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipDetailsHeader_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExportMentorshipButton_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportUrl"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelevantInfoPanel_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastConversationAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversationCount"}},{"kind":"Field","name":{"kind":"Name","value":"priorityFlagCount"}},{"kind":"Field","name":{"kind":"Name","value":"openPriorityFlagCount"}},{"kind":"Field","name":{"kind":"Name","value":"menteeGoals"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorshipStatusSummary_mentorship"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommonGroundList_mentorship"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyHighlightsTable_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyFilter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveySort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyResponseRow_surveyResponse"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityFlagsTable_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityFlagCount"}},{"kind":"Field","name":{"kind":"Name","value":"priorityFlags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"flagSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityFlagRow_priorityFlag"}}]}}]}}]} as unknown as DocumentNode<MentorshipDetailsPageQuery, MentorshipDetailsPageQueryVariables>;
export const MentorshipsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MentorshipsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MentorshipSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mentorships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MentorshipsGrid_mentorship"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MentorshipsGrid_mentorship"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mentorship"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastConversationAt"}},{"kind":"Field","name":{"kind":"Name","value":"conversationCount"}},{"kind":"Field","name":{"kind":"Name","value":"priorityFlagCount"}},{"kind":"Field","name":{"kind":"Name","value":"openPriorityFlagCount"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mentee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<MentorshipsPageQuery, MentorshipsPageQueryVariables>;