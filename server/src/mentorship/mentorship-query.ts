import type { SelectQueryBuilder } from "typeorm";
import { SortDirection } from "../common/sort-direction.enum";
import type { SortTerm } from "../common/sorting";
import type { DatabaseEngine } from "../db/column-types";
import { byteOrderedText, qualifiedColumn } from "../common/sql-dialect";
import { nameSearchCondition, nameSearchParameters } from "../participant/participant-name-search";
import {
  conversationCountSql,
  lastConversationAtSql,
  openPriorityFlagCountSql,
  participantSortNameSql,
  priorityFlagCountSql,
  programNameSql,
} from "./mentorship-aggregates";
import type { MentorshipFilter } from "./mentorship-filter.input";
import { type MentorshipSort, MentorshipSortField } from "./mentorship-sort.input";
import type { Mentorship } from "./mentorship.entity";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Adds the conditions of a mentorship filter to a query on the mentorship row `alias`.
 * Parameter names carry the alias, so the same filter can be applied twice to one statement.
 */
export function applyMentorshipFilter(query: SelectQueryBuilder<Mentorship>, alias: string, filter: MentorshipFilter | null | undefined): void {
  if (!filter) {
    return;
  }

  if (filter.programIds) {
    query.andWhere(filter.programIds.length > 0 ? `${alias}.programId IN (:...${alias}ProgramIds)` : "1 = 0", { [`${alias}ProgramIds`]: filter.programIds });
  }
  if (filter.statuses) {
    query.andWhere(filter.statuses.length > 0 ? `${alias}.status IN (:...${alias}Statuses)` : "1 = 0", { [`${alias}Statuses`]: filter.statuses });
  }
  if (filter.matchedFrom) {
    query.andWhere(`${alias}.matchedOn >= :${alias}MatchedFrom`, { [`${alias}MatchedFrom`]: filter.matchedFrom });
  }
  if (filter.matchedTo) {
    query.andWhere(`${alias}.matchedOn <= :${alias}MatchedTo`, { [`${alias}MatchedTo`]: filter.matchedTo });
  }
  if (filter.search?.trim()) {
    const person = `${alias}_person`;
    query.andWhere(
      `EXISTS (SELECT 1 FROM "participant" "${person}" WHERE ${qualifiedColumn(person, "id")} IN (${alias}.mentorId, ${alias}.menteeId) AND ${qualifiedColumn(person, "partnerId")} = :tenantPartnerId AND ${nameSearchCondition(person)})`,
      nameSearchParameters(filter.search),
    );
  }
  if (filter.hasOpenPriorityFlags != null) {
    query.andWhere(`${openPriorityFlagCountSql(alias)} ${filter.hasOpenPriorityFlags ? ">" : "="} 0`);
  }
  if (filter.updatedSince) {
    query.andWhere(`${alias}.updatedAt >= :${alias}UpdatedSince`, { [`${alias}UpdatedSince`]: filter.updatedSince });
  }
  if (filter.noConversationForDays != null) {
    const quiet = `${alias}_recent_conversation`;
    query.andWhere(
      `NOT EXISTS (SELECT 1 FROM "conversation" "${quiet}" WHERE ${qualifiedColumn(quiet, "mentorshipId")} = ${alias}.id AND ${qualifiedColumn(quiet, "partnerId")} = :tenantPartnerId AND ${qualifiedColumn(quiet, "occurredAt")} >= :${alias}QuietSince)`,
      { [`${alias}QuietSince`]: new Date(Date.now() - filter.noConversationForDays * DAY_MS) },
    );
  }
}

/**
 * Sort terms of a mentorship list over the mentorship row `alias`, ending with the id so the order is total.
 *
 * NOTE: only MATCHED_ON and STATUS sort along an index. The other fields sort by a correlated
 * subquery per mentorship, so the database reads all of the partner's filtered mentorships first.
 */
export function mentorshipSortTerms(engine: DatabaseEngine, alias: string, sort: MentorshipSort | null | undefined): SortTerm[] {
  const field = sort?.field ?? MentorshipSortField.MATCHED_ON;
  const direction = sort?.direction ?? SortDirection.DESC;

  if (field === MentorshipSortField.MATCHED_ON) {
    return [
      { expression: `${alias}.matchedOn`, direction, valueType: "date" },
      { expression: `${alias}.id`, direction, valueType: "id" },
    ];
  }
  if (field === MentorshipSortField.UPDATED_AT) {
    return [
      { expression: `${alias}.updatedAt`, direction, valueType: "instant" },
      { expression: `${alias}.id`, direction, valueType: "id" },
    ];
  }

  const primary: Record<Exclude<MentorshipSortField, MentorshipSortField.MATCHED_ON | MentorshipSortField.UPDATED_AT>, SortTerm> = {
    STATUS: { expression: `${alias}.status`, direction, valueType: "text" },
    PROGRAM_NAME: { expression: byteOrderedText(engine, programNameSql(alias)), direction, valueType: "text" },
    MENTOR_NAME: { expression: byteOrderedText(engine, participantSortNameSql(alias, "mentorId")), direction, valueType: "text" },
    MENTEE_NAME: { expression: byteOrderedText(engine, participantSortNameSql(alias, "menteeId")), direction, valueType: "text" },
    CONVERSATION_COUNT: { expression: conversationCountSql(alias), direction, valueType: "number" },
    FLAG_COUNT: { expression: priorityFlagCountSql(alias), direction, valueType: "number" },
    OPEN_FLAG_COUNT: { expression: openPriorityFlagCountSql(alias), direction, valueType: "number" },
    LAST_CONVERSATION_AT: { expression: lastConversationAtSql(alias), direction, nullsLast: true, valueType: "instant" },
  };

  return [
    primary[field],
    { expression: `${alias}.matchedOn`, direction: SortDirection.DESC, valueType: "date" },
    { expression: `${alias}.id`, direction: SortDirection.ASC, valueType: "id" },
  ];
}
