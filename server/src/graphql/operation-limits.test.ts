import { getIntrospectionQuery } from "graphql";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { detailsVariables, MENTORSHIP_DETAILS_QUERY } from "../test-support/details-query";
import { createProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, type GraphQLResult, startTestServer, type TestServer } from "../test-support/test-server";
import { MAX_SELECTIONS, MAX_TOKENS } from "./operation-limits";

type AnyResult = GraphQLResult<Record<string, unknown>>;

/** Nests `levels` pairs of `mentorship { priorityFlags { … } }` around `innermost`, starting below a mentorship. */
function flagsAndMentorships(levels: number, innermost: string, first = 500): string {
  let selection = innermost;
  for (let level = 0; level < levels; level += 1) {
    selection = `priorityFlags(first: ${first}) { mentorship { ${selection} } }`;
  }

  return selection;
}

/** Builds a query exactly `depth` fields deep: `mentorship { mentor { mentorships { mentor { … id } } } }`. */
function queryOfDepth(depth: number): string {
  let selection = "id";
  for (let level = depth - 1; level >= 2; level -= 1) {
    selection = level % 2 === 0 ? `mentor { ${selection} }` : `mentorships(first: 1) { ${selection} }`;
  }

  return `query Deep($id: ID!) { mentorship(id: $id) { ${selection} } }`;
}

function firstError(result: AnyResult) {
  return result.body.errors?.[0];
}

