/**
 * The mentorship details page's one operation, spread from one fragment per panel the same way
 * the page builds it, so server tests measure exactly what the page requests.
 */
export const MENTORSHIP_DETAILS_QUERY = /* GraphQL */ `
  query MentorshipDetails($id: ID!, $responseFilter: SurveyResponseFilter, $responseSort: SurveyResponseSort, $flagSort: PriorityFlagSort) {
    viewer {
      fieldAccess {
        contactDetails
        flagNotes
      }
    }
    mentorship(id: $id) {
      id
      exportUrl
      mentor {
        ...ParticipantPanel
      }
      mentee {
        ...ParticipantPanel
      }
      ...RelevantInfoPanel
      surveyResponses(filter: $responseFilter, sort: $responseSort) {
        ...SurveyHighlightsRow
      }
      priorityFlags(sort: $flagSort) {
        ...PriorityFlagRow
      }
    }
  }

  fragment ParticipantPanel on Participant {
    id
    role
    displayName
    initials
    firstName
    lastName
    preferredName
    pronouns
    pictureUrl
    email
    phone
    gender
    raceEthnicity
    firstGeneration
    graduationYear
    fieldOfStudyOrWork
    program {
      id
      name
    }
    lifeExperiences
    lifeExperienceLabels
    goals
    customAttributes {
      key
      label
      value
      valueType
      source
    }
  }

  fragment RelevantInfoPanel on Mentorship {
    status
    matchedOn
    unmatchedOn
    unmatchReason
    unmatchNote
    lastConversationAt
    conversationCount
    priorityFlagCount
    openPriorityFlagCount
    menteeGoals
    commonGround {
      kind
      label
      value
    }
    program {
      id
      name
    }
  }

  fragment SurveyHighlightsRow on SurveyResponse {
    id
    surveyType
    submittedAt
    respondentRole
    respondent {
      id
      displayName
    }
    survey {
      id
      title
      type
      wave
    }
    highlights {
      kind
      label
      value
      questionId
    }
  }

  fragment PriorityFlagRow on PriorityFlag {
    id
    status
    urgent
    channel
    description
    reportedAt
    firstResponseAt
    resolvedAt
    reportedByRole
    resolutionReason
    resolutionNote
    category {
      id
      key
      label
    }
    subject {
      id
      displayName
    }
    reportedBy {
      id
      displayName
    }
    assignee {
      id
      displayName
    }
  }
`;

/** Variables the page sends by default: the highlights-table rule, newest first. */
export function detailsVariables(mentorshipId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: mentorshipId,
    responseFilter: { highlightsOnly: true },
    responseSort: { field: "SUBMITTED_AT", direction: "DESC" },
    flagSort: { field: "REPORTED_AT", direction: "DESC" },
    ...overrides,
  };
}
