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
    "\n  query ExplorerPage {\n    programs(first: 1, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    mentorships(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.ExplorerPageDocument,
    "\n  fragment FlagFilterControls_query on Query {\n    programs(first: 100, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    flagCategories {\n      id\n      label\n      program {\n        name\n      }\n    }\n  }\n": typeof types.FlagFilterControls_QueryFragmentDoc,
    "\n  fragment FlagsGrid_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    urgent\n    status\n    timeToFirstResponse\n    timeToResolution\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    program {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    mentorship {\n      id\n      mentor {\n        id\n        displayName\n      }\n      mentee {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.FlagsGrid_PriorityFlagFragmentDoc,
    "\n  query FlagsPage($first: Int, $after: String, $last: Int, $before: String, $sort: PriorityFlagSort, $filter: PriorityFlagFilter) {\n    ...FlagFilterControls_query\n    priorityFlags(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FlagsGrid_priorityFlag\n        }\n      }\n    }\n  }\n": typeof types.FlagsPageDocument,
    "\n  fragment PriorityFlagPage_priorityFlag on PriorityFlag {\n    id\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    ...PriorityFlagSummary_priorityFlag\n    ...PriorityFlagHistory_priorityFlag\n    ...PriorityFlagActions_priorityFlag\n  }\n": typeof types.PriorityFlagPage_PriorityFlagFragmentDoc,
    "\n  query PriorityFlagPage($id: ID!) {\n    viewer {\n      fieldAccess {\n        flagNotes\n      }\n      ...PriorityFlagActions_viewer\n    }\n    priorityFlag(id: $id) {\n      id\n      ...PriorityFlagPage_priorityFlag\n    }\n  }\n": typeof types.PriorityFlagPageDocument,
    "\n  fragment PriorityFlagActions_priorityFlag on PriorityFlag {\n    id\n    status\n    assignee {\n      id\n    }\n  }\n": typeof types.PriorityFlagActions_PriorityFlagFragmentDoc,
    "\n  fragment PriorityFlagActions_viewer on Viewer {\n    role\n    staffUsers {\n      id\n      displayName\n      role\n    }\n  }\n": typeof types.PriorityFlagActions_ViewerFragmentDoc,
    "\n  fragment PriorityFlagHistory_priorityFlag on PriorityFlag {\n    reportedAt\n    history {\n      id\n      type\n      fromStatus\n      toStatus\n      actorLabel\n      occurredAt\n      assignee {\n        id\n        displayName\n      }\n      resolutionReason\n      note\n    }\n  }\n": typeof types.PriorityFlagHistory_PriorityFlagFragmentDoc,
    "\n  fragment PriorityFlagSummary_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    channel\n    urgent\n    status\n    description\n    reportedByRole\n    reportedBy {\n      id\n      displayName\n    }\n    subject {\n      id\n      displayName\n    }\n    category {\n      id\n      label\n    }\n    program {\n      id\n      name\n    }\n    mentorship {\n      id\n      mentor {\n        id\n        displayName\n      }\n      mentee {\n        id\n        displayName\n      }\n    }\n    assignee {\n      id\n      displayName\n    }\n    firstResponseAt\n    resolvedAt\n    timeToFirstResponse\n    timeToResolution\n    resolutionReason\n    resolutionNote\n  }\n": typeof types.PriorityFlagSummary_PriorityFlagFragmentDoc,
    "\n  fragment PriorityFlagWorkflowResult_priorityFlag on PriorityFlag {\n    id\n    ...PriorityFlagPage_priorityFlag\n    mentorship {\n      id\n      priorityFlagCount\n      openPriorityFlagCount\n    }\n  }\n": typeof types.PriorityFlagWorkflowResult_PriorityFlagFragmentDoc,
    "\n  mutation AssignPriorityFlag($input: AssignPriorityFlagInput!) {\n    assignPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n": typeof types.AssignPriorityFlagDocument,
    "\n  mutation StartPriorityFlag($input: StartPriorityFlagInput!) {\n    startPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n": typeof types.StartPriorityFlagDocument,
    "\n  mutation ResolvePriorityFlag($input: ResolvePriorityFlagInput!) {\n    resolvePriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n": typeof types.ResolvePriorityFlagDocument,
    "\n  mutation ReopenPriorityFlag($input: ReopenPriorityFlagInput!) {\n    reopenPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n": typeof types.ReopenPriorityFlagDocument,
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
    "\n  fragment SurveyResponseHighlights_surveyResponse on SurveyResponse {\n    highlights {\n      kind\n      label\n      value\n      questionId\n      anonymizedQuote {\n        text\n        attribution\n      }\n    }\n  }\n": typeof types.SurveyResponseHighlights_SurveyResponseFragmentDoc,
    "\n  fragment SurveyResponseRow_surveyResponse on SurveyResponse {\n    id\n    surveyType\n    submittedAt\n    respondentRole\n    survey {\n      id\n      title\n      wave\n    }\n    respondent {\n      id\n      displayName\n    }\n    ...SurveyResponseHighlights_surveyResponse\n  }\n": typeof types.SurveyResponseRow_SurveyResponseFragmentDoc,
    "\n  fragment MentorshipFilterControls_query on Query {\n    programs(first: 100, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MentorshipFilterControls_QueryFragmentDoc,
    "\n  fragment MentorshipsGrid_mentorship on Mentorship {\n    id\n    status\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n": typeof types.MentorshipsGrid_MentorshipFragmentDoc,
    "\n  query MentorshipsPage($first: Int, $after: String, $last: Int, $before: String, $sort: MentorshipSort, $filter: MentorshipFilter) {\n    ...MentorshipFilterControls_query\n    mentorships(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...MentorshipsGrid_mentorship\n        }\n      }\n    }\n  }\n": typeof types.MentorshipsPageDocument,
    "\n  fragment ParticipantMentorships_participant on Participant {\n    id\n    mentorships(first: 100) {\n      id\n      status\n      matchedOn\n      unmatchedOn\n      unmatchReason\n      lastConversationAt\n      conversationCount\n      openPriorityFlagCount\n      program {\n        id\n        name\n      }\n      mentor {\n        id\n        role\n        displayName\n      }\n      mentee {\n        id\n        role\n        displayName\n      }\n    }\n  }\n": typeof types.ParticipantMentorships_ParticipantFragmentDoc,
    "\n  fragment ParticipantPriorityFlags_participant on Participant {\n    priorityFlags(first: 100, sort: $flagSort) {\n      id\n      ...PriorityFlagRow_priorityFlag\n    }\n  }\n": typeof types.ParticipantPriorityFlags_ParticipantFragmentDoc,
    "\n  fragment ParticipantProfileDetails_participant on Participant {\n    firstName\n    lastName\n    preferredName\n    pronouns\n    externalId\n    createdAt\n    lifeExperienceLabels\n    goals\n    ...ParticipantDemographics_participant\n    ...ParticipantContact_participant\n    ...ParticipantCustomAttributes_participant\n  }\n": typeof types.ParticipantProfileDetails_ParticipantFragmentDoc,
    "\n  fragment ParticipantProfileHeader_participant on Participant {\n    role\n    displayName\n    pronouns\n    program {\n      id\n      name\n    }\n    ...ParticipantAvatar_participant\n  }\n": typeof types.ParticipantProfileHeader_ParticipantFragmentDoc,
    "\n  query ParticipantProfilePage(\n    $id: ID!\n    $surveyFilter: SurveyResponseFilter!\n    $surveySort: SurveyResponseSort!\n    $flagSort: PriorityFlagSort!\n  ) {\n    viewer {\n      fieldAccess {\n        contactDetails\n        flagNotes\n      }\n    }\n    participant(id: $id) {\n      id\n      ...ParticipantProfileHeader_participant\n      ...ParticipantProfileDetails_participant\n      ...ParticipantMentorships_participant\n      ...ParticipantSurveyResponses_participant\n      ...ParticipantPriorityFlags_participant\n    }\n  }\n": typeof types.ParticipantProfilePageDocument,
    "\n  fragment ParticipantSurveyResponses_participant on Participant {\n    surveyResponses(first: 100, filter: $surveyFilter, sort: $surveySort) {\n      id\n      ...SurveyResponseRow_surveyResponse\n    }\n  }\n": typeof types.ParticipantSurveyResponses_ParticipantFragmentDoc,
};
const documents: Documents = {
    "\n  query AppLayout {\n    viewer {\n      ...TopBar_viewer\n    }\n  }\n": types.AppLayoutDocument,
    "\n  fragment TopBar_viewer on Viewer {\n    displayName\n    partner {\n      id\n      name\n    }\n  }\n": types.TopBar_ViewerFragmentDoc,
    "\n  query ExplorerPage {\n    programs(first: 1, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    mentorships(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.ExplorerPageDocument,
    "\n  fragment FlagFilterControls_query on Query {\n    programs(first: 100, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    flagCategories {\n      id\n      label\n      program {\n        name\n      }\n    }\n  }\n": types.FlagFilterControls_QueryFragmentDoc,
    "\n  fragment FlagsGrid_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    urgent\n    status\n    timeToFirstResponse\n    timeToResolution\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    program {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    mentorship {\n      id\n      mentor {\n        id\n        displayName\n      }\n      mentee {\n        id\n        displayName\n      }\n    }\n  }\n": types.FlagsGrid_PriorityFlagFragmentDoc,
    "\n  query FlagsPage($first: Int, $after: String, $last: Int, $before: String, $sort: PriorityFlagSort, $filter: PriorityFlagFilter) {\n    ...FlagFilterControls_query\n    priorityFlags(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FlagsGrid_priorityFlag\n        }\n      }\n    }\n  }\n": types.FlagsPageDocument,
    "\n  fragment PriorityFlagPage_priorityFlag on PriorityFlag {\n    id\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    ...PriorityFlagSummary_priorityFlag\n    ...PriorityFlagHistory_priorityFlag\n    ...PriorityFlagActions_priorityFlag\n  }\n": types.PriorityFlagPage_PriorityFlagFragmentDoc,
    "\n  query PriorityFlagPage($id: ID!) {\n    viewer {\n      fieldAccess {\n        flagNotes\n      }\n      ...PriorityFlagActions_viewer\n    }\n    priorityFlag(id: $id) {\n      id\n      ...PriorityFlagPage_priorityFlag\n    }\n  }\n": types.PriorityFlagPageDocument,
    "\n  fragment PriorityFlagActions_priorityFlag on PriorityFlag {\n    id\n    status\n    assignee {\n      id\n    }\n  }\n": types.PriorityFlagActions_PriorityFlagFragmentDoc,
    "\n  fragment PriorityFlagActions_viewer on Viewer {\n    role\n    staffUsers {\n      id\n      displayName\n      role\n    }\n  }\n": types.PriorityFlagActions_ViewerFragmentDoc,
    "\n  fragment PriorityFlagHistory_priorityFlag on PriorityFlag {\n    reportedAt\n    history {\n      id\n      type\n      fromStatus\n      toStatus\n      actorLabel\n      occurredAt\n      assignee {\n        id\n        displayName\n      }\n      resolutionReason\n      note\n    }\n  }\n": types.PriorityFlagHistory_PriorityFlagFragmentDoc,
    "\n  fragment PriorityFlagSummary_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    channel\n    urgent\n    status\n    description\n    reportedByRole\n    reportedBy {\n      id\n      displayName\n    }\n    subject {\n      id\n      displayName\n    }\n    category {\n      id\n      label\n    }\n    program {\n      id\n      name\n    }\n    mentorship {\n      id\n      mentor {\n        id\n        displayName\n      }\n      mentee {\n        id\n        displayName\n      }\n    }\n    assignee {\n      id\n      displayName\n    }\n    firstResponseAt\n    resolvedAt\n    timeToFirstResponse\n    timeToResolution\n    resolutionReason\n    resolutionNote\n  }\n": types.PriorityFlagSummary_PriorityFlagFragmentDoc,
    "\n  fragment PriorityFlagWorkflowResult_priorityFlag on PriorityFlag {\n    id\n    ...PriorityFlagPage_priorityFlag\n    mentorship {\n      id\n      priorityFlagCount\n      openPriorityFlagCount\n    }\n  }\n": types.PriorityFlagWorkflowResult_PriorityFlagFragmentDoc,
    "\n  mutation AssignPriorityFlag($input: AssignPriorityFlagInput!) {\n    assignPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n": types.AssignPriorityFlagDocument,
    "\n  mutation StartPriorityFlag($input: StartPriorityFlagInput!) {\n    startPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n": types.StartPriorityFlagDocument,
    "\n  mutation ResolvePriorityFlag($input: ResolvePriorityFlagInput!) {\n    resolvePriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n": types.ResolvePriorityFlagDocument,
    "\n  mutation ReopenPriorityFlag($input: ReopenPriorityFlagInput!) {\n    reopenPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n": types.ReopenPriorityFlagDocument,
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
    "\n  fragment SurveyResponseHighlights_surveyResponse on SurveyResponse {\n    highlights {\n      kind\n      label\n      value\n      questionId\n      anonymizedQuote {\n        text\n        attribution\n      }\n    }\n  }\n": types.SurveyResponseHighlights_SurveyResponseFragmentDoc,
    "\n  fragment SurveyResponseRow_surveyResponse on SurveyResponse {\n    id\n    surveyType\n    submittedAt\n    respondentRole\n    survey {\n      id\n      title\n      wave\n    }\n    respondent {\n      id\n      displayName\n    }\n    ...SurveyResponseHighlights_surveyResponse\n  }\n": types.SurveyResponseRow_SurveyResponseFragmentDoc,
    "\n  fragment MentorshipFilterControls_query on Query {\n    programs(first: 100, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MentorshipFilterControls_QueryFragmentDoc,
    "\n  fragment MentorshipsGrid_mentorship on Mentorship {\n    id\n    status\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n": types.MentorshipsGrid_MentorshipFragmentDoc,
    "\n  query MentorshipsPage($first: Int, $after: String, $last: Int, $before: String, $sort: MentorshipSort, $filter: MentorshipFilter) {\n    ...MentorshipFilterControls_query\n    mentorships(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...MentorshipsGrid_mentorship\n        }\n      }\n    }\n  }\n": types.MentorshipsPageDocument,
    "\n  fragment ParticipantMentorships_participant on Participant {\n    id\n    mentorships(first: 100) {\n      id\n      status\n      matchedOn\n      unmatchedOn\n      unmatchReason\n      lastConversationAt\n      conversationCount\n      openPriorityFlagCount\n      program {\n        id\n        name\n      }\n      mentor {\n        id\n        role\n        displayName\n      }\n      mentee {\n        id\n        role\n        displayName\n      }\n    }\n  }\n": types.ParticipantMentorships_ParticipantFragmentDoc,
    "\n  fragment ParticipantPriorityFlags_participant on Participant {\n    priorityFlags(first: 100, sort: $flagSort) {\n      id\n      ...PriorityFlagRow_priorityFlag\n    }\n  }\n": types.ParticipantPriorityFlags_ParticipantFragmentDoc,
    "\n  fragment ParticipantProfileDetails_participant on Participant {\n    firstName\n    lastName\n    preferredName\n    pronouns\n    externalId\n    createdAt\n    lifeExperienceLabels\n    goals\n    ...ParticipantDemographics_participant\n    ...ParticipantContact_participant\n    ...ParticipantCustomAttributes_participant\n  }\n": types.ParticipantProfileDetails_ParticipantFragmentDoc,
    "\n  fragment ParticipantProfileHeader_participant on Participant {\n    role\n    displayName\n    pronouns\n    program {\n      id\n      name\n    }\n    ...ParticipantAvatar_participant\n  }\n": types.ParticipantProfileHeader_ParticipantFragmentDoc,
    "\n  query ParticipantProfilePage(\n    $id: ID!\n    $surveyFilter: SurveyResponseFilter!\n    $surveySort: SurveyResponseSort!\n    $flagSort: PriorityFlagSort!\n  ) {\n    viewer {\n      fieldAccess {\n        contactDetails\n        flagNotes\n      }\n    }\n    participant(id: $id) {\n      id\n      ...ParticipantProfileHeader_participant\n      ...ParticipantProfileDetails_participant\n      ...ParticipantMentorships_participant\n      ...ParticipantSurveyResponses_participant\n      ...ParticipantPriorityFlags_participant\n    }\n  }\n": types.ParticipantProfilePageDocument,
    "\n  fragment ParticipantSurveyResponses_participant on Participant {\n    surveyResponses(first: 100, filter: $surveyFilter, sort: $surveySort) {\n      id\n      ...SurveyResponseRow_surveyResponse\n    }\n  }\n": types.ParticipantSurveyResponses_ParticipantFragmentDoc,
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
export function graphql(source: "\n  query ExplorerPage {\n    programs(first: 1, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    mentorships(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerPage {\n    programs(first: 1, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    mentorships(first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlagFilterControls_query on Query {\n    programs(first: 100, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    flagCategories {\n      id\n      label\n      program {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FlagFilterControls_query on Query {\n    programs(first: 100, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    flagCategories {\n      id\n      label\n      program {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FlagsGrid_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    urgent\n    status\n    timeToFirstResponse\n    timeToResolution\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    program {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    mentorship {\n      id\n      mentor {\n        id\n        displayName\n      }\n      mentee {\n        id\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FlagsGrid_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    urgent\n    status\n    timeToFirstResponse\n    timeToResolution\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    program {\n      id\n      name\n    }\n    assignee {\n      id\n      displayName\n    }\n    mentorship {\n      id\n      mentor {\n        id\n        displayName\n      }\n      mentee {\n        id\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FlagsPage($first: Int, $after: String, $last: Int, $before: String, $sort: PriorityFlagSort, $filter: PriorityFlagFilter) {\n    ...FlagFilterControls_query\n    priorityFlags(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FlagsGrid_priorityFlag\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FlagsPage($first: Int, $after: String, $last: Int, $before: String, $sort: PriorityFlagSort, $filter: PriorityFlagFilter) {\n    ...FlagFilterControls_query\n    priorityFlags(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...FlagsGrid_priorityFlag\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityFlagPage_priorityFlag on PriorityFlag {\n    id\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    ...PriorityFlagSummary_priorityFlag\n    ...PriorityFlagHistory_priorityFlag\n    ...PriorityFlagActions_priorityFlag\n  }\n"): (typeof documents)["\n  fragment PriorityFlagPage_priorityFlag on PriorityFlag {\n    id\n    category {\n      id\n      label\n    }\n    subject {\n      id\n      displayName\n    }\n    ...PriorityFlagSummary_priorityFlag\n    ...PriorityFlagHistory_priorityFlag\n    ...PriorityFlagActions_priorityFlag\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriorityFlagPage($id: ID!) {\n    viewer {\n      fieldAccess {\n        flagNotes\n      }\n      ...PriorityFlagActions_viewer\n    }\n    priorityFlag(id: $id) {\n      id\n      ...PriorityFlagPage_priorityFlag\n    }\n  }\n"): (typeof documents)["\n  query PriorityFlagPage($id: ID!) {\n    viewer {\n      fieldAccess {\n        flagNotes\n      }\n      ...PriorityFlagActions_viewer\n    }\n    priorityFlag(id: $id) {\n      id\n      ...PriorityFlagPage_priorityFlag\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityFlagActions_priorityFlag on PriorityFlag {\n    id\n    status\n    assignee {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PriorityFlagActions_priorityFlag on PriorityFlag {\n    id\n    status\n    assignee {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityFlagActions_viewer on Viewer {\n    role\n    staffUsers {\n      id\n      displayName\n      role\n    }\n  }\n"): (typeof documents)["\n  fragment PriorityFlagActions_viewer on Viewer {\n    role\n    staffUsers {\n      id\n      displayName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityFlagHistory_priorityFlag on PriorityFlag {\n    reportedAt\n    history {\n      id\n      type\n      fromStatus\n      toStatus\n      actorLabel\n      occurredAt\n      assignee {\n        id\n        displayName\n      }\n      resolutionReason\n      note\n    }\n  }\n"): (typeof documents)["\n  fragment PriorityFlagHistory_priorityFlag on PriorityFlag {\n    reportedAt\n    history {\n      id\n      type\n      fromStatus\n      toStatus\n      actorLabel\n      occurredAt\n      assignee {\n        id\n        displayName\n      }\n      resolutionReason\n      note\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityFlagSummary_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    channel\n    urgent\n    status\n    description\n    reportedByRole\n    reportedBy {\n      id\n      displayName\n    }\n    subject {\n      id\n      displayName\n    }\n    category {\n      id\n      label\n    }\n    program {\n      id\n      name\n    }\n    mentorship {\n      id\n      mentor {\n        id\n        displayName\n      }\n      mentee {\n        id\n        displayName\n      }\n    }\n    assignee {\n      id\n      displayName\n    }\n    firstResponseAt\n    resolvedAt\n    timeToFirstResponse\n    timeToResolution\n    resolutionReason\n    resolutionNote\n  }\n"): (typeof documents)["\n  fragment PriorityFlagSummary_priorityFlag on PriorityFlag {\n    id\n    reportedAt\n    channel\n    urgent\n    status\n    description\n    reportedByRole\n    reportedBy {\n      id\n      displayName\n    }\n    subject {\n      id\n      displayName\n    }\n    category {\n      id\n      label\n    }\n    program {\n      id\n      name\n    }\n    mentorship {\n      id\n      mentor {\n        id\n        displayName\n      }\n      mentee {\n        id\n        displayName\n      }\n    }\n    assignee {\n      id\n      displayName\n    }\n    firstResponseAt\n    resolvedAt\n    timeToFirstResponse\n    timeToResolution\n    resolutionReason\n    resolutionNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriorityFlagWorkflowResult_priorityFlag on PriorityFlag {\n    id\n    ...PriorityFlagPage_priorityFlag\n    mentorship {\n      id\n      priorityFlagCount\n      openPriorityFlagCount\n    }\n  }\n"): (typeof documents)["\n  fragment PriorityFlagWorkflowResult_priorityFlag on PriorityFlag {\n    id\n    ...PriorityFlagPage_priorityFlag\n    mentorship {\n      id\n      priorityFlagCount\n      openPriorityFlagCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignPriorityFlag($input: AssignPriorityFlagInput!) {\n    assignPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignPriorityFlag($input: AssignPriorityFlagInput!) {\n    assignPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPriorityFlag($input: StartPriorityFlagInput!) {\n    startPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartPriorityFlag($input: StartPriorityFlagInput!) {\n    startPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolvePriorityFlag($input: ResolvePriorityFlagInput!) {\n    resolvePriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolvePriorityFlag($input: ResolvePriorityFlagInput!) {\n    resolvePriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenPriorityFlag($input: ReopenPriorityFlagInput!) {\n    reopenPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenPriorityFlag($input: ReopenPriorityFlagInput!) {\n    reopenPriorityFlag(input: $input) {\n      flag {\n        ...PriorityFlagWorkflowResult_priorityFlag\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment SurveyResponseHighlights_surveyResponse on SurveyResponse {\n    highlights {\n      kind\n      label\n      value\n      questionId\n      anonymizedQuote {\n        text\n        attribution\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SurveyResponseHighlights_surveyResponse on SurveyResponse {\n    highlights {\n      kind\n      label\n      value\n      questionId\n      anonymizedQuote {\n        text\n        attribution\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SurveyResponseRow_surveyResponse on SurveyResponse {\n    id\n    surveyType\n    submittedAt\n    respondentRole\n    survey {\n      id\n      title\n      wave\n    }\n    respondent {\n      id\n      displayName\n    }\n    ...SurveyResponseHighlights_surveyResponse\n  }\n"): (typeof documents)["\n  fragment SurveyResponseRow_surveyResponse on SurveyResponse {\n    id\n    surveyType\n    submittedAt\n    respondentRole\n    survey {\n      id\n      title\n      wave\n    }\n    respondent {\n      id\n      displayName\n    }\n    ...SurveyResponseHighlights_surveyResponse\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorshipFilterControls_query on Query {\n    programs(first: 100, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MentorshipFilterControls_query on Query {\n    programs(first: 100, sort: { field: NAME, direction: ASC }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MentorshipsGrid_mentorship on Mentorship {\n    id\n    status\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n"): (typeof documents)["\n  fragment MentorshipsGrid_mentorship on Mentorship {\n    id\n    status\n    matchedOn\n    lastConversationAt\n    conversationCount\n    priorityFlagCount\n    openPriorityFlagCount\n    program {\n      id\n      name\n    }\n    mentor {\n      id\n      displayName\n    }\n    mentee {\n      id\n      displayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorshipsPage($first: Int, $after: String, $last: Int, $before: String, $sort: MentorshipSort, $filter: MentorshipFilter) {\n    ...MentorshipFilterControls_query\n    mentorships(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...MentorshipsGrid_mentorship\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentorshipsPage($first: Int, $after: String, $last: Int, $before: String, $sort: MentorshipSort, $filter: MentorshipFilter) {\n    ...MentorshipFilterControls_query\n    mentorships(first: $first, after: $after, last: $last, before: $before, sort: $sort, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          ...MentorshipsGrid_mentorship\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantMentorships_participant on Participant {\n    id\n    mentorships(first: 100) {\n      id\n      status\n      matchedOn\n      unmatchedOn\n      unmatchReason\n      lastConversationAt\n      conversationCount\n      openPriorityFlagCount\n      program {\n        id\n        name\n      }\n      mentor {\n        id\n        role\n        displayName\n      }\n      mentee {\n        id\n        role\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantMentorships_participant on Participant {\n    id\n    mentorships(first: 100) {\n      id\n      status\n      matchedOn\n      unmatchedOn\n      unmatchReason\n      lastConversationAt\n      conversationCount\n      openPriorityFlagCount\n      program {\n        id\n        name\n      }\n      mentor {\n        id\n        role\n        displayName\n      }\n      mentee {\n        id\n        role\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantPriorityFlags_participant on Participant {\n    priorityFlags(first: 100, sort: $flagSort) {\n      id\n      ...PriorityFlagRow_priorityFlag\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantPriorityFlags_participant on Participant {\n    priorityFlags(first: 100, sort: $flagSort) {\n      id\n      ...PriorityFlagRow_priorityFlag\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantProfileDetails_participant on Participant {\n    firstName\n    lastName\n    preferredName\n    pronouns\n    externalId\n    createdAt\n    lifeExperienceLabels\n    goals\n    ...ParticipantDemographics_participant\n    ...ParticipantContact_participant\n    ...ParticipantCustomAttributes_participant\n  }\n"): (typeof documents)["\n  fragment ParticipantProfileDetails_participant on Participant {\n    firstName\n    lastName\n    preferredName\n    pronouns\n    externalId\n    createdAt\n    lifeExperienceLabels\n    goals\n    ...ParticipantDemographics_participant\n    ...ParticipantContact_participant\n    ...ParticipantCustomAttributes_participant\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantProfileHeader_participant on Participant {\n    role\n    displayName\n    pronouns\n    program {\n      id\n      name\n    }\n    ...ParticipantAvatar_participant\n  }\n"): (typeof documents)["\n  fragment ParticipantProfileHeader_participant on Participant {\n    role\n    displayName\n    pronouns\n    program {\n      id\n      name\n    }\n    ...ParticipantAvatar_participant\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipantProfilePage(\n    $id: ID!\n    $surveyFilter: SurveyResponseFilter!\n    $surveySort: SurveyResponseSort!\n    $flagSort: PriorityFlagSort!\n  ) {\n    viewer {\n      fieldAccess {\n        contactDetails\n        flagNotes\n      }\n    }\n    participant(id: $id) {\n      id\n      ...ParticipantProfileHeader_participant\n      ...ParticipantProfileDetails_participant\n      ...ParticipantMentorships_participant\n      ...ParticipantSurveyResponses_participant\n      ...ParticipantPriorityFlags_participant\n    }\n  }\n"): (typeof documents)["\n  query ParticipantProfilePage(\n    $id: ID!\n    $surveyFilter: SurveyResponseFilter!\n    $surveySort: SurveyResponseSort!\n    $flagSort: PriorityFlagSort!\n  ) {\n    viewer {\n      fieldAccess {\n        contactDetails\n        flagNotes\n      }\n    }\n    participant(id: $id) {\n      id\n      ...ParticipantProfileHeader_participant\n      ...ParticipantProfileDetails_participant\n      ...ParticipantMentorships_participant\n      ...ParticipantSurveyResponses_participant\n      ...ParticipantPriorityFlags_participant\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantSurveyResponses_participant on Participant {\n    surveyResponses(first: 100, filter: $surveyFilter, sort: $surveySort) {\n      id\n      ...SurveyResponseRow_surveyResponse\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantSurveyResponses_participant on Participant {\n    surveyResponses(first: 100, filter: $surveyFilter, sort: $surveySort) {\n      id\n      ...SurveyResponseRow_surveyResponse\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;