import { newId } from "../common/ids";
import { currentRequestContext, runWithRequestContext } from "../common/request-context";
import { TenantScope } from "../common/tenant-scope";
import { ConversationSource, FlagStatus, TestFactory } from "../test-support/factories";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";
import { loadMentorshipStats } from "./mentorship-stats.loader";
import type { Mentorship } from "./mentorship.entity";

describe("loadMentorshipStats", () => {
  let database: TestDatabase;
  let scope: TenantScope;
  let busy: Mentorship;
  let quiet: Mentorship;
  let foreign: Mentorship;

  beforeAll(async () => {
    database = await createTestDatabase();
    const factory = new TestFactory(database.dataSource);

    const partner = await factory.partner();
    const program = await factory.program(partner);
    scope = new TenantScope(database.dataSource, partner.id);
    busy = await factory.mentorship(program, await factory.mentor(program), await factory.mentee(program));
    quiet = await factory.mentorship(program, await factory.mentor(program), await factory.mentee(program));

    await factory.conversation(busy, { occurredAt: new Date("2026-01-05T10:00:00.000Z"), source: ConversationSource.BACKFILL, loggedByRole: null });
    await factory.conversation(busy, { occurredAt: new Date("2026-03-01T23:58:00.000Z"), source: ConversationSource.POST_SESSION_SURVEY });
    await factory.conversation(busy, { occurredAt: new Date("2026-02-01T10:00:00.000Z"), source: ConversationSource.CHECK_IN });
    await factory.conversation(quiet, { occurredAt: new Date("2026-04-01T10:00:00.000Z") });

    const category = await factory.flagCategory(program);
    for (const status of [FlagStatus.OPEN, FlagStatus.IN_PROGRESS, FlagStatus.RESOLVED, FlagStatus.RESOLVED]) {
      await factory.flag(busy, category, { status });
    }

    const otherPartner = await factory.partner();
    const otherProgram = await factory.program(otherPartner);
    foreign = await factory.mentorship(otherProgram, await factory.mentor(otherProgram), await factory.mentee(otherProgram));
    await factory.conversation(foreign);
    await factory.flag(foreign, await factory.flagCategory(otherProgram));
  });

  afterAll(async () => {
    await database.destroy();
  });

  it("counts conversations of every source", async () => {
    const [busyStats, quietStats] = await loadMentorshipStats(scope, [busy.id, quiet.id]);

    expect(busyStats.conversationCount).toBe(3);
    expect(quietStats.conversationCount).toBe(1);
  });

  it("finds the latest conversation per pair", async () => {
    const [busyStats, quietStats] = await loadMentorshipStats(scope, [busy.id, quiet.id]);

    expect(busyStats.lastConversationAt?.toISOString()).toBe("2026-03-01T23:58:00.000Z");
    expect(quietStats.lastConversationAt?.toISOString()).toBe("2026-04-01T10:00:00.000Z");
  });

  it("counts unresolved flags as open", async () => {
    const [busyStats] = await loadMentorshipStats(scope, [busy.id]);

    expect(busyStats.priorityFlagCount).toBe(4);
    expect(busyStats.openPriorityFlagCount).toBe(2);
  });

  it("returns zeros for another partner's pair", async () => {
    const [foreignStats] = await loadMentorshipStats(scope, [foreign.id]);

    expect(foreignStats).toEqual({ conversationCount: 0, lastConversationAt: null, priorityFlagCount: 0, openPriorityFlagCount: 0 });
  });

  it("runs one statement for any number of pairs", async () => {
    async function countStatements(ids: string[]): Promise<number> {
      return runWithRequestContext(newId("mentorship"), async () => {
        await loadMentorshipStats(scope, ids);

        return currentRequestContext()?.sqlStatements ?? -1;
      });
    }

    const forOnePair = await countStatements([busy.id]);
    const forThreePairs = await countStatements([busy.id, quiet.id, foreign.id]);

    expect(forOnePair).toBe(1);
    expect(forThreePairs).toBe(1);
  });
});
