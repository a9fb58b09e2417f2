import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { SortDirection } from "./sort-direction.enum";

/**
 * Kind of value a sort expression returns, which a keyset cursor stores and checks:
 * `instant` and `date` are written as ISO 8601 text, `id` is a typed id.
 */
export type SortValueType = "text" | "number" | "instant" | "date" | "id";

/** One ORDER BY term: a SQL expression and its direction. */
export interface SortTerm {
  expression: string;
  direction: SortDirection;
  /**
   * Puts rows whose expression is NULL after all others, in either direction. Keyset pages
   * require it on every expression that can be NULL.
   */
  nullsLast?: boolean;
  /** Kind of value the expression returns; required by keyset pages, unused by nested lists. */
  valueType?: SortValueType;
}

/**
 * Expands terms so NULL placement is explicit, because SQLite and PostgreSQL place NULLs
 * differently by default. A `nullsLast` term becomes a NOT NULL flag term (0 for a value, 1 for
 * NULL) followed by the term itself, which is then NULL only where the flag is 1.
 */
export function expandTerms(terms: SortTerm[]): SortTerm[] {
  return terms.flatMap((term) =>
    term.nullsLast
      ? [
          { expression: `CASE WHEN ${term.expression} IS NULL THEN 1 ELSE 0 END`, direction: SortDirection.ASC, valueType: "number" as const },
          { expression: term.expression, direction: term.direction, valueType: term.valueType, nullsLast: true },
        ]
      : [{ expression: term.expression, direction: term.direction, valueType: term.valueType }],
  );
}

/** Replaces the ORDER BY of a query with the given terms. */
export function orderByTerms<E extends ObjectLiteral>(query: SelectQueryBuilder<E>, terms: SortTerm[]): SelectQueryBuilder<E> {
  query.orderBy();
  for (const term of expandTerms(terms)) {
    query.addOrderBy(term.expression, term.direction);
  }

  return query;
}

/** The same terms written for a window function, as in `ROW_NUMBER() OVER (PARTITION BY … ORDER BY …)`. */
export function windowOrderBy(terms: SortTerm[]): string {
  return expandTerms(terms)
    .map((term) => `${term.expression} ${term.direction}`)
    .join(", ");
}
