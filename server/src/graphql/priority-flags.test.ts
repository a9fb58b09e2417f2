import type { FlagCategory } from "../flag/flag-category.entity";
import type { PriorityFlag } from "../flag/priority-flag.entity";
import type { Mentorship } from "../mentorship/mentorship.entity";
import type { Program } from "../partner/program.entity";
import { FlagStatus } from "../test-support/factories";
import { createProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

const FLAGS_QUERY = /* GraphQL */ `
  query Flags($first: Int, $after: String, $filter: PriorityFlagFilter, $sort: PriorityFlagSort) {
    priorityFlags(first: $first, after: $after, filter: $filter, sort: $sort) {
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

interface FlagsData {
  priorityFlags: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string } }>;
  };
}

describe("priority flag lists", () => {
  let server: TestServer;
  let client: GraphQLClient;
  let programB: Program;
  let wellbeing: FlagCategory;
  let pairA: Mentorship;
  let flags: Record<"openUrgent" | "inProgress" | "resolvedRecent" | "openOtherProgram" | "resolvedOld", PriorityFlag>;

  beforeAll(async () => {
    server = await startTestServer();
    const { factory, ...setupA } = await createProgramSetup(server.factory, await server.factory.partner(), "Program A");
    const setupB = await createProgramSetup(factory, setupA.partner, "Program B");
    client = server.signIn(setupA.staff);
    programB = setupB.program;
    wellbeing = setupA.categories.wellbeing;
    pairA = await factory.mentorship(setupA.program, await factory.mentor(setupA.program), await factory.mentee(setupA.program));
    const pairB = await factory.mentorship(setupB.program, await factory.mentor(setupB.program), await factory.mentee(setupB.program));

    flags = {
      openUrgent: await factory.flag(pairA, setupA.categories.wellbeing, { status: FlagStatus.OPEN, urgent: true, reportedAt: new Date("2024-10-01T09:00:00Z") }),
      inProgress: await factory.flag(pairA, setupA.categories.academics, { status: FlagStatus.IN_PROGRESS, reportedAt: new Date("2024-10-05T09:00:00Z") }),
      resolvedRecent: await factory.flag(pairA, setupA.categories.wellbeing, { status: FlagStatus.RESOLVED, reportedAt: new Date("2024-10-10T09:00:00Z") }),
      openOtherProgram: await factory.flag(pairB, setupB.categories.academics, { status: FlagStatus.OPEN, urgent: true, reportedAt: new Date("2024-10-15T09:00:00Z") }),
      resolvedOld: await factory.flag(pairA, setupA.categories.academics, { status: FlagStatus.RESOLVED, reportedAt: new Date("2024-09-15T09:00:00Z") }),
    };
  });

  afterAll(async () => {
    await server.close();
  });

  async function listFlags(variables: Record<string, unknown>): Promise<FlagsData["priorityFlags"]> {
    const result = await client.graphql<FlagsData>(FLAGS_QUERY, variables);
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.priorityFlags;
  }

  async function flagIds(variables: Record<string, unknown>): Promise<string[]> {
    return (await listFlags(variables)).edges.map((edge) => edge.node.id);
  }

  it("lists flags newest first by default", async () => {
    const ids = await flagIds({});

    expect(ids).toEqual([flags.openOtherProgram.id, flags.resolvedRecent.id, flags.inProgress.id, flags.openUrgent.id, flags.resolvedOld.id]);
  });

  it("sorts oldest first on request", async () => {
    const ids = await flagIds({ sort: { field: "REPORTED_AT", direction: "ASC" } });

    expect(ids).toEqual([flags.resolvedOld.id, flags.openUrgent.id, flags.inProgress.id, flags.resolvedRecent.id, flags.openOtherProgram.id]);
  });

  it("sorts by status in workflow order", async () => {
    const ids = await flagIds({ sort: { field: "STATUS", direction: "ASC" } });

    expect(ids).toEqual([flags.openOtherProgram.id, flags.openUrgent.id, flags.inProgress.id, flags.resolvedRecent.id, flags.resolvedOld.id]);
  });

  it("sorts by status in reverse workflow order", async () => {
    const ids = await flagIds({ sort: { field: "STATUS", direction: "DESC" } });

    expect(ids).toEqual([flags.resolvedRecent.id, flags.resolvedOld.id, flags.inProgress.id, flags.openOtherProgram.id, flags.openUrgent.id]);
  });

  it("filters by status", async () => {
    const ids = await flagIds({ filter: { statuses: ["OPEN", "IN_PROGRESS"] } });

    expect(ids).toEqual([flags.openOtherProgram.id, flags.inProgress.id, flags.openUrgent.id]);
  });

  it("filters by category", async () => {
    const ids = await flagIds({ filter: { categoryIds: [wellbeing.id] } });

    expect(ids).toEqual([flags.resolvedRecent.id, flags.openUrgent.id]);
  });

  it("filters urgent flags", async () => {
    const ids = await flagIds({ filter: { urgent: true } });

    expect(ids).toEqual([flags.openOtherProgram.id, flags.openUrgent.id]);
  });

  it("filters flags that are not urgent", async () => {
    const ids = await flagIds({ filter: { urgent: false } });

    expect(ids).toEqual([flags.resolvedRecent.id, flags.inProgress.id, flags.resolvedOld.id]);
  });

  it("filters by an inclusive report range", async () => {
    const ids = await flagIds({ filter: { reportedFrom: "2024-10-01T09:00:00Z", reportedTo: "2024-10-10T09:00:00Z" } });

    expect(ids).toEqual([flags.resolvedRecent.id, flags.inProgress.id, flags.openUrgent.id]);
  });

  it("filters by program", async () => {
    const ids = await flagIds({ filter: { programIds: [programB.id] } });

    expect(ids).toEqual([flags.openOtherProgram.id]);
  });

  it("counts all matching flags across pages", async () => {
    const page = await listFlags({ first: 2, filter: { statuses: ["OPEN", "IN_PROGRESS", "RESOLVED"] } });

    expect(page.totalCount).toBe(5);
    expect(page.edges).toHaveLength(2);
  });

  it("pages with cursors without gaps or repeats", async () => {
    const first = await listFlags({ first: 2 });
    const second = await listFlags({ first: 2, after: first.pageInfo.endCursor });
    const third = await listFlags({ first: 2, after: second.pageInfo.endCursor });

    const ids = [...first.edges, ...second.edges, ...third.edges].map((edge) => edge.node.id);
    expect(ids).toEqual([flags.openOtherProgram.id, flags.resolvedRecent.id, flags.inProgress.id, flags.openUrgent.id, flags.resolvedOld.id]);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage, third.pageInfo.hasNextPage]).toEqual([true, true, false]);
    expect([first.pageInfo.hasPreviousPage, second.pageInfo.hasPreviousPage]).toEqual([false, true]);
  });

  it("filters a mentorship's flags", async () => {
    const result = await client.graphql<{ mentorship: { priorityFlags: Array<{ id: string }> } }>(
      `query ($id: ID!) { mentorship(id: $id) { priorityFlags(filter: { statuses: [RESOLVED] }, sort: { field: REPORTED_AT, direction: ASC }) { id } } }`,
      { id: pairA.id },
    );

    expect(result.body.data?.mentorship.priorityFlags.map((flag) => flag.id)).toEqual([flags.resolvedOld.id, flags.resolvedRecent.id]);
  });

  it("returns one flag with its mentorship", async () => {
    const result = await client.graphql<{ priorityFlag: { id: string; status: string; urgent: boolean; mentorship: { id: string }; category: { key: string } } }>(
      `query ($id: ID!) { priorityFlag(id: $id) { id status urgent mentorship { id } category { key } } }`,
      { id: flags.openUrgent.id },
    );

    expect(result.body.data?.priorityFlag).toEqual({ id: flags.openUrgent.id, status: "OPEN", urgent: true, mentorship: { id: pairA.id }, category: { key: "wellbeing" } });
  });
});