describe("operation limits", () => {
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

  describe("the dashboard's own operations", () => {
    it("accepts the details page query", async () => {
      const result = await client.graphql(MENTORSHIP_DETAILS_QUERY, detailsVariables(mentorship.id));

      expect(result.status).toBe(200);
      expect(result.body.errors).toBeUndefined();
    });

    it("accepts a page of 100 mentorships as the list shows it", async () => {
      const query = `query ($first: Int!) {
        mentorships(first: $first) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { id status program { id name } mentor { id displayName } mentee { id displayName } } }
        }
      }`;

      const result = await client.graphql(query, { first: 100 });

      expect(result.body.errors).toBeUndefined();
    });

    it("accepts the standard introspection query", async () => {
      const result = await client.graphql(getIntrospectionQuery());

      expect(result.body.errors).toBeUndefined();
    });
  });

  describe("depth", () => {
    it("accepts 12 levels", async () => {
      const result = await client.graphql(queryOfDepth(12), { id: mentorship.id });

      expect(result.body.errors).toBeUndefined();
    });

    it("rejects 13 levels with 400 and the limit in the message", async () => {
      const result = await client.graphql(queryOfDepth(13), { id: mentorship.id });

      expect(result.status).toBe(400);
      expect(firstError(result)?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(firstError(result)?.message).toBe(
        'Operation "Deep" nests fields 13 levels deep, above the maximum depth of 12. Request fewer nested levels, or split the operation.',
      );
    });

    it("counts fields hidden in fragments", async () => {
      const query = `
        query Hidden($id: ID!) { mentorship(id: $id) { ...Outer } }
        fragment Outer on Mentorship { mentor { mentorships(first: 1) { ...Middle } } }
        fragment Middle on Mentorship { mentor { mentorships(first: 1) { ...Inner } } }
        fragment Inner on Mentorship {
          mentor { mentorships(first: 1) { mentor { mentorships(first: 1) { mentor { mentorships(first: 1) { mentor { mentorships(first: 1) { id } } } } } } } }
        }
      `;

      const result = await client.graphql(query, { id: mentorship.id });

      expect(result.status).toBe(400);
      expect(firstError(result)?.message).toContain("nests fields 14 levels deep, above the maximum depth of 12");
    });

    it("counts fields hidden in inline fragments", async () => {
      const inner = `... on Mentorship { mentor { ... on Participant { mentorships(first: 1) { id } } } }`;
      let selection = inner;
      for (let level = 0; level < 6; level += 1) {
        selection = `... on Mentorship { mentor { mentorships(first: 1) { ${selection} } } }`;
      }

      const result = await client.graphql(`query ($id: ID!) { mentorship(id: $id) { ${selection} } }`, { id: mentorship.id });

      expect(result.status).toBe(400);
      expect(firstError(result)?.message).toContain("above the maximum depth of 12");
    });

    it("does not count __typename", async () => {
      const query = queryOfDepth(12).replace("{ id }", "{ mentor { __typename } }");

      const result = await client.graphql(query, { id: mentorship.id });

      expect(result.body.errors).toBeUndefined();
    });

    it("rejects a fragment cycle without hanging", async () => {
      const query = `
        query ($id: ID!) { mentorship(id: $id) { ...Loop } }
        fragment Loop on Mentorship { mentor { mentorships(first: 1) { ...Loop } } }
      `;

      const result = await client.graphql(query, { id: mentorship.id });

      expect(result.status).toBe(400);
      expect(firstError(result)?.message).toBe('Cannot spread fragment "Loop" within itself.');
    });
  });

  describe("aliases", () => {
    const aliased = (count: number) => Array.from({ length: count }, (_, index) => `a${index}: id`).join(" ");

    it("accepts 30 aliases", async () => {
      const result = await client.graphql(`query ($id: ID!) { mentorship(id: $id) { ${aliased(30)} } }`, { id: mentorship.id });

      expect(result.body.errors).toBeUndefined();
    });

    it("rejects 31 aliases with 400 and the limit in the message", async () => {
      const result = await client.graphql(`query Many($id: ID!) { mentorship(id: $id) { ${aliased(31)} } }`, { id: mentorship.id });

      expect(result.status).toBe(400);
      expect(firstError(result)?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(firstError(result)?.message).toBe('Operation "Many" uses 31 aliases, above the maximum of 30 aliases per operation.');
    });

    it("counts the aliases of a fragment once per spread", async () => {
      const query = `
        query ($id: ID!) { first: mentorship(id: $id) { ...Aliases } second: mentorship(id: $id) { ...Aliases } }
        fragment Aliases on Mentorship { ${aliased(15)} }
      `;

      const result = await client.graphql(query, { id: mentorship.id });

      expect(firstError(result)?.message).toBe("The operation uses 32 aliases, above the maximum of 30 aliases per operation.");
    });
  });

  describe("root fields", () => {
    const viewers = (count: number) => Array.from({ length: count }, (_, index) => `v${index}: viewer { email }`).join(" ");

    it("accepts 20 root fields", async () => {
      const result = await client.graphql(`{ ${viewers(20)} }`);

      expect(result.body.errors).toBeUndefined();
    });

    it("rejects 21 root fields with 400 and the limit in the message", async () => {
      const result = await client.graphql(`query Wide { ${viewers(21)} }`);

      expect(result.status).toBe(400);
      expect(firstError(result)?.message).toBe('Operation "Wide" selects 21 root fields, above the maximum of 20 per operation.');
    });
  });

  describe("estimated size", () => {
    it("rejects five nested flag lists of 500", async () => {
      const query = `query Exhaust($id: ID!) { mentorship(id: $id) { ${flagsAndMentorships(5, "id")} } }`;

      const result = await client.graphql(query, { id: mentorship.id });

      expect(result.status).toBe(400);
      expect(firstError(result)?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(firstError(result)?.message).toContain("above the maximum of 100,000");
    });

    it("rejects two nested lists at their largest size", async () => {
      const query = `query ($id: ID!) { mentorship(id: $id) { ${flagsAndMentorships(2, "id")} } }`;

      const result = await client.graphql(query, { id: mentorship.id });

      expect(firstError(result)?.message).toBe(
        "The operation may return about 501,001 objects, above the maximum of 100,000. Lower the `first` arguments of nested lists, or page through the data in several requests.",
      );
    });

    it("accepts a page of 100 with 500 conversations each", async () => {
      const query = "{ mentorships(first: 100) { edges { node { conversations(first: 500) { id } } } } }";

      const result = await client.graphql(query);

      expect(result.body.errors).toBeUndefined();
    });

    it("sizes lists by the request's variables", async () => {
      const query = `query ($pageSize: Int) {
        mentorships(first: $pageSize) { edges { node { conversations(first: 500) { id } priorityFlags(first: 500) { id } } } }
      }`;

      const small = await client.graphql(query, { pageSize: 25 });
      const large = await client.graphql(query, { pageSize: 100 });

      expect(small.body.errors).toBeUndefined();
      expect(firstError(large)?.message).toContain("may return about 100,201 objects");
    });

    it("leaves an out-of-range size to its own BAD_USER_INPUT error", async () => {
      const result = await client.graphql(`query ($id: ID!) { mentorship(id: $id) { ${flagsAndMentorships(1, "id", 1_000_000)} } }`, {
        id: mentorship.id,
      });

      expect(firstError(result)?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "first" });
    });
  });

  describe("document size", () => {
    it("rejects a document over the token limit", async () => {
      const query = `{ viewer { ${"role ".repeat(MAX_TOKENS)} } }`;

      const result = await client.graphql(query);

      expect(result.status).toBe(400);
      expect(firstError(result)?.extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
      expect(firstError(result)?.message).toBe(
        "The document has more than 2,000 lexical tokens (names, punctuation and values), the maximum per request, so parsing stopped. Split it into several requests.",
      );
    });

    it("rejects 10,000 repeated fields", async () => {
      const query = `{ viewer { ${"role ".repeat(10_000)} } }`;

      const result = await client.graphql(query);

      expect(result.status).toBe(400);
    });

    it("rejects selections over the limit within the token limit", async () => {
      const query = `{ viewer { ${"role ".repeat(MAX_SELECTIONS)} } }`;

      const result = await client.graphql(query);

      expect(result.status).toBe(400);
      expect(firstError(result)?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(firstError(result)?.message).toContain(`${MAX_SELECTIONS + 1} selections`);
      expect(firstError(result)?.message).toContain(`maximum of ${MAX_SELECTIONS}`);
    });

    it("accepts selections at the limit", async () => {
      const query = `{ viewer { ${"role ".repeat(MAX_SELECTIONS - 1)} } }`;

      const result = await client.graphql(query);

      expect(result.body.errors).toBeUndefined();
    });

    it("counts fragment spreads and inline fragments as selections", async () => {
      // The viewer field, then spreads and inline fragments of one field each: 1 + 4 × count selections.
      const fragmentCount = MAX_SELECTIONS / 4;
      const fragments = Array.from({ length: fragmentCount }, (_, index) => `fragment F${index} on Viewer { role }`).join(" ");
      const spreads = Array.from({ length: fragmentCount }, (_, index) => `...F${index}`).join(" ");
      const inlineFragments = "... on Viewer { role } ".repeat(fragmentCount);
      const query = `{ viewer { ${spreads} ${inlineFragments} } } ${fragments}`;

      const result = await client.graphql(query);

      expect(firstError(result)?.message).toContain(`${MAX_SELECTIONS + 1} selections`);
    });
  });
});
