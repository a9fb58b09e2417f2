import { StaffRole } from "../auth/staff-role.enum";
import type { StaffUser } from "../auth/staff-user.entity";
import { newId } from "../common/ids";
import type { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlagEvent } from "../flag/priority-flag-event.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import type { Mentorship } from "../mentorship/mentorship.entity";
import { FlagStatus } from "../test-support/factories";
import { createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLClient, type GraphQLResult, startTestServer, type TestServer } from "../test-support/test-server";

const EVENT_FIELDS = /* GraphQL */ `
  id
  type
  fromStatus
  toStatus
  actor {
    id
  }
  actorLabel
  occurredAt
  assignee {
    id
  }
  resolutionReason
  note
`;

const FLAG_FIELDS = /* GraphQL */ `
  id
  status
  firstResponseAt
  resolvedAt
  resolutionReason
  resolutionNote
  updatedAt
  assignee {
    id
  }
  history {
    ${EVENT_FIELDS}
  }
`;

const STEP_PAYLOAD = `flag { ${FLAG_FIELDS} } event { ${EVENT_FIELDS} }`;

const MUTATIONS = {
  assign: `mutation ($input: AssignPriorityFlagInput!) { step: assignPriorityFlag(input: $input) { ${STEP_PAYLOAD} } }`,
  start: `mutation ($input: StartPriorityFlagInput!) { step: startPriorityFlag(input: $input) { ${STEP_PAYLOAD} } }`,
  resolve: `mutation ($input: ResolvePriorityFlagInput!) { step: resolvePriorityFlag(input: $input) { ${STEP_PAYLOAD} } }`,
  reopen: `mutation ($input: ReopenPriorityFlagInput!) { step: reopenPriorityFlag(input: $input) { ${STEP_PAYLOAD} } }`,
};

interface EventData {
  id: string;
  type: string;
  fromStatus: string;
  toStatus: string;
  actor: { id: string } | null;
  actorLabel: string;
  occurredAt: string;
  assignee: { id: string } | null;
  resolutionReason: string | null;
  note: string | null;
}

interface FlagData {
  id: string;
  status: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  resolutionReason: string | null;
  resolutionNote: string | null;
  updatedAt: string;
  assignee: { id: string } | null;
  history: EventData[];
}

type StepResult = GraphQLResult<{ step: { flag: FlagData; event: EventData } }>;

