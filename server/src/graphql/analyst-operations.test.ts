import { getOperationAST, getVariableValues, type GraphQLSchema, Lexer, parse, Source, TokenKind, validate } from "graphql";
import { FlagStatus } from "../flag/flag-enums";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { detailsVariables, MENTORSHIP_DETAILS_QUERY } from "../test-support/details-query";
import { createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { startTestServer, type TestServer } from "../test-support/test-server";
import {
  MAX_ALIASES,
  MAX_ESTIMATED_OBJECTS,
  MAX_ROOT_FIELDS,
  MAX_SELECTION_DEPTH,
  MAX_SELECTIONS,
  MAX_TOKENS,
  UNSIZED_LIST_ESTIMATE,
} from "./operation-limits";
import { maxAliasesRule, maxRootFieldsRule, maxSelectionDepthRule } from "./operation-shape.rules";
import { estimateObjectCount } from "./query-cost";
import { buildGraphQLSchema } from "./schema";
import { countSelections } from "./selection-count-limit.middleware";

/*
 * Operations an analyst writes in the explorer, kept here to size the operation limits against
 * real work. Each must pass every limit with room to grow. The measured values are asserted
 * exactly, so that a change in how a limit counts shows up here first.
 */

/** Pairs with no conversation in the last 30 days, with what a coordinator needs to follow up. */
const QUIET_PAIRS = /* GraphQL */ `
  query QuietPairs($after: String) {
    mentorships(first: 100, after: $after, filter: { statuses: [MATCHED], noConversationForDays: 30 }, sort: { field: LAST_CONVERSATION_AT, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          matchedOn
          lastConversationAt
          conversationCount
          openPriorityFlagCount
          program {
            id
            name
          }
          mentor {
            id
            displayName
          }
          mentee {
            id
            displayName
          }
        }
      }
    }
  }
`;

/** Open urgent flags, read with their category so that a script can count them per category. */
const OPEN_URGENT_FLAGS = /* GraphQL */ `
  query OpenUrgentFlags($after: String) {
    priorityFlags(first: 100, after: $after, filter: { statuses: [OPEN], urgent: true }, sort: { field: REPORTED_AT, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reportedAt
          firstResponseAt
          channel
          category {
            id
            key
            label
          }
          mentorship {
            id
            program {
              id
              name
            }
          }
          assignee {
            id
            displayName
          }
        }
      }
    }
  }
`;

/**
 * Assessment area scores by wave for one program: the assessment responses of every pair, whose
 * highlights contain each area's average. Selecting every answer as well (20 estimated per
 * response) would triple the estimate, and a wave comparison needs only the area averages.
 */
const ASSESSMENT_SCORES = /* GraphQL */ `
  query AssessmentScores($programId: ID!, $after: String) {
    mentorships(first: 100, after: $after, filter: { programIds: [$programId] }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          surveyResponses(first: 10, filter: { surveyTypes: [ASSESSMENT] }, sort: { field: SUBMITTED_AT, direction: ASC }) {
            id
            submittedAt
            respondentRole
            survey {
              id
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
`;

/** Everything about one pair: both people, the numbers, surveys with answers, conversations and flags. */
const WHOLE_PAIR = /* GraphQL */ `
  query WholePair($id: ID!) {
    mentorship(id: $id) {
      id
      externalId
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
      exportUrl
      program {
        id
        name
      }
      commonGround {
        kind
        label
        value
      }
      mentor {
        ...Person
      }
      mentee {
        ...Person
      }
      conversations(first: 100) {
        id
        occurredAt
        medium
        durationMinutes
        topics
        source
        loggedByRole
      }
      surveyResponses(first: 100) {
        id
        surveyType
        submittedAt
        respondentRole
        survey {
          id
          title
          wave
        }
        answers {
          id
          displayValue
          question {
            id
            prompt
            kind
            area
          }
        }
      }
      priorityFlags(first: 100) {
        id
        status
        urgent
        channel
        description
        reportedAt
        firstResponseAt
        resolvedAt
        resolutionReason
        category {
          id
          label
        }
        assignee {
          id
          displayName
        }
      }
    }
  }

  fragment Person on Participant {
    id
    role
    displayName
    firstName
    lastName
    preferredName
    pronouns
    gender
    raceEthnicity
    firstGeneration
    graduationYear
    fieldOfStudyOrWork
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
`;

interface OperationSize {
  tokens: number;
  selections: number;
  depth: number;
  aliases: number;
  rootFields: number;
  estimatedObjects: number;
}

function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) {
    tokens += 1;
  }

  return tokens;
}

/** Reads a shape rule's measured value: with a maximum of -1 every operation breaks it and reports its value. */
function measuredByRule(schema: GraphQLSchema, query: string, rule: ReturnType<typeof maxSelectionDepthRule>): number {
  const [error] = validate(schema, parse(query), [rule]);

  return error.extensions.actual as number;
}

