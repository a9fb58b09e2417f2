import type { FlagCategory } from "../flag/flag-category.entity";
import type { PriorityFlag } from "../flag/priority-flag.entity";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { FlagStatus } from "../test-support/factories";
import { createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

const CATEGORIES_QUERY = /* GraphQL */ `
  query Categories($programIds: [ID!]) {
    flagCategories(programIds: $programIds) {
      id
      label
      program {
        id
      }
    }
  }
`;

const FLAGS_QUERY = /* GraphQL */ `
  query Flags($first: Int, $after: String, $sort: PriorityFlagSort) {
    priorityFlags(first: $first, after: $after, sort: $sort) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const MENTORSHIPS_QUERY = /* GraphQL */ `
  query Mentorships($sort: MentorshipSort) {
    mentorships(first: 100, sort: $sort) {
      edges {
        node {
          id
        }
      }
    }
  }
`;

interface FlagPage {
  priorityFlags: { edges: Array<{ node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe("flag categories and list sorts", () => {
  let server: TestServer;
  let setup: ProgramSetup;
  let other: ProgramSetup;
  let client: GraphQLClient;
  let basicNeeds: FlagCategory;
  let pairs: Record<"quiet" | "busy" | "calm", Mentorship>;
  let flags: Record<"urgentNeeds" | "assignedToZoe" | "assignedToAbe" | "resolved", PriorityFlag>;

  beforeAll(async () => {
    server = await startTestServer();
    const { factory } = server;
    setup = await createProgramSetup(factory, await factory.partner());
    other = await createProgramSetup(factory, await factory.partner(), "Other partner's program");
    client = server.signIn(setup.staff);

    const second = await factory.program(setup.partner, { name: "Alumni Circle" });
    basicNeeds = await factory.flagCategory(second, { key: "basic_needs", label: "Basic needs" });
    const zoe = await factory.staffUser(setup.partner, { displayName: "Zoe Young" });
    const abe = await factory.staffUser(setup.partner, { displayName: "abe Archer" });

    const pairIn = async (program: typeof second, mentorLast: string, menteeLast: string) =>
      factory.mentorship(program, await factory.mentor(program, { lastName: mentorLast }), await factory.mentee(program, { lastName: menteeLast }));
    pairs = {
      quiet: await pairIn(setup.program, "Moreau", "Quinn"),
      busy: await pairIn(setup.program, "Lindqvist", "Baptiste"),
      calm: await pairIn(second, "Olsen", "Castillo"),
    };

    flags = {
      urgentNeeds: await factory.flag(pairs.calm, basicNeeds, { urgent: true, reportedAt: new Date("2024-10-01T10:00:00Z") }),
      assignedToZoe: await factory.flag(pairs.busy, setup.categories.wellbeing, { assigneeId: zoe.id, reportedAt: new Date("2024-10-02T10:00:00Z") }),
      assignedToAbe: await factory.flag(pairs.busy, setup.categories.academics, { assigneeId: abe.id, reportedAt: new Date("2024-10-03T10:00:00Z") }),
      resolved: await factory.flag(pairs.quiet, setup.categories.academics, {
        status: FlagStatus.RESOLVED,
        reportedAt: new Date("2024-10-04T10:00:00Z"),
        resolvedAt: new Date("2024-10-05T10:00:00Z"),
      }),
    };
    await factory.flag(pairs.busy, setup.categories.wellbeing, { status: FlagStatus.RESOLVED, reportedAt: new Date("2024-09-01T10:00:00Z") });
  });

  afterAll(async () => {
    await server.close();
  });

  async function flagIds(field: string, direction: "ASC" | "DESC"): Promise<string[]> {
    const result = await client.graphql<FlagPage>(FLAGS_QUERY, { first: 100, sort: { field, direction } });
    expect(result.body.errors).toBeUndefined();
    return result.body.data!.priorityFlags.edges.map((edge) => edge.node.id);
  }

  describe("flagCategories", () => {
    it("lists every category of the partner's programs, and no other partner's", async () => {
      const result = await client.graphql<{ flagCategories: Array<{ id: string; label: string }> }>(CATEGORIES_QUERY);

      const ids = result.body.data!.flagCategories.map((category) => category.id);
      expect(ids).toHaveLength(3);
      expect(ids).toEqual(expect.arrayContaining([setup.categories.wellbeing.id, setup.categories.academics.id, basicNeeds.id]));
      expect(ids).not.toContain(other.categories.wellbeing.id);
    });

    it("filters by program", async () => {
      const result = await client.graphql<{ flagCategories: Array<{ id: string; label: string; program: { id: string } }> }>(CATEGORIES_QUERY, {
        programIds: [setup.program.id],
      });

      expect(result.body.data!.flagCategories.map((category) => category.label)).toEqual(["Academic struggles", "Mental health and wellbeing"]);
      expect(result.body.data!.flagCategories.every((category) => category.program.id === setup.program.id)).toBe(true);
    });

    it("returns nothing for another partner's program", async () => {
      const result = await client.graphql<{ flagCategories: unknown[] }>(CATEGORIES_QUERY, { programIds: [other.program.id] });

      expect(result.body.data!.flagCategories).toEqual([]);
    });

    it("rejects a malformed program id", async () => {
      const result = await client.graphql(CATEGORIES_QUERY, { programIds: ["not-an-id"] });

      expect(result.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.body.errors?.[0]?.extensions?.argumentName).toBe("programIds");
    });
  });

  describe("priority flag sorts", () => {
    it("sorts by category label, ignoring case", async () => {
      const ids = await flagIds("CATEGORY", "ASC");

      // "Academic struggles" (newest first within the label), "Basic needs", "Mental health and wellbeing".
      expect(ids.slice(0, 3)).toEqual([flags.resolved.id, flags.assignedToAbe.id, flags.urgentNeeds.id]);
    });

    it("puts urgent flags first when sorting urgency descending", async () => {
      const ids = await flagIds("URGENCY", "DESC");

      expect(ids[0]).toBe(flags.urgentNeeds.id);
      expect((await flagIds("URGENCY", "ASC")).at(-1)).toBe(flags.urgentNeeds.id);
    });

    it("sorts by program name", async () => {
      const ids = await flagIds("PROGRAM_NAME", "ASC");

      expect(ids[0]).toBe(flags.urgentNeeds.id);
    });

    it("sorts by the name of the participant the flag is about", async () => {
      const ids = await flagIds("SUBJECT_NAME", "ASC");

      // Baptiste (three flags), Castillo, Quinn.
      expect(ids.slice(3)).toEqual([flags.urgentNeeds.id, flags.resolved.id]);
    });

    it("sorts by assignee name with unassigned flags last in both directions", async () => {
      const ascending = await flagIds("ASSIGNEE_NAME", "ASC");
      const descending = await flagIds("ASSIGNEE_NAME", "DESC");

      expect(ascending.slice(0, 2)).toEqual([flags.assignedToAbe.id, flags.assignedToZoe.id]);
      expect(descending.slice(0, 2)).toEqual([flags.assignedToZoe.id, flags.assignedToAbe.id]);
      expect(ascending).toHaveLength(5);
    });

    it.each(["CATEGORY", "URGENCY", "PROGRAM_NAME", "SUBJECT_NAME", "ASSIGNEE_NAME"])("pages through the %s sort one row at a time", async (field) => {
      const expected = await flagIds(field, "ASC");

      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const result: Awaited<ReturnType<typeof client.graphql<FlagPage>>> = await client.graphql<FlagPage>(FLAGS_QUERY, {
          first: 1,
          after,
          sort: { field, direction: "ASC" },
        });
        seen.push(...result.body.data!.priorityFlags.edges.map((edge) => edge.node.id));
        if (!result.body.data!.priorityFlags.pageInfo.hasNextPage) {
          break;
        }
        after = result.body.data!.priorityFlags.pageInfo.endCursor;
      }

      expect(seen).toEqual(expected);
    });
  });

  describe("mentorship sort by open flags", () => {
    it("counts only flags still open or in progress", async () => {
      const result = await client.graphql<{ mentorships: { edges: Array<{ node: { id: string } }> } }>(MENTORSHIPS_QUERY, {
        sort: { field: "OPEN_FLAG_COUNT", direction: "DESC" },
      });

      const ids = result.body.data!.mentorships.edges.map((edge) => edge.node.id);
      // busy: 2 open of 3 reported; calm: 1 open; quiet: 0 open of 1 reported.
      expect(ids).toEqual([pairs.busy.id, pairs.calm.id, pairs.quiet.id]);
    });
  });
});
