import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { DatabaseEngine } from "../db/column-types";
import {
  buildConnection,
  type Connection,
  type CursorValue,
  type Edge,
  encodeCursor,
  invalidCursorError,
  type PageArgs,
  type PageRequest,
  pageRequest,
} from "./pagination";
import { SortDirection } from "./sort-direction.enum";
import { expandTerms, type SortTerm, type SortValueType } from "./sorting";

/** Inputs of a keyset page read for one top-level list. */
export interface KeysetPageOptions<E extends ObjectLiteral & { id: string }> {
  /** The tenant-scoped, filtered query over the row `alias`; its ORDER BY and LIMIT are replaced. */
  query: SelectQueryBuilder<E>;
  /**
   * The list and sort the cursors belong to, such as `mentorships:MATCHED_ON:DESC`. A cursor
   * with another sort key is rejected, because its values would mean something else.
   */
  sortKey: string;
  /** The sort, ending with the row id so the order is total; every term states its `valueType`. */
  terms: SortTerm[];
  args: PageArgs;
  engine: DatabaseEngine;
  /** Counts every row the filter matches, for `totalCount`. */
  countTotal: () => Promise<number>;
}

const KEY_COLUMN_PREFIX = "keyset_";
const MAX_TEXT_VALUE_LENGTH = 2000;
const INSTANT_TEXT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z?$/;
const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;
const TYPED_ID_TEXT = /^[a-z]{3}_[0-9a-f]{32}$/;

/**
 * Reads one page of a list by key: the cursor contains its row's sort values and id, and the page
 * is the rows that sort strictly after (or before) them, found with a WHERE on the sort
 * expressions rather than OFFSET. A deep page therefore costs what the first page costs, as far
 * as the database can walk the sort along an index.
 */
export async function findKeysetPage<E extends ObjectLiteral & { id: string }>(options: KeysetPageOptions<E>): Promise<Connection<E>> {
  const request = pageRequest(options.args);
  const terms = expandTerms(options.terms);
  const { query, engine } = options;
  const alias = query.alias;

  if (request.cursor) {
    checkCursorFits(request, options.sortKey, terms);
    query.andWhere(keysetCondition(terms, request), keysetParameters(request.cursor.values, terms));
  }

  const readDirection = (term: SortTerm) => (request.direction === "forward" ? term.direction : reversed(term.direction));
  query.orderBy();
  terms.forEach((term, index) => {
    query.addSelect(cursorValueSql(engine, term), `${KEY_COLUMN_PREFIX}${index}`);
    query.addOrderBy(term.expression, readDirection(term));
  });
  query.limit(request.limit + 1);

  const { entities, raw } = await query.getRawAndEntities();
  const rawById = new Map<string, Record<string, unknown>>(raw.map((row: Record<string, unknown>) => [String(row[`${alias}_id`]), row]));
  const hasMore = entities.length > request.limit;
  const pageRows = entities.slice(0, request.limit);
  if (request.direction === "backward") {
    pageRows.reverse();
  }

  const edges: Array<Edge<E>> = pageRows.map((node) => ({
    node,
    cursor: encodeCursor({ sortKey: options.sortKey, values: terms.map((term, index) => cursorValueOf(term, rawById.get(node.id)?.[`${KEY_COLUMN_PREFIX}${index}`])) }),
  }));

  return buildConnection(edges, request, hasMore, options.countTotal);
}

function reversed(direction: SortDirection): SortDirection {
  return direction === SortDirection.ASC ? SortDirection.DESC : SortDirection.ASC;
}

/** Throws BAD_USER_INPUT unless the cursor came from this list and sort and every value has the type its term returns. */
function checkCursorFits(request: PageRequest, sortKey: string, terms: SortTerm[]): void {
  const cursor = request.cursor;
  if (!cursor) {
    return;
  }

  if (cursor.sortKey !== sortKey) {
    throw invalidCursorError(request.cursorArgument, "came from another list or another sort than this request's");
  }
  if (cursor.values.length !== terms.length || !terms.every((term, index) => valueFitsTerm(term, cursor.values[index]))) {
    throw invalidCursorError(request.cursorArgument);
  }
}

