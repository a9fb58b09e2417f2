import { Conversation } from "../conversation/conversation.entity";
import type { TenantScope } from "../common/tenant-scope";
import { conversationCountSql, lastConversationAtSql, openPriorityFlagCountSql, priorityFlagCountSql } from "./mentorship-aggregates";
import { Mentorship } from "./mentorship.entity";

/** Numbers the details page shows about a mentorship, counted in SQL. */
export interface MentorshipStats {
  conversationCount: number;
  lastConversationAt: Date | null;
  priorityFlagCount: number;
  openPriorityFlagCount: number;
}

interface StatsRow {
  id: string;
  conversationCount: string | number;
  lastConversationAt: unknown;
  priorityFlagCount: string | number;
  openPriorityFlagCount: string | number;
}

const NO_STATS: MentorshipStats = { conversationCount: 0, lastConversationAt: null, priorityFlagCount: 0, openPriorityFlagCount: 0 };

/** Counts conversations and flags of each mentorship in one SQL statement. */
export async function loadMentorshipStats(scope: TenantScope, mentorshipIds: readonly string[]): Promise<MentorshipStats[]> {
  const rows = await scope
    .select(Mentorship, "mentorship")
    .select("mentorship.id", "id")
    .addSelect(conversationCountSql("mentorship"), "conversationCount")
    .addSelect(lastConversationAtSql("mentorship"), "lastConversationAt")
    .addSelect(priorityFlagCountSql("mentorship"), "priorityFlagCount")
    .addSelect(openPriorityFlagCountSql("mentorship"), "openPriorityFlagCount")
    .andWhere("mentorship.id IN (:...mentorshipIds)", { mentorshipIds: [...mentorshipIds] })
    .getRawMany<StatsRow>();

  // MAX() loses the column type, so the driver is asked to read it as `occurredAt` is read.
  const occurredAt = scope.dataSource.getMetadata(Conversation).findColumnWithPropertyName("occurredAt");
  const byId = new Map(
    rows.map((row) => [
      row.id,
      {
        // PostgreSQL returns COUNT(*) as a bigint string.
        conversationCount: Number(row.conversationCount),
        lastConversationAt: row.lastConversationAt == null || !occurredAt ? null : (scope.dataSource.driver.prepareHydratedValue(row.lastConversationAt, occurredAt) as Date),
        priorityFlagCount: Number(row.priorityFlagCount),
        openPriorityFlagCount: Number(row.openPriorityFlagCount),
      },
    ]),
  );

  return mentorshipIds.map((id) => byId.get(id) ?? NO_STATS);
}
