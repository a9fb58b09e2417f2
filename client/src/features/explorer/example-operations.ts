/*
 * Ready-made operations for questions analysts often ask, offered by the GraphQL explorer.
 *
 * This module imports nothing, so that a server test can run every operation against a real
 * API on the demo data and fail when a schema change breaks one. The operations read no
 * restricted field (contact details, flag notes), so they run for every staff role, and they
 * page with `first`, `after`, `edges { node }`, `pageInfo` and `totalCount` only.
 */

/** Ids of the viewer's own data that the examples' variables start from. */
export interface ExampleDefaults {
  /** A program of the viewer's partner (`prg_` id). */
  programId: string;
  /** A mentorship of the viewer's partner (`mtr_` id). */
  mentorshipId: string;
}

/** One ready-made operation of the explorer. */
export interface ExampleOperation {
  /** Name of the operation in `query`, unique among the examples. The explorer's tab shows it. */
  operationName: string;
  /** The question the operation answers, as the examples list shows it. */
  title: string;
  /** Summary of the result and of the variables to change, as the examples list shows it. */
  description: string;
  /** The GraphQL document, with one operation named `operationName`. */
  query: string;
  /** Variables prefilled from ids of the viewer's own data. */
  variables(defaults: ExampleDefaults): Record<string, unknown>;
}

/** Placeholders used when the viewer's partner has no program or mentorship yet. */
export const PLACEHOLDER_DEFAULTS: ExampleDefaults = {
  programId: "prg_replace_with_a_program_id",
  mentorshipId: "mtr_replace_with_a_mentorship_id",
};

const quietPairs: ExampleOperation = {
  operationName: "PairsWithoutRecentConversation",
  title: "Pairs with no conversation in the last 30 days",
  description:
    "Matched pairs whose last conversation, from any source, is older than the number of days in the variables, and pairs that never logged one. For the next page, pass pageInfo.endCursor as the after variable.",
  query: `# Matched pairs with no conversation logged in the last $days days (any source counts),
# including pairs that never logged one. Quietest first; pairs without any come last.
query PairsWithoutRecentConversation($days: Int!, $first: Int, $after: String) {
  mentorships(
    first: $first
    after: $after
    filter: { statuses: [MATCHED], noConversationForDays: $days }
    sort: { field: LAST_CONVERSATION_AT, direction: ASC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        program {
          name
        }
        matchedOn
        lastConversationAt
        conversationCount
        openPriorityFlagCount
        mentor {
          displayName
        }
        mentee {
          displayName
        }
      }
    }
  }
}
`,
  variables: () => ({ days: 30, first: 25, after: null }),
};

const urgentFlags: ExampleOperation = {
  operationName: "OpenUrgentFlagsByCategory",
  title: "Open urgent flags by category",
  description:
    "Flags that need immediate support and are still OPEN or IN_PROGRESS, with their category. To list one category only, set the categoryIds variable to the category id of a row.",
  query: `# Urgent flags that are still open (OPEN or IN_PROGRESS), newest first, with their category.
# Set $categoryIds to one or more category ids (fct_…) from the results to narrow the list;
# null lists every category.
query OpenUrgentFlagsByCategory($categoryIds: [ID!], $first: Int, $after: String) {
  priorityFlags(
    first: $first
    after: $after
    filter: { urgent: true, statuses: [OPEN, IN_PROGRESS], categoryIds: $categoryIds }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        category {
          id
          label
        }
        status
        reportedAt
        channel
        subject {
          displayName
          role
        }
        assignee {
          displayName
        }
        mentorship {
          id
          program {
            name
          }
        }
      }
    }
  }
}
`,
  variables: () => ({ categoryIds: null, first: 50, after: null }),
};

const assessmentScores: ExampleOperation = {
  operationName: "AssessmentScoresByWave",
  title: "Assessment scores by wave for one program",
  description:
    "For each pair of one program, the assessment responses of the mentor and the mentee in wave order, with the average score of each area (highlights of kind AREA_SCORE).",
  query: `# Assessment responses of every pair of one program, oldest wave first. The highlights of
# kind AREA_SCORE are the average Likert score (1 to 5) of each area, such as
# "Sense of belonging"; survey.wave names the wave (Baseline, Mid-program, End of program).
query AssessmentScoresByWave($programId: ID!, $first: Int, $after: String) {
  mentorships(first: $first, after: $after, filter: { programIds: [$programId] }) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        status
        surveyResponses(
          first: 12
          filter: { surveyTypes: [ASSESSMENT] }
          sort: { field: SUBMITTED_AT, direction: ASC }
        ) {
          submittedAt
          respondentRole
          survey {
            title
            wave
          }
          highlights {
            kind
            label
            value
          }
        }
      }
    }
  }
}
`,
  variables: ({ programId }) => ({ programId, first: 25, after: null }),
};

const wholePair: ExampleOperation = {
  operationName: "EverythingAboutOnePair",
  title: "Everything about one pair",
  description:
    "One mentorship with both participants, its conversations, its survey responses with every answer, and its priority flags. Change the mentorshipId variable to see another pair.",
  query: `# One mentorship with everything staff see on its details page. Contact details and flag
# notes are left out because only some roles may read them (see viewer.fieldAccess).
query EverythingAboutOnePair($mentorshipId: ID!) {
  mentorship(id: $mentorshipId) {
    id
    externalId
    program {
      id
      name
    }
    status
    matchedOn
    unmatchedOn
    unmatchReason
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
    mentor {
      ...PairParticipant
    }
    mentee {
      ...PairParticipant
    }
    conversations(first: 50) {
      occurredAt
      medium
      durationMinutes
      source
      topics
    }
    surveyResponses(first: 50) {
      surveyType
      submittedAt
      respondentRole
      survey {
        title
        wave
      }
      answers {
        question {
          prompt
          kind
        }
        displayValue
      }
    }
    priorityFlags(first: 50) {
      id
      category {
        label
      }
      urgent
      status
      reportedAt
      resolvedAt
      description
    }
  }
}

fragment PairParticipant on Participant {
  id
  displayName
  pronouns
  role
  gender
  raceEthnicity
  firstGeneration
  graduationYear
  fieldOfStudyOrWork
  lifeExperienceLabels
  goals
  customAttributes {
    label
    value
  }
}
`,
  variables: ({ mentorshipId }) => ({ mentorshipId }),
};

/** Every example, in the order the explorer lists them. */
export const EXAMPLE_OPERATIONS: readonly ExampleOperation[] = [quietPairs, urgentFlags, assessmentScores, wholePair];

/** Formats an example's variables as the explorer's variables editor shows them. */
export function formatExampleVariables(example: ExampleOperation, defaults: ExampleDefaults): string {
  return JSON.stringify(example.variables(defaults), null, 2);
}