function valueFitsTerm(term: SortTerm, value: CursorValue): boolean {
  if (value === null) {
    return term.nullsLast === true;
  }

  return valueFitsType(requiredValueType(term), value);
}

function valueFitsType(type: SortValueType, value: string | number): boolean {
  switch (type) {
    case "number":
      return typeof value === "number";
    case "text":
      return typeof value === "string" && value.length <= MAX_TEXT_VALUE_LENGTH;
    case "instant":
      return typeof value === "string" && INSTANT_TEXT.test(value) && !Number.isNaN(Date.parse(value.replace(" ", "T")));
    case "date":
      return typeof value === "string" && DATE_TEXT.test(value) && !Number.isNaN(Date.parse(value));
    case "id":
      return typeof value === "string" && TYPED_ID_TEXT.test(value);
  }
}

function requiredValueType(term: SortTerm): SortValueType {
  if (!term.valueType) {
    throw new Error(`Sort term "${term.expression}" has no valueType, which keyset pages need`);
  }

  return term.valueType;
}

/**
 * SQL that selects a term's value as the cursor stores it. PostgreSQL instants are written as
 * ISO text with microseconds, because a JavaScript Date keeps only milliseconds and a rounded
 * cursor could repeat or skip rows. SQLite stores instants and dates as text already.
 */
function cursorValueSql(engine: DatabaseEngine, term: SortTerm): string {
  const type = requiredValueType(term);
  if (engine === "postgres" && type === "instant") {
    return `to_char((${term.expression}) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  }
  if (engine === "postgres" && type === "date") {
    return `to_char(${term.expression}, 'YYYY-MM-DD')`;
  }

  // Parentheses keep TypeORM from taking a bare column, such as `row.id`, as the entity's own
  // selection, which the alias would then hide from the entity.
  return `(${term.expression})`;
}

/** Converts a selected key value to what the cursor stores; PostgreSQL returns COUNT(*) as text. */
function cursorValueOf(term: SortTerm, value: unknown): CursorValue {
  if (value === null || value === undefined) {
    return null;
  }

  return term.valueType === "number" ? Number(value) : String(value);
}

/**
 * Builds the condition for rows strictly after the cursor in read order, as nested comparisons
 * from the first term to the id: `t0 >= v0 AND (t0 > v0 OR (t0 = v0 AND (t1 > v1 OR …)))`.
 * The leading `t0 >= v0` repeats what the rest implies, so that the database can start an
 * index range at the cursor instead of filtering every earlier row. A NULL cursor value can
 * occur only in a `nullsLast` term, whose flag term before it already matched, so the rows it
 * ties with are exactly those where the term IS NULL and none sort after it within that flag.
 */
function keysetCondition(terms: SortTerm[], request: PageRequest): string {
  const values = request.cursor?.values ?? [];
  let condition = "";

  for (let index = terms.length - 1; index >= 0; index -= 1) {
    const term = terms[index];
    const parameter = `:${KEY_COLUMN_PREFIX}${index}`;
    const ascending = (term.direction === SortDirection.ASC) === (request.direction === "forward");
    const isLast = index === terms.length - 1;

    if (values[index] === null) {
      condition = isLast ? "1 = 0" : `(${term.expression} IS NULL AND ${condition})`;
      continue;
    }

    const beyond = `${term.expression} ${ascending ? ">" : "<"} ${parameter}`;
    condition = isLast ? beyond : `(${beyond} OR (${term.expression} = ${parameter} AND ${condition}))`;
  }

  const first = terms[0];
  if (values[0] === null || first === undefined) {
    return condition;
  }
  const ascending = (first.direction === SortDirection.ASC) === (request.direction === "forward");

  return `${first.expression} ${ascending ? ">=" : "<="} :${KEY_COLUMN_PREFIX}0 AND ${condition}`;
}

function keysetParameters(values: CursorValue[], terms: SortTerm[]): Record<string, CursorValue> {
  return Object.fromEntries(terms.map((_term, index) => [`${KEY_COLUMN_PREFIX}${index}`, values[index]]));
}
