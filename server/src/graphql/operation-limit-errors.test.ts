import type { Mentorship } from "../mentorship/mentorship.entity";
import { createProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, type GraphQLResponseError, startTestServer, type TestServer } from "../test-support/test-server";
import { MAX_ALIASES, MAX_ROOT_FIELDS, MAX_SELECTIONS, MAX_TOKENS } from "./operation-limits";

/** Nests `mentor { mentorships(first: 1) { … } }` below a mentorship until `depth` levels from the root. */
function nestedBelowMentorship(depth: number): string {
  let selection = "id";
  for (let level = depth - 1; level >= 2; level -= 1) {
    selection = level % 2 === 0 ? `mentor { ${selection} }` : `mentorships(first: 1) { ${selection} }`;
  }

  return selection;
}

/** Extensions that name a broken limit, without the ones that vary (such as the request id). */
function limitOf(error: GraphQLResponseError | undefined) {
  const { code, limit, maximum, actual } = error?.extensions ?? {};

  return { code, limit, maximum, actual };
}

describe("operation limit errors", () => {
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

  describe("name the limit and the value", () => {
    it("for tokens", async () => {
      const result = await client.graphql(`{ viewer { ${"role ".repeat(MAX_TOKENS)} } }`);

      expect(result.status).toBe(400);
      expect(limitOf(result.body.errors?.[0])).toEqual({ code: "GRAPHQL_PARSE_FAILED", limit: "tokens", maximum: 2000, actual: undefined });
      expect(result.body.errors?.[0]?.message).toContain("more than 2,000 lexical tokens");
    });

    it("for selections", async () => {
      const result = await client.graphql(`{ viewer { ${"role ".repeat(MAX_SELECTIONS)} } }`);

      expect(result.status).toBe(400);
      expect(limitOf(result.body.errors?.[0])).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "selections", maximum: 500, actual: 501 });
      expect(result.body.errors?.[0]?.message).toContain("has 501 selections");
    });

    it("for depth", async () => {
      const result = await client.graphql(`query Deep($id: ID!) { mentorship(id: $id) { ${nestedBelowMentorship(13)} } }`, { id: mentorship.id });

      expect(result.status).toBe(400);
      expect(limitOf(result.body.errors?.[0])).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "depth", maximum: 12, actual: 13 });
      expect(result.body.errors?.[0]?.message).toContain("13 levels deep, above the maximum depth of 12");
    });

    it("for aliases", async () => {
      const aliases = Array.from({ length: MAX_ALIASES + 1 }, (_, index) => `a${index}: role`).join(" ");

      const result = await client.graphql(`{ viewer { ${aliases} } }`);

      expect(result.status).toBe(400);
      expect(limitOf(result.body.errors?.[0])).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "aliases", maximum: 30, actual: 31 });
      expect(result.body.errors?.[0]?.message).toContain("uses 31 aliases, above the maximum of 30");
    });

    it("for root fields", async () => {
      const result = await client.graphql(`{ ${"viewer { role } ".repeat(MAX_ROOT_FIELDS + 1)} }`);

      expect(result.status).toBe(400);
      expect(limitOf(result.body.errors?.[0])).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "rootFields", maximum: 20, actual: 21 });
      expect(result.body.errors?.[0]?.message).toContain("selects 21 root fields, above the maximum of 20");
    });

    it("for the estimated size", async () => {
      const query = `{ mentorships(first: 100) { edges { node { conversations(first: 500) { id } priorityFlags(first: 500) { id } } } } }`;

      const result = await client.graphql(query);

      expect(result.status).toBe(400);
      expect(limitOf(result.body.errors?.[0])).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "estimatedObjects", maximum: 100_000, actual: 100_201 });
      expect(result.body.errors?.[0]?.message).toContain("may return about 100,201 objects, above the maximum of 100,000");
    });
  });

  describe("introspection names do not bypass the depth limit", () => {
    const TOO_DEEP = 14;

    it.each([
      ["a fragment named __schema", `query ($id: ID!) { mentorship(id: $id) { ...__schema } } fragment __schema on Mentorship { ${nestedBelowMentorship(TOO_DEEP - 1)} }`],
      ["a fragment named __type", `query ($id: ID!) { mentorship(id: $id) { ...__type } } fragment __type on Mentorship { ${nestedBelowMentorship(TOO_DEEP - 1)} }`],
      ["a fragment named __typename", `query ($id: ID!) { mentorship(id: $id) { ...__typename } } fragment __typename on Mentorship { ${nestedBelowMentorship(TOO_DEEP - 1)} }`],
      ["an operation named __schema", `query __schema($id: ID!) { mentorship(id: $id) { ${nestedBelowMentorship(TOO_DEEP)} } }`],
      ["an alias __typename", `query ($id: ID!) { __typename: mentorship(id: $id) { ${nestedBelowMentorship(TOO_DEEP)} } }`],
      ["an alias __schema", `query ($id: ID!) { __schema: mentorship(id: $id) { ${nestedBelowMentorship(TOO_DEEP)} } }`],
      ["an alias __typename on every level", `query ($id: ID!) { __typename: mentorship(id: $id) { ${nestedBelowMentorship(TOO_DEEP).replace(/(mentor|mentorships)(\(| \{)/g, "__typename: $1$2")} } }`],
    ])("through %s", async (_case, query) => {
      const result = await client.graphql(query, { id: mentorship.id });

      expect(result.status).toBe(400);
      expect(result.body.errors?.some((error) => error.extensions?.limit === "depth")).toBe(true);
      expect(result.body.data).toBeUndefined();
    });

    it("counts levels inside __type", async () => {
      let selection = "name";
      for (let level = 0; level < 7; level += 1) {
        selection = `fields { type { ${selection} } }`;
      }

      const result = await client.graphql(`{ __type(name: "Mentorship") { ${selection} } }`);

      expect(limitOf(result.body.errors?.[0])).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "depth", maximum: 12, actual: 16 });
    });

    it("counts levels inside __schema between ofType wrappers", async () => {
      let selection = "name";
      for (let level = 0; level < 6; level += 1) {
        selection = `ofType { fields { type { ofType { ${selection} } } } }`;
      }

      const result = await client.graphql(`{ __schema { queryType { ${selection} } } }`);

      expect(limitOf(result.body.errors?.[0])).toEqual({ code: "GRAPHQL_VALIDATION_FAILED", limit: "depth", maximum: 12, actual: 15 });
    });
  });
});
