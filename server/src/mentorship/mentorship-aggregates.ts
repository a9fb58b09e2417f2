import { foldedText, qualifiedColumn } from "../common/sql-dialect";

/*
 * Correlated subqueries over the mentorship row `alias`, shared by the list's sort and the
 * per-mentorship numbers, so the list sorts by exactly the values the details page shows.
 * Each also filters by the viewer's partner, bound as `:tenantPartnerId` by TenantScope.
 */

const OPEN_FLAG_STATUSES = "('OPEN', 'IN_PROGRESS')";

/** Number of conversations of the mentorship, from every source. */
export function conversationCountSql(alias: string): string {
  return `(SELECT COUNT(*) FROM "conversation" "counted_conversation" WHERE ${qualifiedColumn("counted_conversation", "mentorshipId")} = ${alias}.id AND ${qualifiedColumn("counted_conversation", "partnerId")} = :tenantPartnerId)`;
}

/** When the mentorship's latest conversation took place, from every source; NULL when there is none. */
export function lastConversationAtSql(alias: string): string {
  return `(SELECT MAX(${qualifiedColumn("latest_conversation", "occurredAt")}) FROM "conversation" "latest_conversation" WHERE ${qualifiedColumn("latest_conversation", "mentorshipId")} = ${alias}.id AND ${qualifiedColumn("latest_conversation", "partnerId")} = :tenantPartnerId)`;
}

/** Number of priority flags of the mentorship, whatever their status. */
export function priorityFlagCountSql(alias: string): string {
  return `(SELECT COUNT(*) FROM "priority_flag" "counted_flag" WHERE ${qualifiedColumn("counted_flag", "mentorshipId")} = ${alias}.id AND ${qualifiedColumn("counted_flag", "partnerId")} = :tenantPartnerId)`;
}

/** Number of the mentorship's flags that are still OPEN or IN_PROGRESS. */
export function openPriorityFlagCountSql(alias: string): string {
  return `(SELECT COUNT(*) FROM "priority_flag" "open_flag" WHERE ${qualifiedColumn("open_flag", "mentorshipId")} = ${alias}.id AND ${qualifiedColumn("open_flag", "partnerId")} = :tenantPartnerId AND ${qualifiedColumn("open_flag", "status")} IN ${OPEN_FLAG_STATUSES})`;
}

/** The program's name in lower case, for sorting. */
export function programNameSql(alias: string): string {
  return `(SELECT lower(${qualifiedColumn("sort_program", "name")}) FROM "program" "sort_program" WHERE ${qualifiedColumn("sort_program", "id")} = ${alias}.programId)`;
}

/** A participant's folded "last given" name, for sorting; `participantColumn` is `mentorId` or `menteeId`. */
export function participantSortNameSql(alias: string, participantColumn: "mentorId" | "menteeId"): string {
  const lastName = qualifiedColumn("sort_participant", "lastName");
  const givenName = `COALESCE(NULLIF(TRIM(${qualifiedColumn("sort_participant", "preferredName")}), ''), ${qualifiedColumn("sort_participant", "firstName")})`;

  return `(SELECT ${foldedText(`${lastName} || ' ' || ${givenName}`)} FROM "participant" "sort_participant" WHERE ${qualifiedColumn("sort_participant", "id")} = ${alias}.${participantColumn})`;
}