/** Measures an operation on every limit, the way the server counts it. */
function measure(schema: GraphQLSchema, query: string, variables: Record<string, unknown>): OperationSize {
  const document = parse(query);
  const operation = getOperationAST(document);
  if (!operation) {
    throw new Error("The document must contain exactly one operation.");
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) {
    throw coerced.errors[0];
  }

  return {
    tokens: countTokens(query),
    selections: countSelections(document),
    depth: measuredByRule(schema, query, maxSelectionDepthRule(-1)),
    aliases: measuredByRule(schema, query, maxAliasesRule(-1)),
    rootFields: measuredByRule(schema, query, maxRootFieldsRule(-1)),
    estimatedObjects: Math.round(estimateObjectCount(schema, document, operation, coerced.coerced, { unsizedListEstimate: UNSIZED_LIST_ESTIMATE })),
  };
}

const LIMITS: OperationSize = {
  tokens: MAX_TOKENS,
  selections: MAX_SELECTIONS,
  depth: MAX_SELECTION_DEPTH,
  aliases: MAX_ALIASES,
  rootFields: MAX_ROOT_FIELDS,
  estimatedObjects: MAX_ESTIMATED_OBJECTS,
};

describe("operation limits sized for real operations", () => {
  let schema: GraphQLSchema;
  let server: TestServer;
  let setup: ProgramSetup;
  let mentorship: Mentorship;

  beforeAll(async () => {
    schema = await buildGraphQLSchema();
    server = await startTestServer();
    setup = await createProgramSetup(server.factory, await server.factory.partner());
    const { factory, program, categories } = setup;
    mentorship = await factory.mentorship(program, await factory.mentor(program), await factory.mentee(program));
    await factory.flag(mentorship, categories.wellbeing, { urgent: true, status: FlagStatus.OPEN });
  });

  afterAll(async () => {
    await server.close();
  });

  /*
   * Measured sizes, and the headroom of the largest:
   * - depth 6 of 12, so `mentor { mentorships { … } }` inside a flag still fits;
   * - 22,202 of 100,000 estimated objects for the assessment scores (100 pairs with 10 responses
   *   each). Selecting every answer with its question as well brings it to about 62,000;
   * - 102 of 500 selections and 212 of 2,000 tokens for the details page;
   * - no alias, and at most 2 of 20 root fields.
   */
  const cases = (): Array<{ name: string; query: string; variables: Record<string, unknown>; size: OperationSize }> => [
    {
      name: "the details page",
      query: MENTORSHIP_DETAILS_QUERY,
      variables: detailsVariables(mentorship.id),
      size: { tokens: 212, selections: 102, depth: 4, aliases: 0, rootFields: 2, estimatedObjects: 2_868 },
    },
    {
      name: "pairs without a conversation in 30 days",
      query: QUIET_PAIRS,
      variables: {},
      size: { tokens: 76, selections: 21, depth: 5, aliases: 0, rootFields: 1, estimatedObjects: 502 },
    },
    {
      name: "open urgent flags by category",
      query: OPEN_URGENT_FLAGS,
      variables: {},
      size: { tokens: 80, selections: 23, depth: 6, aliases: 0, rootFields: 1, estimatedObjects: 602 },
    },
    {
      name: "assessment scores by wave",
      query: ASSESSMENT_SCORES,
      variables: { programId: setup.program.id },
      size: { tokens: 91, selections: 19, depth: 6, aliases: 0, rootFields: 1, estimatedObjects: 22_202 },
    },
    {
      name: "everything about one pair",
      query: WHOLE_PAIR,
      variables: { id: mentorship.id },
      size: { tokens: 154, selections: 86, depth: 5, aliases: 0, rootFields: 1, estimatedObjects: 4_664 },
    },
  ];
  const NAMES = ["the details page", "pairs without a conversation in 30 days", "open urgent flags by category", "assessment scores by wave", "everything about one pair"];

  it.each(NAMES)("measures %s as expected", (name) => {
    const operation = cases().find((candidate) => candidate.name === name);

    const size = measure(schema, operation?.query ?? "", operation?.variables ?? {});

    expect(size).toEqual(operation?.size);
  });

  it.each(NAMES)("keeps %s within every limit", (name) => {
    const operation = cases().find((candidate) => candidate.name === name);

    const size = measure(schema, operation?.query ?? "", operation?.variables ?? {});

    const broken = (Object.keys(LIMITS) as Array<keyof OperationSize>).filter((limit) => size[limit] > LIMITS[limit]);
    expect(broken).toEqual([]);
  });

  it.each(NAMES)("runs %s over HTTP without errors", async (name) => {
    const operation = cases().find((candidate) => candidate.name === name);

    const result = await server.signIn(setup.staff).graphql(operation?.query ?? "", operation?.variables);

    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
  });
});