describe("priority flag workflow", () => {
  let server: TestServer;
  let setup: ProgramSetup;
  let admin: StaffUser;
  let colleague: StaffUser;
  let analyst: StaffUser;
  let adminClient: GraphQLClient;
  let pair: Mentorship;
  let foreignFlag: PriorityFlag;
  let foreignStaff: StaffUser;

  beforeAll(async () => {
    server = await startTestServer();
    setup = await createProgramSetup(server.factory, await server.factory.partner());
    admin = setup.staff;
    colleague = await server.factory.staffUser(setup.partner, { displayName: "Blake Colleague" });
    analyst = await server.factory.staffUser(setup.partner, { displayName: "Casey Analyst", role: StaffRole.ANALYST });
    adminClient = server.signIn(admin);
    pair = await server.factory.mentorship(setup.program, await server.factory.mentor(setup.program), await server.factory.mentee(setup.program));

    const other = await createProgramSetup(server.factory, await server.factory.partner(), "Other Program");
    const otherPair = await server.factory.mentorship(other.program, await server.factory.mentor(other.program), await server.factory.mentee(other.program));
    foreignFlag = await server.factory.flag(otherPair, other.categories.wellbeing);
    foreignStaff = other.staff;
  });

  afterAll(async () => {
    await server.close();
  });

  function plantFlag(overrides: Partial<PriorityFlag> = {}, category: FlagCategory = setup.categories.wellbeing): Promise<PriorityFlag> {
    return server.factory.flag(pair, category, overrides);
  }

  function step(kind: keyof typeof MUTATIONS, input: Record<string, unknown>, client: GraphQLClient = adminClient): Promise<StepResult> {
    return client.graphql(MUTATIONS[kind], { input });
  }

  async function stepOk(kind: keyof typeof MUTATIONS, input: Record<string, unknown>): Promise<{ flag: FlagData; event: EventData }> {
    const result = await step(kind, input);
    expect(result.body.errors).toBeUndefined();

    return result.body.data!.step;
  }

  function errorCode(result: StepResult): string | undefined {
    return result.body.errors?.[0]?.extensions?.code;
  }

  function storedFlag(id: string): Promise<PriorityFlag> {
    return server.dataSource.getRepository(PriorityFlag).findOneByOrFail({ id });
  }

  function storedEventCount(flagId: string): Promise<number> {
    return server.dataSource.getRepository(PriorityFlagEvent).countBy({ flagId });
  }

  describe("start", () => {
    it("moves an open flag to in progress", async () => {
      const flag = await plantFlag();

      const { flag: updated } = await stepOk("start", { flagId: flag.id });

      expect(updated.status).toBe("IN_PROGRESS");
    });

    it("records the actor and the time", async () => {
      const flag = await plantFlag();
      const before = Date.now();

      const { event } = await stepOk("start", { flagId: flag.id, note: "Calling the mentee today." });

      const after = Date.now();
      expect(event).toMatchObject({ type: "STARTED", fromStatus: "OPEN", toStatus: "IN_PROGRESS", actor: { id: admin.id }, actorLabel: "Avery Staff", note: "Calling the mentee today." });
      expect(Date.parse(event.occurredAt)).toBeGreaterThanOrEqual(before);
      expect(Date.parse(event.occurredAt)).toBeLessThanOrEqual(after);
    });

    it("sets the first response and bumps updatedAt", async () => {
      const flag = await plantFlag();

      const { flag: updated, event } = await stepOk("start", { flagId: flag.id });

      expect(updated.firstResponseAt).toBe(event.occurredAt);
      expect(updated.updatedAt).toBe(event.occurredAt);
    });

    it.each([FlagStatus.IN_PROGRESS, FlagStatus.RESOLVED])("rejects a flag that is %s", async (status) => {
      const flag = await plantFlag(
        status === FlagStatus.RESOLVED
          ? { status, firstResponseAt: new Date("2024-10-03T10:00:00Z"), resolvedAt: new Date("2024-10-04T10:00:00Z"), resolutionReason: "REFERRED" as never }
          : { status, firstResponseAt: new Date("2024-10-03T10:00:00Z") },
      );

      const result = await step("start", { flagId: flag.id });

      expect(errorCode(result)).toBe("INVALID_TRANSITION");
      expect(result.body.errors?.[0]?.extensions?.currentStatus).toBe(status);
      expect((await storedFlag(flag.id)).status).toBe(status);
      expect(await storedEventCount(flag.id)).toBe(0);
    });
  });

  describe("assign", () => {
    it("assigns a colleague without changing the status", async () => {
      const flag = await plantFlag();

      const { flag: updated, event } = await stepOk("assign", { flagId: flag.id, assigneeId: colleague.id });

      expect(updated.assignee).toEqual({ id: colleague.id });
      expect(updated.status).toBe("OPEN");
      expect(event).toMatchObject({ type: "ASSIGNED", fromStatus: "OPEN", toStatus: "OPEN", assignee: { id: colleague.id } });
    });

    it("counts an assignment as the first response", async () => {
      const flag = await plantFlag();

      const { flag: updated, event } = await stepOk("assign", { flagId: flag.id, assigneeId: colleague.id });

      expect(updated.firstResponseAt).toBe(event.occurredAt);
    });

    it("keeps an earlier first response", async () => {
      const firstResponseAt = new Date("2024-10-03T08:00:00Z");
      const flag = await plantFlag({ status: FlagStatus.IN_PROGRESS, firstResponseAt });

      const { flag: updated } = await stepOk("assign", { flagId: flag.id, assigneeId: colleague.id });

      expect(updated.firstResponseAt).toBe(firstResponseAt.toISOString());
    });

    it("unassigns and names the removed assignee", async () => {
      const flag = await plantFlag({ assigneeId: colleague.id });

      const { flag: updated, event } = await stepOk("assign", { flagId: flag.id, assigneeId: null });

      expect(updated.assignee).toBeNull();
      expect(event).toMatchObject({ type: "UNASSIGNED", assignee: { id: colleague.id } });
    });

    it("rejects the current assignee", async () => {
      const flag = await plantFlag({ assigneeId: colleague.id });

      const result = await step("assign", { flagId: flag.id, assigneeId: colleague.id });

      expect(errorCode(result)).toBe("INVALID_TRANSITION");
      expect(await storedEventCount(flag.id)).toBe(0);
    });

    it("rejects unassigning an unassigned flag", async () => {
      const flag = await plantFlag();

      const result = await step("assign", { flagId: flag.id, assigneeId: null });

      expect(errorCode(result)).toBe("INVALID_TRANSITION");
    });

    it("rejects a resolved flag", async () => {
      const flag = await plantFlag({ status: FlagStatus.RESOLVED, firstResponseAt: new Date("2024-10-03T10:00:00Z"), resolvedAt: new Date("2024-10-04T10:00:00Z"), resolutionReason: "REFERRED" as never });

      const result = await step("assign", { flagId: flag.id, assigneeId: colleague.id });

      expect(errorCode(result)).toBe("INVALID_TRANSITION");
    });

    it("answers staff of another partner with NOT_FOUND", async () => {
      const flag = await plantFlag();

      const result = await step("assign", { flagId: flag.id, assigneeId: foreignStaff.id });

      expect(errorCode(result)).toBe("NOT_FOUND");
      expect((await storedFlag(flag.id)).assigneeId).toBeNull();
    });

    it("rejects a malformed assignee id", async () => {
      const flag = await plantFlag();

      const result = await step("assign", { flagId: flag.id, assigneeId: "usr_nope" });

      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(result.body.errors?.[0]?.extensions?.argumentName).toBe("input.assigneeId");
    });
  });

  describe("resolve", () => {
    it("resolves with a reason and a note", async () => {
      const flag = await plantFlag({ status: FlagStatus.IN_PROGRESS, firstResponseAt: new Date("2024-10-03T10:00:00Z") });

      const { flag: updated, event } = await stepOk("resolve", { flagId: flag.id, reason: "REFERRED", note: "Referred to the counseling center." });

      expect(updated).toMatchObject({ status: "RESOLVED", resolvedAt: event.occurredAt, resolutionReason: "REFERRED", resolutionNote: "Referred to the counseling center." });
      expect(event).toMatchObject({ type: "RESOLVED", fromStatus: "IN_PROGRESS", toStatus: "RESOLVED", resolutionReason: "REFERRED", note: "Referred to the counseling center." });
    });

    it("resolves an open flag directly and sets the first response", async () => {
      const flag = await plantFlag();

      const { flag: updated, event } = await stepOk("resolve", { flagId: flag.id, reason: "NO_ACTION_NEEDED" });

      expect(updated.firstResponseAt).toBe(event.occurredAt);
      expect(updated.resolutionNote).toBeNull();
    });

    it("stores a blank note as none", async () => {
      const flag = await plantFlag();

      const { flag: updated, event } = await stepOk("resolve", { flagId: flag.id, reason: "DUPLICATE", note: "   " });

      expect(updated.resolutionNote).toBeNull();
      expect(event.note).toBeNull();
    });

    it("rejects a missing reason and changes nothing", async () => {
      const flag = await plantFlag();

      const result = await step("resolve", { flagId: flag.id });

      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect((await storedFlag(flag.id)).status).toBe(FlagStatus.OPEN);
    });

    it("rejects a flag that is already resolved", async () => {
      const flag = await plantFlag();
      await stepOk("resolve", { flagId: flag.id, reason: "SUPPORT_PROVIDED" });

      const result = await step("resolve", { flagId: flag.id, reason: "DUPLICATE" });

      expect(errorCode(result)).toBe("INVALID_TRANSITION");
      expect((await storedFlag(flag.id)).resolutionReason).toBe("SUPPORT_PROVIDED");
      expect(await storedEventCount(flag.id)).toBe(1);
    });

    it("rejects a note over 4000 characters", async () => {
      const flag = await plantFlag();

      const result = await step("resolve", { flagId: flag.id, reason: "DUPLICATE", note: "x".repeat(4001) });

      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(result.body.errors?.[0]?.extensions?.argumentName).toBe("input.note");
    });
  });

  describe("reopen", () => {
    it("returns a resolved flag to in progress and clears its resolution", async () => {
      const flag = await plantFlag();
      await stepOk("resolve", { flagId: flag.id, reason: "SUPPORT_PROVIDED", note: "Handled." });

      const { flag: updated, event } = await stepOk("reopen", { flagId: flag.id, note: "The mentor reports it again." });

      expect(updated).toMatchObject({ status: "IN_PROGRESS", resolvedAt: null, resolutionReason: null, resolutionNote: null });
      expect(event).toMatchObject({ type: "REOPENED", fromStatus: "RESOLVED", toStatus: "IN_PROGRESS", note: "The mentor reports it again." });
    });

    it("keeps the resolution in the history", async () => {
      const flag = await plantFlag();
      await stepOk("resolve", { flagId: flag.id, reason: "SUPPORT_PROVIDED", note: "Handled." });

      const { flag: updated } = await stepOk("reopen", { flagId: flag.id });

      expect(updated.history[0]).toMatchObject({ type: "RESOLVED", resolutionReason: "SUPPORT_PROVIDED", note: "Handled." });
    });

    it.each([FlagStatus.OPEN, FlagStatus.IN_PROGRESS])("rejects a flag that is %s", async (status) => {
      const flag = await plantFlag(status === FlagStatus.OPEN ? {} : { status, firstResponseAt: new Date("2024-10-03T10:00:00Z") });

      const result = await step("reopen", { flagId: flag.id });

      expect(errorCode(result)).toBe("INVALID_TRANSITION");
      expect(await storedEventCount(flag.id)).toBe(0);
    });
  });

  describe("history", () => {
    it("lists every step oldest first", async () => {
      const flag = await plantFlag();

      await stepOk("assign", { flagId: flag.id, assigneeId: colleague.id });
      await stepOk("start", { flagId: flag.id });
      await stepOk("resolve", { flagId: flag.id, reason: "REFERRED" });
      await stepOk("reopen", { flagId: flag.id });
      const { flag: updated } = await stepOk("assign", { flagId: flag.id, assigneeId: admin.id });

      expect(updated.history.map((event) => event.type)).toEqual(["ASSIGNED", "STARTED", "RESOLVED", "REOPENED", "ASSIGNED"]);
      const times = updated.history.map((event) => Date.parse(event.occurredAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(times.length);
    });

    it("is empty before any staff action", async () => {
      const flag = await plantFlag();

      const result = await adminClient.graphql<{ priorityFlag: FlagData }>(`query ($id: ID!) { priorityFlag(id: $id) { ${FLAG_FIELDS} } }`, { id: flag.id });

      expect(result.body.data?.priorityFlag.history).toEqual([]);
    });

    it("withholds notes from an analyst", async () => {
      const flag = await plantFlag();
      await stepOk("start", { flagId: flag.id, note: "Private note." });

      const result = await server
        .signIn(analyst)
        .graphql<{ priorityFlag: { history: Array<{ type: string; note: string | null }> } }>(`query ($id: ID!) { priorityFlag(id: $id) { history { type note } } }`, { id: flag.id });

      expect(result.body.data?.priorityFlag.history).toEqual([{ type: "STARTED", note: null }]);
      expect(result.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });
  });

  describe("access", () => {
    it.each(Object.keys(MUTATIONS) as Array<keyof typeof MUTATIONS>)("forbids an analyst to %s", async (kind) => {
      const flag = await plantFlag();
      const input = { flagId: flag.id, ...(kind === "resolve" ? { reason: "DUPLICATE" } : {}), ...(kind === "assign" ? { assigneeId: analyst.id } : {}) };

      const result = await step(kind, input, server.signIn(analyst));

      expect(errorCode(result)).toBe("FORBIDDEN");
      expect(await storedFlag(flag.id)).toEqual(flag);
      expect(await storedEventCount(flag.id)).toBe(0);
    });

    it.each(Object.keys(MUTATIONS) as Array<keyof typeof MUTATIONS>)("answers %s on another partner's flag like a missing one", async (kind) => {
      const input = { ...(kind === "resolve" ? { reason: "DUPLICATE" } : {}), ...(kind === "assign" ? { assigneeId: admin.id } : {}) };
      const missingId = newId("priorityFlag");

      const foreign = await step(kind, { ...input, flagId: foreignFlag.id });
      const missing = await step(kind, { ...input, flagId: missingId });

      expect(errorCode(foreign)).toBe("NOT_FOUND");
      expect(foreign.body.errors?.[0]?.message).toBe(missing.body.errors?.[0]?.message.replace(missingId, foreignFlag.id));
      expect(foreign.body.data).toBeNull();
      expect(await storedFlag(foreignFlag.id)).toEqual(foreignFlag);
      expect(await storedEventCount(foreignFlag.id)).toBe(0);
    });

    it("rejects a malformed flag id", async () => {
      const result = await step("start", { flagId: "flg_123" });

      expect(errorCode(result)).toBe("BAD_USER_INPUT");
      expect(result.body.errors?.[0]?.extensions?.argumentName).toBe("input.flagId");
    });

    it("rejects a request without a session", async () => {
      const flag = await plantFlag();

      const result = await step("start", { flagId: flag.id }, server.anonymous);

      expect(result.status).toBe(401);
      expect((await storedFlag(flag.id)).status).toBe(FlagStatus.OPEN);
    });
  });

  describe("staff users", () => {
    it("lists the partner's staff by name", async () => {
      const result = await adminClient.graphql<{ viewer: { id: string; staffUsers: Array<{ id: string; displayName: string }> } }>(
        `{ viewer { id staffUsers { id displayName } } }`,
      );

      expect(result.body.data?.viewer.id).toBe(admin.id);
      expect(result.body.data?.viewer.staffUsers).toEqual([
        { id: admin.id, displayName: "Avery Staff" },
        { id: colleague.id, displayName: "Blake Colleague" },
        { id: analyst.id, displayName: "Casey Analyst" },
      ]);
    });
  });
});
