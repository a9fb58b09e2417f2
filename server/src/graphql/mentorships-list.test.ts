import type { Mentorship } from "../mentorship/mentorship.entity";
import type { Program } from "../partner/program.entity";
import { FlagStatus, MentorshipStatus } from "../test-support/factories";
import { createProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

const MENTORSHIPS_QUERY = /* GraphQL */ `
  query Mentorships($first: Int, $after: String, $filter: MentorshipFilter, $sort: MentorshipSort) {
    mentorships(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
`;

interface MentorshipsData {
  mentorships: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string } }>;
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

describe("mentorships connection", () => {
  let server: TestServer;
  let client: GraphQLClient;
  let alpha: Program;
  let pairs: Record<"ng" | "durand" | "alvarez" | "brown", Mentorship>;

  beforeAll(async () => {
    server = await startTestServer();
    const setup = await createProgramSetup(server.factory, await server.factory.partner(), "Alpha Program");
    const { factory } = setup;
    alpha = setup.program;
    const beta = await factory.program(setup.partner, { name: "beta program" });
    const betaCategory = await factory.flagCategory(beta);
    client = server.signIn(setup.staff);

    const ng = await factory.mentorship(
      alpha,
      await factory.mentor(alpha, { firstName: "Zoë", lastName: "Ng" }),
      await factory.mentee(alpha, { firstName: "Ana", lastName: "O'Brien" }),
      { matchedOn: "2024-01-10" },
    );
    const durand = await factory.mentorship(
      beta,
      await factory.mentor(beta, { firstName: "Émile", lastName: "Durand" }),
      await factory.mentee(beta, { firstName: "Ben", lastName: "Smith" }),
      { matchedOn: "2024-02-10", status: MentorshipStatus.UNMATCHED, unmatchedOn: "2024-06-01" },
    );
    const alvarez = await factory.mentorship(
      alpha,
      await factory.mentor(alpha, { firstName: "Carla", lastName: "Álvarez" }),
      await factory.mentee(alpha, { firstName: "José", lastName: "Peña", preferredName: "Pepe" }),
      { matchedOn: "2024-03-10" },
    );
    const brown = await factory.mentorship(
      beta,
      await factory.mentor(beta, { firstName: "Dan", lastName: "Brown" }),
      await factory.mentee(beta, { firstName: "Eve", lastName: "Zhou" }),
      { matchedOn: "2024-04-10" },
    );
    pairs = { ng, durand, alvarez, brown };

    for (const day of [1, 15, 29]) {
      await factory.conversation(ng, { occurredAt: new Date(Date.UTC(2024, 1, day)) });
    }
    await factory.conversation(alvarez, { occurredAt: new Date(Date.now() - 2 * DAY_MS) });
    for (const day of [1, 5, 10, 20, 31]) {
      await factory.conversation(brown, { occurredAt: new Date(Date.UTC(2024, 0, day)) });
    }

    await factory.flag(ng, setup.categories.wellbeing, { status: FlagStatus.OPEN });
    await factory.flag(durand, betaCategory, { status: FlagStatus.RESOLVED });
    await factory.flag(durand, betaCategory, { status: FlagStatus.RESOLVED });
    await factory.flag(brown, betaCategory, { status: FlagStatus.IN_PROGRESS });
    await factory.flag(brown, betaCategory, { status: FlagStatus.RESOLVED });
    await factory.flag(brown, betaCategory, { status: FlagStatus.RESOLVED });
  });

  afterAll(async () => {
    await server.close();
  });

  async function listMentorships(variables: Record<string, unknown>): Promise<MentorshipsData["mentorships"]> {
    const result = await client.graphql<MentorshipsData>(MENTORSHIPS_QUERY, variables);
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.mentorships;
  }

  async function orderOf(variables: Record<string, unknown>): Promise<string[]> {
    const ids = (await listMentorships(variables)).edges.map((edge) => edge.node.id);
    const names = new Map(Object.entries(pairs).map(([name, pair]) => [pair.id, name]));

    return ids.map((id) => names.get(id) ?? id);
  }

  it.each([
    ["MATCHED_ON", "DESC", ["brown", "alvarez", "durand", "ng"]],
    ["MATCHED_ON", "ASC", ["ng", "durand", "alvarez", "brown"]],
    ["STATUS", "ASC", ["brown", "alvarez", "ng", "durand"]],
    ["STATUS", "DESC", ["durand", "brown", "alvarez", "ng"]],
    ["PROGRAM_NAME", "ASC", ["alvarez", "ng", "brown", "durand"]],
    ["PROGRAM_NAME", "DESC", ["brown", "durand", "alvarez", "ng"]],
    ["MENTOR_NAME", "ASC", ["alvarez", "brown", "durand", "ng"]],
    ["MENTOR_NAME", "DESC", ["ng", "durand", "brown", "alvarez"]],
    ["MENTEE_NAME", "ASC", ["ng", "alvarez", "durand", "brown"]],
    ["CONVERSATION_COUNT", "DESC", ["brown", "ng", "alvarez", "durand"]],
    ["CONVERSATION_COUNT", "ASC", ["durand", "alvarez", "ng", "brown"]],
    ["FLAG_COUNT", "DESC", ["brown", "durand", "ng", "alvarez"]],
    ["LAST_CONVERSATION_AT", "DESC", ["alvarez", "ng", "brown", "durand"]],
    ["LAST_CONVERSATION_AT", "ASC", ["brown", "ng", "alvarez", "durand"]],
  ])("sorts by %s %s", async (field, direction, expected) => {
    const order = await orderOf({ sort: { field, direction } });

    expect(order).toEqual(expected);
  });

  it("sorts newest match first by default", async () => {
    const order = await orderOf({});

    expect(order).toEqual(["brown", "alvarez", "durand", "ng"]);
  });

  it("pages with cursors and counts every row", async () => {
    const first = await listMentorships({ first: 3 });
    const second = await listMentorships({ first: 3, after: first.pageInfo.endCursor });

    expect(first.totalCount).toBe(4);
    expect(first.edges.map((edge) => edge.node.id)).toEqual([pairs.brown.id, pairs.alvarez.id, pairs.durand.id]);
    expect(second.edges.map((edge) => edge.node.id)).toEqual([pairs.ng.id]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0].cursor, endCursor: first.edges[2].cursor });
    expect(second.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("returns an empty page after the last row", async () => {
    const last = await listMentorships({ first: 4 });
    const beyond = await listMentorships({ first: 4, after: last.pageInfo.endCursor });

    expect(beyond.edges).toEqual([]);
    expect(beyond.pageInfo).toMatchObject({ hasNextPage: false, startCursor: null, endCursor: null });
  });

  it("counts filtered rows only", async () => {
    const page = await listMentorships({ first: 1, filter: { programIds: [alpha.id] } });

    expect(page.totalCount).toBe(2);
  });

  it("filters by program", async () => {
    const order = await orderOf({ filter: { programIds: [alpha.id] } });

    expect(order).toEqual(["alvarez", "ng"]);
  });

  it("filters by status", async () => {
    const order = await orderOf({ filter: { statuses: ["UNMATCHED"] } });

    expect(order).toEqual(["durand"]);
  });

  it("filters by an inclusive range of match dates", async () => {
    const order = await orderOf({ filter: { matchedFrom: "2024-02-10", matchedTo: "2024-03-10" } });

    expect(order).toEqual(["alvarez", "durand"]);
  });

  it("filters pairs with open flags", async () => {
    const order = await orderOf({ filter: { hasOpenPriorityFlags: true } });

    expect(order).toEqual(["brown", "ng"]);
  });

  it("filters pairs without open flags", async () => {
    const order = await orderOf({ filter: { hasOpenPriorityFlags: false } });

    expect(order).toEqual(["alvarez", "durand"]);
  });

  it("filters pairs without a recent conversation", async () => {
    const order = await orderOf({ filter: { noConversationForDays: 7 } });

    expect(order).toEqual(["brown", "durand", "ng"]);
  });

  it.each([
    ["o'brien", ["ng"]],
    ["O’BRIEN", ["ng"]],
    ["zoe", ["ng"]],
    ["Zoë Ng", ["ng"]],
    ["Zoe\u0308 Ng", ["ng"]],
    ["PEN\u0303A", ["alvarez"]],
    ["jose", ["alvarez"]],
    ["PEÑA", ["alvarez"]],
    ["pepe pena", ["alvarez"]],
    ["alvarez", ["alvarez"]],
    ["émile", ["durand"]],
    ["  smith ", ["durand"]],
    ["%", []],
    ["_", []],
  ])("searches names for %p", async (search, expected) => {
    const order = await orderOf({ filter: { search } });

    expect(order).toEqual(expected);
  });

  it("loads nested fields of a page in a fixed number of statements", async () => {
    const query = /* GraphQL */ `
      query ($first: Int) {
        mentorships(first: $first) {
          edges {
            node {
              program { name }
              mentor { displayName lifeExperiences customAttributes { key } }
              mentee { displayName goals }
              conversationCount
              lastConversationAt
              openPriorityFlagCount
              commonGround { label }
              conversations(first: 2) { id }
              priorityFlags(first: 2) { id category { label } }
            }
          }
        }
      }
    `;

    const one = await client.graphql(query, { first: 1 });
    const four = await client.graphql(query, { first: 4 });

    expect(four.body.errors).toBeUndefined();
    expect(four.sqlStatements).toBe(one.sqlStatements);
  });

  it("combines filters", async () => {
    const order = await orderOf({ filter: { programIds: [alpha.id], search: "a", statuses: ["MATCHED"], matchedFrom: "2024-03-01" } });

    expect(order).toEqual(["alvarez"]);
  });
});
