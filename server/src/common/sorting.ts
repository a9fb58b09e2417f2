import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { SortDirection } from "./sort-direction.enum";

/** One ORDER BY term: a SQL expression and its direction. */
export interface SortTerm {
  expression: string;
  direction: SortDirection;
  /** Puts rows whose expression is NULL after all others, in either direction. */
  nullsLast?: boolean;
}

/** Expands terms so NULL placement is explicit, because SQLite and PostgreSQL place NULLs differently by default. */
function expandTerms(terms: SortTerm[]): Array<{ expression: string; direction: SortDirection }> {
  return terms.flatMap((term) =>
    term.nullsLast
      ? [
          { expression: `CASE WHEN ${term.expression} IS NULL THEN 1 ELSE 0 END`, direction: SortDirection.ASC },
          { expression: term.expression, direction: term.direction },
        ]
      : [{ expression: term.expression, direction: term.direction }],
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
