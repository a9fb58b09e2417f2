import { newId } from "../common/ids";
import { logger } from "../common/logger";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { createProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, type GraphQLResult, startTestServer, type TestServer } from "../test-support/test-server";

type AnyResult = GraphQLResult<Record<string, unknown>>;

/** Encodes `text` the way the API encodes its cursors, to build cursors it never returns. */
function cursorOf(text: string): string {
  return Buffer.from(text).toString("base64url");
}

function firstError(result: AnyResult) {
  return result.body.errors?.[0];
}

describe("GraphQL errors", () => {
  let server: TestServer;
  let client: GraphQLClient;
  let mentorship: Mentorship;

  beforeAll(async () => {
    server = await startTestServer();
    const setup = await createProgramSetup(server.factory, await server.factory.partner());
    client = server.signIn(setup.staff);
    mentorship = await setup.factory.mentorship(setup.program, await setup.factory.mentor(setup.program), await setup.factory.mentee(setup.program));
  });

  afterAll(async () => {
    await server.close();
  });

  describe("invalid input", () => {
    it.each([
      ["page size 0", "query { mentorships(first: 0) { totalCount } }", "first"],
      ["page size 101", "query { mentorships(first: 101) { totalCount } }", "first"],
      ["participant page size 101", "query { participants(first: 101) { totalCount } }", "first"],
      ["flag page size 0", "query { priorityFlags(first: 0) { totalCount } }", "first"],
      ["malformed cursor", 'query { mentorships(after: "not-a-cursor") { totalCount } }', "after"],
      ["cursor with an empty position", `query { mentorships(after: "${cursorOf("offset:")}") { totalCount } }`, "after"],
      ["cursor with a hexadecimal position", `query { mentorships(after: "${cursorOf("offset:0x10")}") { totalCount } }`, "after"],
      ["cursor with an exponent", `query { participants(after: "${cursorOf("offset:1e3")}") { totalCount } }`, "after"],
      ["cursor with a space", `query { priorityFlags(after: "${cursorOf("offset: 5")}") { totalCount } }`, "after"],
      ["malformed program id in a filter", 'query { mentorships(filter: { programIds: ["prg_123"] }) { totalCount } }', "filter.programIds"],
      ["matchedFrom after matchedTo", 'query { mentorships(filter: { matchedFrom: "2024-05-01", matchedTo: "2024-04-01" }) { totalCount } }', "filter.matchedTo"],
      ["reportedFrom after reportedTo", 'query { priorityFlags(filter: { reportedFrom: "2024-05-01T00:00:00Z", reportedTo: "2024-04-01T00:00:00Z" }) { totalCount } }', "filter.reportedTo"],
      ["search longer than 100 characters", `query { mentorships(filter: { search: "${"x".repeat(101)}" }) { totalCount } }`, "filter.search"],
      ["days without conversation below 1", "query { mentorships(filter: { noConversationForDays: 0 }) { totalCount } }", "filter.noConversationForDays"],
      ["malformed mentorship id", 'query { mentorship(id: "12345") { id } }', "id"],
      ["participant id with a mentorship prefix", `query { participant(id: "${newId("mentorship")}") { id } }`, "id"],
      ["malformed flag id", `query { priorityFlag(id: "flg_${"z".repeat(32)}") { id } }`, "id"],
      ["unknown enum value", "query { mentorships(filter: { statuses: [PAUSED] }) { totalCount } }", "filter.statuses"],
      ["invalid instant", 'query { priorityFlags(filter: { reportedFrom: "yesterday" }) { totalCount } }', "filter.reportedFrom"],
      ["invalid calendar date", 'query { mentorships(filter: { matchedFrom: "2024-02-30" }) { totalCount } }', "filter.matchedFrom"],
      ["unknown input field", "query { mentorships(filter: { colour: 1 }) { totalCount } }", "filter.colour"],
      ["page size of the wrong type", 'query { mentorships(first: "ten") { totalCount } }', "first"],
    ])("rejects %s inline as BAD_USER_INPUT", async (_case, query, argumentName) => {
      const result = await client.graphql(query);

      expect(firstError(result)?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
    });

    it.each([
      ["nested list size 0", "conversations(first: 0) { id }", "first"],
      ["nested list size 501", "surveyResponses(first: 501) { id }", "first"],
      ["submittedFrom after submittedTo", 'surveyResponses(filter: { submittedFrom: "2024-05-01T00:00:00Z", submittedTo: "2024-04-01T00:00:00Z" }) { id }', "filter.submittedTo"],
      ["occurredFrom after occurredTo", 'conversations(filter: { occurredFrom: "2024-05-01T00:00:00Z", occurredTo: "2024-04-01T00:00:00Z" }) { id }', "filter.occurredTo"],
      ["malformed category id", 'priorityFlags(filter: { categoryIds: ["wellbeing"] }) { id }', "filter.categoryIds"],
      ["unknown survey type", "surveyResponses(filter: { surveyTypes: [EXIT] }) { id }", "filter.surveyTypes"],
    ])("rejects %s in a nested list as BAD_USER_INPUT", async (_case, selection, argumentName) => {
      const result = await client.graphql(`query ($id: ID!) { mentorship(id: $id) { ${selection} } }`, { id: mentorship.id });

      expect(firstError(result)?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
    });

    it.each([
      ["page size 0", "query ($first: Int) { mentorships(first: $first) { totalCount } }", { first: 0 }, "first"],
      ["page size 101", "query ($first: Int) { mentorships(first: $first) { totalCount } }", { first: 101 }, "first"],
      ["unknown enum value", "query ($filter: MentorshipFilter) { mentorships(filter: $filter) { totalCount } }", { filter: { statuses: ["PAUSED"] } }, "filter.statuses"],
      ["unknown sort field", "query ($sort: MentorshipSort) { mentorships(sort: $sort) { totalCount } }", { sort: { field: "AGE" } }, "sort.field"],
      ["invalid instant in a filter", "query ($filter: PriorityFlagFilter) { priorityFlags(filter: $filter) { totalCount } }", { filter: { reportedTo: "not a date" } }, "filter.reportedTo"],
      ["invalid instant on its own", "query ($from: DateTimeISO) { priorityFlags(filter: { reportedFrom: $from }) { totalCount } }", { from: "2024-13-45" }, "filter.reportedFrom"],
      ["invalid calendar date", "query ($to: LocalDate) { mentorships(filter: { matchedTo: $to }) { totalCount } }", { to: "01/02/2024" }, "filter.matchedTo"],
      ["malformed id", "query ($id: ID!) { mentorship(id: $id) { id } }", { id: "mtr_XYZ" }, "id"],
      ["from after to", "query ($filter: MentorshipFilter) { mentorships(filter: $filter) { totalCount } }", { filter: { matchedFrom: "2024-05-01", matchedTo: "2024-04-30" } }, "filter.matchedTo"],
    ])("rejects %s in variables as BAD_USER_INPUT", async (_case, query, variables, argumentName) => {
      const result = await client.graphql(query, variables);

      expect(firstError(result)?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
    });

    it("explains the rejected value in the message", async () => {
      const result = await client.graphql("query { mentorships(first: 101) { totalCount } }");

      expect(firstError(result)?.message).toBe("Invalid argument first: first must not be greater than 100");
    });

    it("leaves class-validator internals out of the response", async () => {
      const result = await client.graphql("query { mentorships(first: 0) { totalCount } }");

      expect(Object.keys(firstError(result)?.extensions ?? {}).sort()).toEqual(["argumentName", "code"]);
    });

    it("accepts a range whose ends are equal", async () => {
      const result = await client.graphql('query { mentorships(filter: { matchedFrom: "2024-05-01", matchedTo: "2024-05-01" }) { totalCount } }');

      expect(result.body.errors).toBeUndefined();
    });

    it("accepts the largest page size", async () => {
      const result = await client.graphql("query { mentorships(first: 100) { totalCount } }");

      expect(result.body.errors).toBeUndefined();
    });
  });

  describe("missing records", () => {
    it.each([
      ["mentorship", newId("mentorship")],
      ["participant", newId("participant")],
      ["priorityFlag", newId("priorityFlag")],
    ])("answers NOT_FOUND for an unknown %s id", async (field, id) => {
      const result = await client.graphql(`query ($id: ID!) { ${field}(id: $id) { id } }`, { id });

      expect(firstError(result)?.extensions?.code).toBe("NOT_FOUND");
      expect(result.body.data?.[field]).toBeNull();
    });
  });

  describe("operation types the schema does not define", () => {
    it("answers a subscription with 400 GRAPHQL_VALIDATION_FAILED", async () => {
      const result = await client.graphql("subscription { x }");

      expect(result.status).toBe(400);
      expect(firstError(result)?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(firstError(result)?.message).toBe("This API does not support subscription operations; send a query instead.");
    });

    it("answers an unknown mutation with 400 GRAPHQL_VALIDATION_FAILED", async () => {
      const result = await client.graphql("mutation { x }");

      expect(result.status).toBe(400);
      expect(firstError(result)?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    });

    it("does not log a subscription as an error", async () => {
      const logged = jest.spyOn(logger, "error");

      await client.graphql("subscription { x }");

      expect(logged).not.toHaveBeenCalled();
      logged.mockRestore();
    });
  });

  describe("authentication", () => {
    it("answers UNAUTHENTICATED with HTTP 401 without a session", async () => {
      const result = await server.anonymous.graphql("query { viewer { email } }");

      expect(result.status).toBe(401);
      expect(firstError(result)?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("asks to sign in without promising API tokens", async () => {
      const result = await server.anonymous.graphql("query { viewer { email } }");

      expect(firstError(result)?.message).toBe("The request has no valid session or API token. Sign in, or send `Authorization: Bearer <token>`.");
    });

    it("answers UNAUTHENTICATED for a forged session cookie", async () => {
      const response = await fetch(`${server.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: "mentorlens_session=forged.token" },
        body: JSON.stringify({ query: "query { viewer { email } }" }),
      });

      expect(response.status).toBe(401);
    });
  });
});

describe("unexpected errors", () => {
  let server: TestServer;
  let client: GraphQLClient;
  let mentorship: Mentorship;

  beforeAll(async () => {
    server = await startTestServer();
    const setup = await createProgramSetup(server.factory, await server.factory.partner());
    client = server.signIn(setup.staff);
    mentorship = await setup.factory.mentorship(setup.program, await setup.factory.mentor(setup.program), await setup.factory.mentee(setup.program));
    // Renaming a table the resolvers read makes the database fail the way an outage or a bad migration would.
    await server.dataSource.query(`ALTER TABLE "conversation" RENAME TO "conversation_unavailable"`);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await server.close();
  });

  const QUERY = `query PairWithBrokenTable($id: ID!) { mentorship(id: $id) { id conversationCount } }`;

  it("returns a generic message with the request id", async () => {
    const result = await client.graphql(QUERY, { id: mentorship.id });

    expect(result.body.errors).toEqual([
      { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR", requestId: result.headers.get("x-request-id") } },
    ]);
  });

  it("keeps the stack trace and SQL out of the response", async () => {
    const result = await client.graphql(QUERY, { id: mentorship.id });

    expect(JSON.stringify(result.body)).not.toMatch(/stack|conversation_unavailable|SELECT|at .*\.ts/i);
  });

  it("logs the error with operation name and path", async () => {
    const logged = jest.spyOn(logger, "error");

    await client.graphql(QUERY, { id: mentorship.id });

    expect(logged).toHaveBeenCalledWith(
      expect.objectContaining({ operationName: "PairWithBrokenTable", path: "mentorship.conversationCount" }),
      "GraphQL operation failed unexpectedly",
    );
  });
});
