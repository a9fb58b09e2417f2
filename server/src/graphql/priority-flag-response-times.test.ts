import type { StaffUser } from "../auth/staff-user.entity";
import { newId } from "../common/ids";
import { FlagResolutionReason, PriorityFlagEventType } from "../flag/flag-enums";
import { PriorityFlagEvent } from "../flag/priority-flag-event.entity";
import type { PriorityFlag } from "../flag/priority-flag.entity";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { FlagStatus } from "../test-support/factories";
import { createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, startTestServer, type TestServer } from "../test-support/test-server";

const HOUR = 60 * 60 * 1000;

const FLAGS_QUERY = /* GraphQL */ `
  query Flags($first: Int, $filter: PriorityFlagFilter, $sort: PriorityFlagSort) {
    priorityFlags(first: $first, filter: $filter, sort: $sort) {
      edges {
        node {
          id
          timeToFirstResponse
          timeToResolution
        }
      }
    }
  }
`;

const FLAG_PAGE_WITH_HISTORY = /* GraphQL */ `
  query FlagsWithHistory {
    priorityFlags(first: 100) {
      edges {
        node {
          id
          status
          timeToFirstResponse
          assignee {
            displayName
          }
          category {
            label
          }
          subject {
            displayName
          }
          history {
            type
            actorLabel
            actor {
              displayName
            }
            assignee {
              displayName
            }
          }
        }
      }
    }
  }
`;

interface FlagRow {
  id: string;
  timeToFirstResponse: number | null;
  timeToResolution: number | null;
}

function at(base: string, hours: number): Date {
  return new Date(new Date(base).getTime() + hours * HOUR);
}

