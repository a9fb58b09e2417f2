import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { TenantEntity } from "../db/entities";
import { orderByTerms, type SortTerm, windowOrderBy } from "./sorting";
import type { TenantScope } from "./tenant-scope";

export interface FirstPerParentOptions<E extends ObjectLiteral> {
  scope: TenantScope;
  entity: TenantEntity & (new () => E);
  /** Ids of the parents whose rows are requested, such as mentorship ids. */
  parentIds: readonly string[];
  /** Largest number of rows returned per parent. */
  limit: number;
  /**
   * Limits a query on `alias` to rows of the parents bound as `:...parentIds`, adding a join if
   * needed, and returns the SQL expression of a row's parent id.
   */
  joinParents: (query: SelectQueryBuilder<E>, alias: string) => string;
  /** Ids of the requested parents that a loaded row belongs to. */
  parentIdsOf: (row: E) => string[];
  /** Adds the list's filter conditions to a query on `alias`. */
  applyFilter: (query: SelectQueryBuilder<E>, alias: string) => void;
  /** The list's sort, written for `alias`; it must end with a unique column so the order is total. */
  sortTerms: (alias: string) => SortTerm[];
}

/**
 * Loads the first `limit` rows of each parent, filtered and sorted, in one SQL statement:
 * a window function ranks the rows within each parent and the outer query keeps the top ranks.
 * Returns one list per parent id, in the order of `parentIds`.
 */
export async function findFirstPerParent<E extends ObjectLiteral>(options: FirstPerParentOptions<E>): Promise<E[][]> {
  const { scope, entity, parentIds, limit } = options;

  const ranked = scope.select(entity, "ranked").setParameter("parentIds", [...parentIds]);
  const partition = options.joinParents(ranked, "ranked");
  ranked.select("ranked.id", "id").addSelect(`ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY ${windowOrderBy(options.sortTerms("ranked"))})`, "row_rank");
  options.applyFilter(ranked, "ranked");

  const query = scope
    .select(entity, "row")
    .andWhere(`row.id IN (SELECT ranked_rows.id FROM (${ranked.getQuery()}) ranked_rows WHERE ranked_rows.row_rank <= :rowLimit)`)
    .setParameters({ ...ranked.getParameters(), rowLimit: limit });
  orderByTerms(query, options.sortTerms("row"));
  const rows = await query.getMany();

  // A row can belong to several parents (a participant's mentorship has two participants), and
  // then also appears because of another parent's ranks, so each list is cut to `limit` again.
  const lists = new Map<string, E[]>(parentIds.map((id) => [id, []]));
  for (const row of rows) {
    for (const parentId of options.parentIdsOf(row)) {
      lists.get(parentId)?.push(row);
    }
  }

  return parentIds.map((id) => (lists.get(id) ?? []).slice(0, limit));
}
