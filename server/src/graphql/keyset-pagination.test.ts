import { Mentorship } from "../mentorship/mentorship.entity";
import { Participant } from "../participant/participant.entity";
import type { Partner } from "../partner/partner.entity";
import type { Program } from "../partner/program.entity";
import { encodeCursor } from "../common/pagination";
import { createGeneratedPair, createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

interface PageData {
  edges: Array<{ cursor: string; node: { id: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** The top-level lists, each with a sort whose key contains NULLs or ties where the list has them. */
const LISTS: Array<{ field: string; sortType: string; sorts: string[] }> = [
  {
    field: "mentorships",
    sortType: "MentorshipSort",
    sorts: [
      "MATCHED_ON DESC",
      "STATUS ASC",
      "PROGRAM_NAME DESC",
      "MENTOR_NAME ASC",
      "CONVERSATION_COUNT DESC",
      "FLAG_COUNT ASC",
      "LAST_CONVERSATION_AT DESC",
      "LAST_CONVERSATION_AT ASC",
      "UPDATED_AT ASC",
    ],
  },
  { field: "participants", sortType: "ParticipantSort", sorts: ["NAME ASC", "NAME DESC", "CREATED_AT ASC", "UPDATED_AT DESC"] },
  { field: "priorityFlags", sortType: "PriorityFlagSort", sorts: ["REPORTED_AT DESC", "STATUS ASC", "UPDATED_AT ASC"] },
  { field: "surveyResponses", sortType: "SurveyResponseSort", sorts: ["SUBMITTED_AT DESC", "UPDATED_AT ASC"] },
  { field: "programs", sortType: "ProgramSort", sorts: ["NAME ASC", "CREATED_AT DESC"] },
];

function pageQuery(field: string, sortType: string): string {
  return /* GraphQL */ `
    query Page($first: Int, $after: String, $last: Int, $before: String, $sort: ${sortType}) {
      ${field}(first: $first, after: $after, last: $last, before: $before, sort: $sort) {
        edges { cursor node { id } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        totalCount
      }
    }
  `;
}

function sortOf(text: string): { field: string; direction: string } {
  const [field, direction] = text.split(" ");

  return { field, direction };
}

describe("keyset pagination", () => {
  let server: TestServer;
  let setup: ProgramSetup;
  let client: GraphQLClient;

  async function readPage(field: string, sortType: string, variables: Record<string, unknown>): Promise<PageData> {
    const result = await client.graphql<Record<string, PageData>>(pageQuery(field, sortType), variables);
    expect(result.body.errors).toBeUndefined();

    return result.body.data![field];
  }

  /** Reads the whole list page by page, forward with first/after or backward with last/before, and returns the ids in list order. */
  async function readAll(field: string, sortType: string, sort: unknown, direction: "forward" | "backward", pageSize: number): Promise<string[]> {
    const ids: string[] = [];
    let cursor: string | null = null;
    for (let pageNumber = 0; pageNumber < 200; pageNumber += 1) {
      const page: PageData =
        direction === "forward"
          ? await readPage(field, sortType, { first: pageSize, after: cursor, sort })
          : await readPage(field, sortType, { last: pageSize, before: cursor, sort });
      const pageIds = page.edges.map((edge) => edge.node.id);
      if (direction === "forward") {
        ids.push(...pageIds);
      } else {
        ids.unshift(...pageIds);
      }

      const more = direction === "forward" ? page.pageInfo.hasNextPage : page.pageInfo.hasPreviousPage;
      if (!more) {
        return ids;
      }
      cursor = direction === "forward" ? page.pageInfo.endCursor : page.pageInfo.startCursor;
    }

    throw new Error(`${field} did not end after 200 pages`);
  }

  beforeAll(async () => {
    server = await startTestServer();
    const partner: Partner = await server.factory.partner();
    setup = await createProgramSetup(server.factory, partner);
    const second = await createProgramSetup(server.factory, partner, "Alumni Mentoring");
    for (const [index, size] of [0, 1, 2, 0, 3, 1, 0].entries()) {
      const pair = await createGeneratedPair(index % 2 === 0 ? setup : second, { postSessionResponses: size, conversations: size, flags: size % 3 });
      // Some pairs share a date matched, so ties on the first sort key must be broken by id.
      await server.dataSource.getRepository(Mentorship).update(pair.mentorship.id, { matchedOn: `2024-09-0${1 + (index % 3)}` });
    }
    for (let index = 0; index < 5; index += 1) {
      await server.factory.program(partner, { name: index % 2 === 0 ? "Same Name" : `Program ${index}` });
    }
    client = server.signIn(setup.staff);
  });

  afterAll(async () => {
    await server.close();
  });

  describe.each(LISTS)("$field", ({ field, sortType, sorts }) => {
    it.each(sorts)("pages forward and backward through %s, each row once", async (sortText) => {
      const sort = sortOf(sortText);
      const whole = await readPage(field, sortType, { first: 100, sort });

      const forward = await readAll(field, sortType, sort, "forward", 2);
      const backward = await readAll(field, sortType, sort, "backward", 3);

      const expected = whole.edges.map((edge) => edge.node.id);
      expect(expected.length).toBe(whole.totalCount);
      expect(expected.length).toBeGreaterThan(3);
      expect(forward).toEqual(expected);
      expect(backward).toEqual(expected);
    });
  });

  it("starts a backward page without before at the end of the list", async () => {
    const whole = await readPage("participants", "ParticipantSort", { first: 100 });

    const last = await readPage("participants", "ParticipantSort", { last: 2 });

    expect(last.edges.map((edge) => edge.node.id)).toEqual(whole.edges.slice(-2).map((edge) => edge.node.id));
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    expect(last.pageInfo.hasNextPage).toBe(false);
  });

  it("pages a filtered list with a cursor from the unfiltered list", async () => {
    const first = await readPage("participants", "ParticipantSort", { first: 1 });

    const result = await client.graphql<{ participants: PageData }>(
      `query ($after: String) { participants(first: 100, after: $after, filter: { roles: [MENTOR] }) { edges { node { id } } } }`,
      { after: first.pageInfo.endCursor },
    );

    expect(result.body.errors).toBeUndefined();
  });
});

describe("keyset pagination under concurrent writes", () => {
  let server: TestServer;
  let program: Program;
  let client: GraphQLClient;
  const DAY_MS = 24 * 60 * 60 * 1000;
  const createdOn = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * DAY_MS);

  beforeAll(async () => {
    server = await startTestServer();
    const partner = await server.factory.partner();
    program = await server.factory.program(partner);
    for (let day = 0; day < 60; day += 1) {
      await server.factory.participant(program, { createdAt: createdOn(day * 2) });
    }
    client = server.signIn(await server.factory.staffUser(partner));
  });

  afterAll(async () => {
    await server.close();
  });

  const QUERY = /* GraphQL */ `
    query ($first: Int, $after: String, $last: Int, $before: String) {
      participants(first: $first, after: $after, last: $last, before: $before, sort: { field: CREATED_AT, direction: ASC }) {
        edges { node { id } }
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }
  `;

  async function page(variables: Record<string, unknown>): Promise<PageData> {
    const result = await client.graphql<{ participants: PageData }>(QUERY, variables);
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.participants;
  }

  it("neither skips nor repeats a row while rows are inserted and updated", async () => {
    const before = (await page({ first: 100 })).edges.map((edge) => edge.node.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let writes = 0;

    for (;;) {
      const current: PageData = await page({ first: 7, after: cursor });
      seen.push(...current.edges.map((edge) => edge.node.id));
      // Between pages: a row before the cursor, a row after it, and an update of a row not read yet.
      writes += 1;
      await server.factory.participant(program, { createdAt: createdOn(writes * 2 - 1) });
      await server.factory.participant(program, { createdAt: createdOn(200 + writes) });
      const unread = before.find((id) => !seen.includes(id));
      if (unread) {
        await server.dataSource.getRepository(Participant).update(unread, { lastName: `Renamed ${writes}` });
      }
      if (!current.pageInfo.hasNextPage) {
        break;
      }
      cursor = current.pageInfo.endCursor;
    }

    const original = seen.filter((id) => before.includes(id));
    expect(original).toEqual(before);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("reads page 50 with a WHERE on the key and no OFFSET", async () => {
    const statements: string[] = [];
    const logQuery = jest.spyOn(server.dataSource.logger, "logQuery").mockImplementation((query: string) => {
      statements.push(query);
    });
    let cursor: string | null = null;
    try {
      for (let pageNumber = 1; pageNumber < 50; pageNumber += 1) {
        cursor = (await page({ first: 1, after: cursor })).pageInfo.endCursor;
      }
      statements.length = 0;

      await page({ first: 1, after: cursor });
    } finally {
      logQuery.mockRestore();
    }

    const listStatement = statements.find((statement) => /FROM "participant"/.test(statement) && /ORDER BY/.test(statement));
    expect(listStatement).toBeDefined();
    expect(listStatement).not.toMatch(/OFFSET/i);
    expect(listStatement).toMatch(/"participant"\."createdAt" > /);
    expect(listStatement).toMatch(/LIMIT 2/);
  });
});

describe("cursor validation", () => {
  let server: TestServer;
  let client: GraphQLClient;
  let participantCursor: string;
  let mentorshipCursor: string;

  beforeAll(async () => {
    server = await startTestServer();
    const setup = await createProgramSetup(server.factory, await server.factory.partner());
    await createGeneratedPair(setup, { postSessionResponses: 0, conversations: 0, flags: 0 });
    await createGeneratedPair(setup, { postSessionResponses: 0, conversations: 0, flags: 0 });
    client = server.signIn(setup.staff);

    const participants = await client.graphql<{ participants: PageData }>("query { participants(first: 1) { pageInfo { endCursor } } }");
    participantCursor = participants.body.data!.participants.pageInfo.endCursor!;
    const mentorships = await client.graphql<{ mentorships: PageData }>("query { mentorships(first: 1) { pageInfo { endCursor } } }");
    mentorshipCursor = mentorships.body.data!.mentorships.pageInfo.endCursor!;
  });

  afterAll(async () => {
    await server.close();
  });

  const forged = (sortKey: string, values: Array<string | number | null>) => encodeCursor({ sortKey, values });

  it.each([
    ["text that is no cursor", "after", () => "not-a-cursor"],
    ["an offset cursor of earlier versions", "after", () => Buffer.from("offset:5").toString("base64url")],
    ["a cursor of another list", "after", () => participantCursor],
    ["a cursor of another sort", "after", () => forged("mentorships:STATUS:ASC", ["MATCHED", "2024-09-01", "mtr_0123456789abcdef0123456789abcdef"])],
    ["a date that is no date", "after", () => forged("mentorships:MATCHED_ON:DESC", ["yesterday", "mtr_0123456789abcdef0123456789abcdef"])],
    ["a number where a date belongs", "after", () => forged("mentorships:MATCHED_ON:DESC", [20240901, "mtr_0123456789abcdef0123456789abcdef"])],
    ["an id of another form", "after", () => forged("mentorships:MATCHED_ON:DESC", ["2024-09-01", "1 OR 1=1"])],
    ["too few values", "after", () => forged("mentorships:MATCHED_ON:DESC", ["2024-09-01"])],
    ["a NULL in a column without NULLs", "after", () => forged("mentorships:MATCHED_ON:DESC", [null, "mtr_0123456789abcdef0123456789abcdef"])],
    ["a malformed before cursor", "before", () => "bm90IGEgY3Vyc29y"],
  ])("rejects %s with BAD_USER_INPUT", async (_case, argumentName, cursor) => {
    const result = await client.graphql(`query ($cursor: String) { mentorships(${argumentName}: $cursor) { totalCount } }`, { cursor: cursor() });

    expect(result.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.body.errors?.[0].extensions?.argumentName).toBe(argumentName);
  });

  it("rejects a cursor with another sort than it came from", async () => {
    const result = await client.graphql(
      `query ($cursor: String) { mentorships(after: $cursor, sort: { field: MATCHED_ON, direction: ASC }) { totalCount } }`,
      { cursor: mentorshipCursor },
    );

    expect(result.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.body.errors?.[0].extensions?.argumentName).toBe("after");
    expect(result.body.errors?.[0].message).toMatch(/another sort/);
  });

  it.each([
    ["first with last", "first: 2, last: 2", "last"],
    ["after with before", `after: "${"x"}", before: "y"`, "before"],
    ["last above 100", "last: 101", "last"],
    ["first above 100", "first: 101", "first"],
  ])("rejects %s", async (_case, args, argumentName) => {
    const result = await client.graphql(`query { participants(${args}) { totalCount } }`);

    expect(result.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.body.errors?.[0].extensions?.argumentName).toBe(argumentName);
  });

  it("accepts its own cursor", async () => {
    const result = await client.graphql(`query ($cursor: String) { mentorships(after: $cursor) { totalCount } }`, { cursor: mentorshipCursor });

    expect(result.body.errors).toBeUndefined();
  });
});