describe("priority flag response times", () => {
  let server: TestServer;
  let setup: ProgramSetup;
  let client: GraphQLClient;
  let colleague: StaffUser;
  let flags: Record<"resolvedSlowly" | "answeredQuickly" | "waiting" | "answeredNextDay", PriorityFlag>;

  beforeAll(async () => {
    server = await startTestServer();
    setup = await createProgramSetup(server.factory, await server.factory.partner());
    client = server.signIn(setup.staff);
    colleague = await server.factory.staffUser(setup.partner, { displayName: "Blake Colleague" });
    const pair: Mentorship = await server.factory.mentorship(setup.program, await server.factory.mentor(setup.program), await server.factory.mentee(setup.program));
    const { wellbeing, academics } = setup.categories;

    flags = {
      resolvedSlowly: await server.factory.flag(pair, wellbeing, {
        status: FlagStatus.RESOLVED,
        reportedAt: new Date("2024-10-01T09:00:00Z"),
        firstResponseAt: at("2024-10-01T09:00:00Z", 2),
        resolvedAt: at("2024-10-01T09:00:00Z", 48),
        resolutionReason: FlagResolutionReason.SUPPORT_PROVIDED,
        assigneeId: colleague.id,
      }),
      answeredQuickly: await server.factory.flag(pair, academics, {
        status: FlagStatus.IN_PROGRESS,
        reportedAt: new Date("2024-10-02T09:00:00Z"),
        firstResponseAt: at("2024-10-02T09:00:00Z", 0.5),
        assigneeId: setup.staff.id,
      }),
      waiting: await server.factory.flag(pair, wellbeing, { status: FlagStatus.OPEN, reportedAt: new Date("2024-10-03T09:00:00Z"), urgent: true }),
      answeredNextDay: await server.factory.flag(pair, academics, {
        status: FlagStatus.RESOLVED,
        reportedAt: new Date("2024-10-04T09:00:00Z"),
        firstResponseAt: at("2024-10-04T09:00:00Z", 24),
        resolvedAt: at("2024-10-04T09:00:00Z", 25),
        resolutionReason: FlagResolutionReason.REFERRED,
      }),
    };
  });

  afterAll(async () => {
    await server.close();
  });

  async function listFlags(variables: Record<string, unknown>): Promise<FlagRow[]> {
    const result = await client.graphql<{ priorityFlags: { edges: Array<{ node: FlagRow }> } }>(FLAGS_QUERY, variables);
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.priorityFlags.edges.map((edge) => edge.node);
  }

  async function flagIds(variables: Record<string, unknown>): Promise<string[]> {
    return (await listFlags(variables)).map((flag) => flag.id);
  }

  describe("values", () => {
    let rows: Map<string, FlagRow>;

    beforeAll(async () => {
      rows = new Map((await listFlags({})).map((row) => [row.id, row]));
    });

    it("gives the first response time in seconds", () => {
      expect(rows.get(flags.resolvedSlowly.id)?.timeToFirstResponse).toBe(2 * 3600);
      expect(rows.get(flags.answeredQuickly.id)?.timeToFirstResponse).toBe(1800);
    });

    it("gives the resolution time in seconds", () => {
      expect(rows.get(flags.resolvedSlowly.id)?.timeToResolution).toBe(48 * 3600);
      expect(rows.get(flags.answeredNextDay.id)?.timeToResolution).toBe(25 * 3600);
    });

    it("is null while not reached", () => {
      expect(rows.get(flags.waiting.id)).toMatchObject({ timeToFirstResponse: null, timeToResolution: null });
      expect(rows.get(flags.answeredQuickly.id)?.timeToResolution).toBeNull();
    });
  });

  describe("sorting", () => {
    it("lists the longest wait for a first response first", async () => {
      const ids = await flagIds({ sort: { field: "TIME_TO_FIRST_RESPONSE", direction: "DESC" } });

      expect(ids).toEqual([flags.waiting.id, flags.answeredNextDay.id, flags.resolvedSlowly.id, flags.answeredQuickly.id]);
    });

    it("lists the quickest first response first", async () => {
      const ids = await flagIds({ sort: { field: "TIME_TO_FIRST_RESPONSE", direction: "ASC" } });

      expect(ids).toEqual([flags.answeredQuickly.id, flags.resolvedSlowly.id, flags.answeredNextDay.id, flags.waiting.id]);
    });

    it("lists the concerns open longest first", async () => {
      const ids = await flagIds({ sort: { field: "TIME_TO_RESOLUTION", direction: "DESC" } });

      expect(ids).toEqual([flags.answeredQuickly.id, flags.waiting.id, flags.resolvedSlowly.id, flags.answeredNextDay.id]);
    });

    it("sorts a mentorship's flags the same way", async () => {
      const result = await client.graphql<{ priorityFlag: { mentorship: { priorityFlags: Array<{ id: string }> } } }>(
        `query ($id: ID!) { priorityFlag(id: $id) { mentorship { priorityFlags(sort: { field: TIME_TO_FIRST_RESPONSE, direction: DESC }) { id } } } }`,
        { id: flags.waiting.id },
      );

      expect(result.body.data?.priorityFlag.mentorship.priorityFlags.map((flag) => flag.id)).toEqual([
        flags.waiting.id,
        flags.answeredNextDay.id,
        flags.resolvedSlowly.id,
        flags.answeredQuickly.id,
      ]);
    });
  });

  describe("filters", () => {
    it("filters by assignee", async () => {
      const ids = await flagIds({ filter: { assigneeIds: [colleague.id] } });

      expect(ids).toEqual([flags.resolvedSlowly.id]);
    });

    it("filters unassigned flags", async () => {
      const ids = await flagIds({ filter: { assigned: false } });

      expect(ids).toEqual([flags.answeredNextDay.id, flags.waiting.id]);
    });

    it("filters assigned flags", async () => {
      const ids = await flagIds({ filter: { assigned: true } });

      expect(ids).toEqual([flags.answeredQuickly.id, flags.resolvedSlowly.id]);
    });

    it("combines status, category, urgency, program, date and assignee", async () => {
      const ids = await flagIds({
        filter: {
          statuses: ["OPEN", "IN_PROGRESS"],
          categoryIds: [setup.categories.wellbeing.id],
          urgent: true,
          programIds: [setup.program.id],
          reportedFrom: "2024-10-02T00:00:00Z",
          reportedTo: "2024-10-03T23:59:59Z",
          assigned: false,
        },
      });

      expect(ids).toEqual([flags.waiting.id]);
    });

    it("rejects a malformed assignee id", async () => {
      const result = await client.graphql(FLAGS_QUERY, { filter: { assigneeIds: ["usr_x"] } });

      expect(result.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.body.errors?.[0]?.extensions?.argumentName).toBe("filter.assigneeIds");
    });
  });
});

