import type { SelectQueryBuilder } from "typeorm";
import { byteOrderedText, foldedText, qualifiedColumn } from "../common/sql-dialect";
import { SortDirection } from "../common/sort-direction.enum";
import type { SortTerm } from "../common/sorting";
import type { DatabaseEngine } from "../db/column-types";
import { FlagStatus } from "./flag-enums";
import type { PriorityFlagFilter } from "./priority-flag-filter.input";
import { type PriorityFlagSort, PriorityFlagSortField } from "./priority-flag-sort.input";
import type { PriorityFlag } from "./priority-flag.entity";

/** Adds the conditions of a flag filter to a query on the flag row `alias`. */
export function applyPriorityFlagFilter(query: SelectQueryBuilder<PriorityFlag>, alias: string, filter: PriorityFlagFilter | null | undefined): void {
  if (!filter) {
    return;
  }

  if (filter.statuses) {
    query.andWhere(filter.statuses.length > 0 ? `${alias}.status IN (:...flagStatuses)` : "1 = 0", { flagStatuses: filter.statuses });
  }
  if (filter.categoryIds) {
    query.andWhere(filter.categoryIds.length > 0 ? `${alias}.categoryId IN (:...flagCategoryIds)` : "1 = 0", { flagCategoryIds: filter.categoryIds });
  }
  if (filter.urgent != null) {
    query.andWhere(`${alias}.urgent = :flagUrgent`, { flagUrgent: filter.urgent });
  }
  if (filter.reportedFrom) {
    query.andWhere(`${alias}.reportedAt >= :flagReportedFrom`, { flagReportedFrom: filter.reportedFrom });
  }
  if (filter.reportedTo) {
    query.andWhere(`${alias}.reportedAt <= :flagReportedTo`, { flagReportedTo: filter.reportedTo });
  }
  if (filter.updatedSince) {
    query.andWhere(`${alias}.updatedAt >= :flagUpdatedSince`, { flagUpdatedSince: filter.updatedSince });
  }
  if (filter.programIds) {
    query.andWhere(filter.programIds.length > 0 ? `${alias}.programId IN (:...flagProgramIds)` : "1 = 0", { flagProgramIds: filter.programIds });
  }
  if (filter.assigneeIds) {
    query.andWhere(filter.assigneeIds.length > 0 ? `${alias}.assigneeId IN (:...flagAssigneeIds)` : "1 = 0", { flagAssigneeIds: filter.assigneeIds });
  }
  if (filter.assigned != null) {
    query.andWhere(`${alias}.assigneeId IS ${filter.assigned ? "NOT NULL" : "NULL"}`);
  }
}

/**
 * Whole seconds from the flag's report to the instant in `column`, or to now while that is NULL,
 * so that a flag still waiting sorts by how long it has waited so far.
 *
 * NOTE: a waiting flag's value grows between two page requests. Paging this sort while flags wait
 * can therefore skip or repeat a flag near the page boundary. The other flag sorts are stable.
 */
function secondsSinceReportSql(engine: DatabaseEngine, alias: string, column: "firstResponseAt" | "resolvedAt"): string {
  if (engine === "postgres") {
    return `FLOOR(EXTRACT(EPOCH FROM (COALESCE(${alias}.${column}, now()) - ${alias}.reportedAt)))`;
  }

  return `CAST((julianday(COALESCE(${alias}.${column}, 'now')) - julianday(${alias}.reportedAt)) * 86400 AS INTEGER)`;
}

/** Selects, in lower case, `column` of the `table` row that the flag's `foreignKey` points to. */
function referencedTextSql(alias: string, table: string, column: string, foreignKey: string): string {
  return `(SELECT lower(${qualifiedColumn("sort_ref", column)}) FROM "${table}" "sort_ref" WHERE ${qualifiedColumn("sort_ref", "id")} = ${alias}.${foreignKey})`;
}

/** Selects the folded "last given" name of the participant the flag is about. */
function subjectSortNameSql(alias: string): string {
  const lastName = qualifiedColumn("sort_subject", "lastName");
  const givenName = `COALESCE(NULLIF(TRIM(${qualifiedColumn("sort_subject", "preferredName")}), ''), ${qualifiedColumn("sort_subject", "firstName")})`;

  return `(SELECT ${foldedText(`${lastName} || ' ' || ${givenName}`)} FROM "participant" "sort_subject" WHERE ${qualifiedColumn("sort_subject", "id")} = ${alias}.subjectId)`;
}

/** Sort terms of a flag list over the flag row `alias`, ending with the id so the order is total. */
export function priorityFlagSortTerms(engine: DatabaseEngine, alias: string, sort: PriorityFlagSort | null | undefined): SortTerm[] {
  const direction = sort?.direction ?? SortDirection.DESC;
  const field = sort?.field ?? PriorityFlagSortField.REPORTED_AT;

  if (field === PriorityFlagSortField.TIME_TO_FIRST_RESPONSE || field === PriorityFlagSortField.TIME_TO_RESOLUTION) {
    const column = field === PriorityFlagSortField.TIME_TO_FIRST_RESPONSE ? "firstResponseAt" : "resolvedAt";
    return [
      { expression: secondsSinceReportSql(engine, alias, column), direction, valueType: "number" },
      { expression: `${alias}.reportedAt`, direction: SortDirection.DESC, valueType: "instant" },
      { expression: `${alias}.id`, direction: SortDirection.ASC, valueType: "id" },
    ];
  }

  const byReferencedText: Partial<Record<PriorityFlagSortField, SortTerm>> = {
    CATEGORY: { expression: byteOrderedText(engine, referencedTextSql(alias, "flag_category", "label", "categoryId")), direction, valueType: "text" },
    PROGRAM_NAME: { expression: byteOrderedText(engine, referencedTextSql(alias, "program", "name", "programId")), direction, valueType: "text" },
    SUBJECT_NAME: { expression: byteOrderedText(engine, subjectSortNameSql(alias)), direction, valueType: "text" },
    ASSIGNEE_NAME: {
      expression: byteOrderedText(engine, referencedTextSql(alias, "staff_user", "displayName", "assigneeId")),
      direction,
      nullsLast: true,
      valueType: "text",
    },
    URGENCY: { expression: `CASE WHEN ${alias}.urgent THEN 1 ELSE 0 END`, direction, valueType: "number" },
  };
  const primary = byReferencedText[field];
  if (primary) {
    return [
      primary,
      { expression: `${alias}.reportedAt`, direction: SortDirection.DESC, valueType: "instant" },
      { expression: `${alias}.id`, direction: SortDirection.ASC, valueType: "id" },
    ];
  }

  if (field === PriorityFlagSortField.STATUS) {
    const workflowOrder = `CASE ${alias}.status WHEN '${FlagStatus.OPEN}' THEN 0 WHEN '${FlagStatus.IN_PROGRESS}' THEN 1 ELSE 2 END`;
    return [
      { expression: workflowOrder, direction, valueType: "number" },
      { expression: `${alias}.reportedAt`, direction: SortDirection.DESC, valueType: "instant" },
      { expression: `${alias}.id`, direction: SortDirection.ASC, valueType: "id" },
    ];
  }

  return [
    { expression: field === PriorityFlagSortField.UPDATED_AT ? `${alias}.updatedAt` : `${alias}.reportedAt`, direction, valueType: "instant" },
    { expression: `${alias}.id`, direction, valueType: "id" },
  ];
}
