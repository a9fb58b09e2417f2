/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AppLayout {\n    viewer {\n      ...TopBar_viewer\n    }\n  }\n": typeof types.AppLayoutDocument,
    "\n  fragment TopBar_viewer on Viewer {\n    displayName\n    partner {\n      id\n      name\n    }\n  }\n": typeof types.TopBar_ViewerFragmentDoc,
    "\n  query ExplorerPage {\n    programs(first: 1) {\n      id\n    }\n    mentorships(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ExplorerPageDocument,
    "\n  fragment ExportMentorshipButton_mentorship on Mentorship {\n    exportUrl\n  }\n": typeof types.ExportMentorshipButton_MentorshipFragmentDoc,
    "\n  fragment MentorshipDetailsHeader_mentorship on Mentorship {\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n": typeof types.MentorshipDetailsHeader_MentorshipFragmentDoc,
    "\n  query MentorshipDetailsPage(\n    $id: ID!\n    $surveyFilter: SurveyResponseFilter!\n    $surveySort: SurveyResponseSort!\n    $flagSort: PriorityFlagSort!\n  ) {\n    viewer {\n      fieldAccess {\n        contactDetails\n        flagNotes\n      }\n    }\n    mentorship(id: $id) {\n      id\n      mentor {\n        id\n        ...ParticipantPanel_participant\n      }\n      mentee {\n        id\n        ...ParticipantPanel_participant\n      }\n      ...MentorshipDetailsHeader_mentorship\n      ...ExportMentorshipButton_mentorship\n      ...RelevantInfoPanel_mentorship\n      ...SurveyHighlightsTable_mentorship\n      ...PriorityFlagsTable_mentorship\n    }\n  }\n": typeof types.MentorshipDetailsPageDocument,
    "\n  fragment ParticipantAvatar_participant on Participant {\n    displayName\n    initials\n    pictureUrl\n  }\n": typeof types.ParticipantAvatar_ParticipantFragmentDoc,
    "\n  fragment ParticipantContact_participant on Participant {\n    email\n    phone\n  }\n": typeof types.ParticipantContact_ParticipantFragmentDoc,
    "\n  fragment ParticipantCustomAttributes_participant on Participant {\n    customAttributes {\n      key\n      label\n      value\n      valueType\n    }\n  }\n": typeof types.ParticipantCustomAttributes_ParticipantFragmentDoc,
    "\n  fragment ParticipantDemographics_participant on Participant {\n    gender\n    raceEthnicity\n    firstGeneration\n    graduationYear\n    fieldOfStudyOrWork\n  }\n": typeof types.ParticipantDemographics_ParticipantFragmentDoc,
    "\n  fragment ParticipantPanel_participant on Participant {\n    id\n    role\n    displayName\n    pronouns\n    ...ParticipantAvatar_participant\n    ...ParticipantDemographics_participant\n    ...ParticipantContact_participant\n    ...ParticipantCustomAttributes_participant\n  }\n": typeof types.ParticipantPanel_ParticipantFragmentDoc,
    "\n  fragment PriorityFlagDetails_priorityFlag on PriorityFlag {\n    id\n    description\n    channel\n    reportedByRole\n    reportedBy {\n      id\n      displayName\n    }\n    firstResponseAt\n    resolvedAt\n    assignee {\n      id\n      displayName\n    }\n    resolutionReason\n    resolutionNote\n  }\n": typeof types.PriorityFlagDetails_PriorityFlagFragmentDoc,
    "\n  fragment PriorityFlagRow_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    urgent\n    status\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    ...PriorityFlagDetails_priorityFlag\n  }\n": typeof types.PriorityFlagRow_PriorityFlagFragmentDoc,
    "\n  fragment PriorityFlagsTable_mentorship on Mentorship {\n    priorityFlagCount\n    priorityFlags(first: 100, sort: $flagSort) {\n      id\n      ...PriorityFlagRow_priorityFlag\n    }\n  }\n": typeof types.PriorityFlagsTable_MentorshipFragmentDoc,
    "\n  fragment CommonGroundList_mentorship on Mentorship {\n    commonGround {\n      kind\n      label\n      value\n    }\n  }\n": typeof types.CommonGroundList_MentorshipFragmentDoc,
    "\n  fragment MentorshipStatusSummary_mentorship on Mentorship {\n    status\n    unmatchedOn\n    unmatchReason\n    unmatchNote\n  }\n": typeof types.MentorshipStatusSummary_MentorshipFragmentDoc,
    "\n  fragment RelevantInfoPanel_mentorship on Mentorship {\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    menteeGoals\n    ...MentorshipStatusSummary_mentorship\n    ...CommonGroundList_mentorship\n  }\n": typeof types.RelevantInfoPanel_MentorshipFragmentDoc,
    "\n  fragment SurveyHighlightsTable_mentorship on Mentorship {\n    surveyResponses(first: 100, filter: $surveyFilter, sort: $surveySort) {\n      id\n      ...SurveyResponseRow_surveyResponse\n    }\n  }\n": typeof types.SurveyHighlightsTable_MentorshipFragmentDoc,
    "\n  fragment SurveyResponseHighlights_surveyResponse on SurveyResponse {\n    highlights {\n      kind\n      label\n      value\n      questionId\n    }\n  }\n": typeof types.SurveyResponseHighlights_SurveyResponseFragmentDoc,
    "\n  fragment SurveyResponseRow_surveyResponse on SurveyResponse {\n    id\n    surveyType\n    submittedAt\n    respondentRole\n    survey {\n      id\n      title\n      wave\n    }\n    respondent {\n      id\n      displayName\n    }\n    ...SurveyResponseHighlights_surveyResponse\n  }\n": typeof types.SurveyResponseRow_SurveyResponseFragmentDoc,
    "\n  fragment MentorshipsGrid_mentorship on Mentorship {\n    id\n    status\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n": typeof types.MentorshipsGrid_MentorshipFragmentDoc,
    "\n  query MentorshipsPage($first: Int!, $after: String, $sort: MentorshipSort) {\n    mentorships(first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...MentorshipsGrid_mentorship\n        }\n      }\n    }\n  }\n": typeof types.MentorshipsPageDocument,
};
const documents: Documents = {
    "\n  query AppLayout {\n    viewer {\n      ...TopBar_viewer\n    }\n  }\n": types.AppLayoutDocument,
    "\n  fragment TopBar_viewer on Viewer {\n    displayName\n    partner {\n      id\n      name\n    }\n  }\n": types.TopBar_ViewerFragmentDoc,
    "\n  query ExplorerPage {\n    programs(first: 1) {\n      id\n    }\n    mentorships(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ExplorerPageDocument,
    "\n  fragment ExportMentorshipButton_mentorship on Mentorship {\n    exportUrl\n  }\n": types.ExportMentorshipButton_MentorshipFragmentDoc,
    "\n  fragment MentorshipDetailsHeader_mentorship on Mentorship {\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n": types.MentorshipDetailsHeader_MentorshipFragmentDoc,
    "\n  query MentorshipDetailsPage(\n    $id: ID!\n    $surveyFilter: SurveyResponseFilter!\n    $surveySort: SurveyResponseSort!\n    $flagSort: PriorityFlagSort!\n  ) {\n    viewer {\n      fieldAccess {\n        contactDetails\n        flagNotes\n      }\n    }\n    mentorship(id: $id) {\n      id\n      mentor {\n        id\n        ...ParticipantPanel_participant\n      }\n      mentee {\n        id\n        ...ParticipantPanel_participant\n      }\n      ...MentorshipDetailsHeader_mentorship\n      ...ExportMentorshipButton_mentorship\n      ...RelevantInfoPanel_mentorship\n      ...SurveyHighlightsTable_mentorship\n      ...PriorityFlagsTable_mentorship\n    }\n  }\n": types.MentorshipDetailsPageDocument,
    "\n  fragment ParticipantAvatar_participant on Participant {\n    displayName\n    initials\n    pictureUrl\n  }\n": types.ParticipantAvatar_ParticipantFragmentDoc,
    "\n  fragment ParticipantContact_participant on Participant {\n    email\n    phone\n  }\n": types.ParticipantContact_ParticipantFragmentDoc,
    "\n  fragment ParticipantCustomAttributes_participant on Participant {\n    customAttributes {\n      key\n      label\n      value\n      valueType\n    }\n  }\n": types.ParticipantCustomAttributes_ParticipantFragmentDoc,
    "\n  fragment ParticipantDemographics_participant on Participant {\n    gender\n    raceEthnicity\n    firstGeneration\n    graduationYear\n    fieldOfStudyOrWork\n  }\n": types.ParticipantDemographics_ParticipantFragmentDoc,
    "\n  fragment ParticipantPanel_participant on Participant {\n    id\n    role\n    displayName\n    pronouns\n    ...ParticipantAvatar_participant\n    ...ParticipantDemographics_participant\n    ...ParticipantContact_participant\n    ...ParticipantCustomAttributes_participant\n  }\n": types.ParticipantPanel_ParticipantFragmentDoc,
    "\n  fragment PriorityFlagDetails_priorityFlag on PriorityFlag {\n    id\n    description\n    channel\n    reportedByRole\n    reportedBy {\n      id\n      displayName\n    }\n    firstResponseAt\n    resolvedAt\n    assignee {\n      id\n      displayName\n    }\n    resolutionReason\n    resolutionNote\n  }\n": types.PriorityFlagDetails_PriorityFlagFragmentDoc,
    "\n  fragment PriorityFlagRow_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    urgent\n    status\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    ...PriorityFlagDetails_priorityFlag\n  }\n": types.PriorityFlagRow_PriorityFlagFragmentDoc,
    "\n  fragment PriorityFlagsTable_mentorship on Mentorship {\n    priorityFlagCount\n    priorityFlags(first: 100, sort: $flagSort) {\n      id\n      ...PriorityFlagRow_priorityFlag\n    }\n  }\n": types.PriorityFlagsTable_MentorshipFragmentDoc,
    "\n  fragment CommonGroundList_mentorship on Mentorship {\n    commonGround {\n      kind\n      label\n      value\n    }\n  }\n": types.CommonGroundList_MentorshipFragmentDoc,
    "\n  fragment MentorshipStatusSummary_mentorship on Mentorship {\n    status\n    unmatchedOn\n    unmatchReason\n    unmatchNote\n  }\n": types.MentorshipStatusSummary_MentorshipFragmentDoc,
    "\n  fragment RelevantInfoPanel_mentorship on Mentorship {\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    menteeGoals\n    ...MentorshipStatusSummary_mentorship\n    ...CommonGroundList_mentorship\n  }\n": types.RelevantInfoPanel_MentorshipFragmentDoc,
    "\n  fragment SurveyHighlightsTable_mentorship on Mentorship {\n    surveyResponses(first: 100, filter: $surveyFilter, sort: $surveySort) {\n      id\n      ...SurveyResponseRow_surveyResponse\n    }\n  }\n": types.SurveyHighlightsTable_MentorshipFragmentDoc,
    "\n  fragment SurveyResponseHighlights_surveyResponse on SurveyResponse {\n    highlights {\n      kind\n      label\n      value\n      questionId\n    }\n  }\n": types.SurveyResponseHighlights_SurveyResponseFragmentDoc,
    "\n  fragment SurveyResponseRow_surveyResponse on SurveyResponse {\n    id\n    surveyType\n    submittedAt\n    respondentRole\n    survey {\n      id\n      title\n      wave\n    }\n    respondent {\n      id\n      displayName\n    }\n    ...SurveyResponseHighlights_surveyResponse\n  }\n": types.SurveyResponseRow_SurveyResponseFragmentDoc,
    "\n  fragment MentorshipsGrid_mentorship on Mentorship {\n    id\n    status\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n": types.MentorshipsGrid_MentorshipFragmentDoc,
    "\n  query MentorshipsPage($first: Int!, $after: String, $sort: MentorshipSort) {\n    mentorships(first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...MentorshipsGrid_mentorship\n        }\n      }\n    }\n  }\n": types.MentorshipsPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AppLayout {\n    viewer {\n      ...TopBar_viewer\n    }\n  }\n"): (typeof documents)["\n  query AppLayout {\n    viewer {\n      ...TopBar_viewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TopBar_viewer on Viewer {\n    displayName\n    partner {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TopBar_viewer on Viewer {\n    displayName\n    partner {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerPage {\n    programs(first: 1) {\n      id\n    }\n    mentorships(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerPage {\n    programs(first: 1) {\n      id\n    }\n    mentorships(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExportMentorshipButton_mentorship on Mentorship {\n    exportUrl\n  }\n"): (typeof documents)["\n  fragment ExportMentorshipButton_mentorship on Mentorship {\n    exportUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorshipDetailsHeader_mentorship on Mentorship {\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MentorshipDetailsHeader_mentorship on Mentorship {\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorshipDetailsPage(\n    $id: ID!\n    $surveyFilter: SurveyResponseFilter!\n    $surveySort: SurveyResponseSort!\n    $flagSort: PriorityFlagSort!\n  ) {\n    viewer {\n      fieldAccess {\n        contactDetails\n        flagNotes\n      }\n    }\n    mentorship(id: $id) {\n      id\n      mentor {\n        id\n        ...ParticipantPanel_participant\n      }\n      mentee {\n        id\n        ...ParticipantPanel_participant\n      }\n      ...MentorshipDetailsHeader_mentorship\n      ...ExportMentorshipButton_mentorship\n      ...RelevantInfoPanel_mentorship\n      ...SurveyHighlightsTable_mentorship\n      ...PriorityFlagsTable_mentorship\n    }\n  }\n"): (typeof documents)["\n  query MentorshipDetailsPage(\n    $id: ID!\n    $surveyFilter: SurveyResponseFilter!\n    $surveySort: SurveyResponseSort!\n    $flagSort: PriorityFlagSort!\n  ) {\n    viewer {\n      fieldAccess {\n        contactDetails\n        flagNotes\n      }\n    }\n    mentorship(id: $id) {\n      id\n      mentor {\n        id\n        ...ParticipantPanel_participant\n      }\n      mentee {\n        id\n        ...ParticipantPanel_participant\n      }\n      ...MentorshipDetailsHeader_mentorship\n      ...ExportMentorshipButton_mentorship\n      ...RelevantInfoPanel_mentorship\n      ...SurveyHighlightsTable_mentorship\n      ...PriorityFlagsTable_mentorship\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantAvatar_participant on Participant {\n    displayName\n    initials\n    pictureUrl\n  }\n"): (typeof documents)["\n  fragment ParticipantAvatar_participant on Participant {\n    displayName\n    initials\n    pictureUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantContact_participant on Participant {\n    email\n    phone\n  }\n"): (typeof documents)["\n  fragment ParticipantContact_participant on Participant {\n    email\n    phone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantCustomAttributes_participant on Participant {\n    customAttributes {\n      key\n      label\n      value\n      valueType\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantCustomAttributes_participant on Participant {\n    customAttributes {\n      key\n      label\n      value\n      valueType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantDemographics_participant on Participant {\n    gender\n    raceEthnicity\n    firstGeneration\n    graduationYear\n    fieldOfStudyOrWork\n  }\n"): (typeof documents)["\n  fragment ParticipantDemographics_participant on Participant {\n    gender\n    raceEthnicity\n    firstGeneration\n    graduationYear\n    fieldOfStudyOrWork\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantPanel_participant on Participant {\n    id\n    role\n    displayName\n    pronouns\n    ...ParticipantAvatar_participant\n    ...ParticipantDemographics_participant\n    ...ParticipantContact_participant\n    ...ParticipantCustomAttributes_participant\n  }\n"): (typeof documents)["\n  fragment ParticipantPanel_participant on Participant {\n    id\n    role\n    displayName\n    pronouns\n    ...ParticipantAvatar_participant\n    ...ParticipantDemographics_participant\n    ...ParticipantContact_participant\n    ...ParticipantCustomAttributes_participant\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityFlagDetails_priorityFlag on PriorityFlag {\n    id\n    description\n    channel\n    reportedByRole\n    reportedBy {\n      id\n      displayName\n    }\n    firstResponseAt\n    resolvedAt\n    assignee {\n      id\n      displayName\n    }\n    resolutionReason\n    resolutionNote\n  }\n"): (typeof documents)["\n  fragment PriorityFlagDetails_priorityFlag on PriorityFlag {\n    id\n    description\n    channel\n    reportedByRole\n    reportedBy {\n      id\n      displayName\n    }\n    firstResponseAt\n    resolvedAt\n    assignee {\n      id\n      displayName\n    }\n    resolutionReason\n    resolutionNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityFlagRow_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    urgent\n    status\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    ...PriorityFlagDetails_priorityFlag\n  }\n"): (typeof documents)["\n  fragment PriorityFlagRow_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    urgent\n    status\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    ...PriorityFlagDetails_priorityFlag\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityFlagsTable_mentorship on Mentorship {\n    priorityFlagCount\n    priorityFlags(first: 100, sort: $flagSort) {\n      id\n      ...PriorityFlagRow_priorityFlag\n    }\n  }\n"): (typeof documents)["\n  fragment PriorityFlagsTable_mentorship on Mentorship {\n    priorityFlagCount\n    priorityFlags(first: 100, sort: $flagSort) {\n      id\n      ...PriorityFlagRow_priorityFlag\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommonGroundList_mentorship on Mentorship {\n    commonGround {\n      kind\n      label\n      value\n    }\n  }\n"): (typeof documents)["\n  fragment CommonGroundList_mentorship on Mentorship {\n    commonGround {\n      kind\n      label\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorshipStatusSummary_mentorship on Mentorship {\n    status\n    unmatchedOn\n    unmatchReason\n    unmatchNote\n  }\n"): (typeof documents)["\n  fragment MentorshipStatusSummary_mentorship on Mentorship {\n    status\n    unmatchedOn\n    unmatchReason\n    unmatchNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelevantInfoPanel_mentorship on Mentorship {\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    menteeGoals\n    ...MentorshipStatusSummary_mentorship\n    ...CommonGroundList_mentorship\n  }\n"): (typeof documents)["\n  fragment RelevantInfoPanel_mentorship on Mentorship {\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    menteeGoals\n    ...MentorshipStatusSummary_mentorship\n    ...CommonGroundList_mentorship\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyHighlightsTable_mentorship on Mentorship {\n    surveyResponses(first: 100, filter: $surveyFilter, sort: $surveySort) {\n      id\n      ...SurveyResponseRow_surveyResponse\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyHighlightsTable_mentorship on Mentorship {\n    surveyResponses(first: 100, filter: $surveyFilter, sort: $surveySort) {\n      id\n      ...SurveyResponseRow_surveyResponse\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyResponseHighlights_surveyResponse on SurveyResponse {\n    highlights {\n      kind\n      label\n      value\n      questionId\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyResponseHighlights_surveyResponse on SurveyResponse {\n    highlights {\n      kind\n      label\n      value\n      questionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyResponseRow_surveyResponse on SurveyResponse {\n    id\n    surveyType\n    submittedAt\n    respondentRole\n    survey {\n      id\n      title\n      wave\n    }\n    respondent {\n      id\n      displayName\n    }\n    ...SurveyResponseHighlights_surveyResponse\n  }\n"): (typeof documents)["\n  fragment SurveyResponseRow_surveyResponse on SurveyResponse {\n    id\n    surveyType\n    submittedAt\n    respondentRole\n    survey {\n      id\n      title\n      wave\n    }\n    respondent {\n      id\n      displayName\n    }\n    ...SurveyResponseHighlights_surveyResponse\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorshipsGrid_mentorship on Mentorship {\n    id\n    status\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MentorshipsGrid_mentorship on Mentorship {\n    id\n    status\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorshipsPage($first: Int!, $after: String, $sort: MentorshipSort) {\n    mentorships(first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...MentorshipsGrid_mentorship\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentorshipsPage($first: Int!, $after: String, $sort: MentorshipSort) {\n    mentorships(first: $first, after: $after, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...MentorshipsGrid_mentorship\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;