describe("priority flag history loading", () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server.close();
  });

  /** Creates a partner with `count` flags, each assigned and with three history events. */
  async function partnerWithFlags(count: number): Promise<GraphQLClient> {
    const setup = await createProgramSetup(server.factory, await server.factory.partner());
    const colleague = await server.factory.staffUser(setup.partner, { displayName: `Colleague of ${setup.partner.name}` });
    const pair = await server.factory.mentorship(setup.program, await server.factory.mentor(setup.program), await server.factory.mentee(setup.program));
    const events: PriorityFlagEvent[] = [];

    for (let index = 0; index < count; index += 1) {
      const reportedAt = at("2024-10-01T00:00:00Z", index);
      const flag = await server.factory.flag(pair, setup.categories.wellbeing, {
        status: FlagStatus.IN_PROGRESS,
        reportedAt,
        firstResponseAt: at(reportedAt.toISOString(), 1),
        assigneeId: colleague.id,
      });
      const event = (type: PriorityFlagEventType, hours: number, fromStatus: FlagStatus, toStatus: FlagStatus): PriorityFlagEvent => ({
        id: newId("priorityFlagEvent"),
        partnerId: flag.partnerId,
        flagId: flag.id,
        type,
        fromStatus,
        toStatus,
        actorId: setup.staff.id,
        actorLabel: setup.staff.displayName,
        occurredAt: at(reportedAt.toISOString(), hours),
        assigneeId: type === PriorityFlagEventType.ASSIGNED ? colleague.id : null,
        resolutionReason: null,
        note: null,
      });
      events.push(
        event(PriorityFlagEventType.ASSIGNED, 1, FlagStatus.OPEN, FlagStatus.OPEN),
        event(PriorityFlagEventType.STARTED, 2, FlagStatus.OPEN, FlagStatus.IN_PROGRESS),
        event(PriorityFlagEventType.ASSIGNED, 3, FlagStatus.IN_PROGRESS, FlagStatus.IN_PROGRESS),
      );
    }
    await server.dataSource.getRepository(PriorityFlagEvent).insert(events);

    return server.signIn(setup.staff);
  }

  it("runs as many statements for 100 flags as for 3", async () => {
    const few = await partnerWithFlags(3);
    const many = await partnerWithFlags(100);

    const fewResult = await few.graphql<{ priorityFlags: { edges: Array<{ node: { history: unknown[] } }> } }>(FLAG_PAGE_WITH_HISTORY);
    const manyResult = await many.graphql<{ priorityFlags: { edges: Array<{ node: { history: unknown[] } }> } }>(FLAG_PAGE_WITH_HISTORY);

    expect(fewResult.body.errors).toBeUndefined();
    expect(manyResult.body.errors).toBeUndefined();
    expect(manyResult.body.data?.priorityFlags.edges).toHaveLength(100);
    expect(manyResult.body.data?.priorityFlags.edges.every((edge) => edge.node.history.length === 3)).toBe(true);
    expect(manyResult.sqlStatements).toBe(fewResult.sqlStatements);
    // Session lookup, page, then one batch each of histories, assignees, categories and subjects,
    // and one of the staff users the histories name.
    expect(manyResult.sqlStatements).toBeLessThanOrEqual(7);
  });
});
