import { Max, Min } from "class-validator";
import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";
import { BadUserInputError } from "./errors";

/** Page size of the top-level connections when `first` is omitted. */
export const DEFAULT_PAGE_SIZE = 25;
/** Largest page a top-level connection returns, so one request cannot read a whole table. */
export const MAX_PAGE_SIZE = 100;
/** Size of a nested list field when `first` is omitted. */
export const DEFAULT_LIST_SIZE = 100;
/** Largest nested list field, such as the survey responses of one mentorship. */
export const MAX_LIST_SIZE = 500;

/**
 * One value of a cursor: a sort expression's value of its row, as the database returned it
 * (instants and dates as ISO 8601 text), or null for a NULL in a nullable sort expression.
 */
export type CursorValue = string | number | null;

/** Contents of a keyset cursor: the sort it belongs to and its row's sort values, the row id last. */
export interface DecodedCursor {
  /** The list and sort the cursor came from, such as `mentorships:MATCHED_ON:DESC`. */
  sortKey: string;
  values: CursorValue[];
}

/** Encodes a row's sort values as an opaque cursor: base64url of a JSON array, without padding. */
export function encodeCursor(cursor: DecodedCursor): string {
  return Buffer.from(JSON.stringify([cursor.sortKey, ...cursor.values])).toString("base64url");
}

/**
 * Returns what a cursor contains, or null when the value is not exactly a cursor this API
 * returns: it must decode to a JSON array of a sort key and text, number or null values, and
 * encoding the result again must give the same text, so no padding, spacing or other variant
 * passes. Whether the values fit the list's sort is checked where the page is read.
 */
export function decodeCursor(cursor: string): DecodedCursor | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }

  if (!Array.isArray(parsed) || parsed.length < 2 || typeof parsed[0] !== "string") {
    return null;
  }

  const values = parsed.slice(1);
  if (!values.every((value) => value === null || typeof value === "string" || (typeof value === "number" && Number.isFinite(value)))) {
    return null;
  }

  const decoded: DecodedCursor = { sortKey: parsed[0], values: values as CursorValue[] };
  if (encodeCursor(decoded) !== cursor) {
    return null;
  }

  return decoded;
}

const PAGE_DIRECTION_NOTE =
  "Rows are read by key (the sort values and the id of the cursor's row), so rows inserted or deleted elsewhere in the list never shift a page. With a sort on a column that cannot change (`CREATED_AT`, `REPORTED_AT`, `SUBMITTED_AT` or the id tie-breaker), paging never skips or repeats a row. With a sort on a column that can change (a name, a status, a count, `UPDATED_AT`), a row whose value changes while you page moves: it can show up twice, or not at all if it moves behind the cursor.";

/** Arguments shared by every top-level connection: `first`/`after` to page forward, `last`/`before` to page backward. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Number of rows to return from the start of the list, or after \`after\`: 1 to ${MAX_PAGE_SIZE}. When neither \`first\` nor \`last\` is given, the page has ${DEFAULT_PAGE_SIZE} rows. Cannot be combined with \`last\` or \`before\`.`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `Cursor of the last row already read (\`pageInfo.endCursor\` of the previous page); the page starts after it. Omit for the first page. A cursor works only with the list and \`sort\` it came from. ${PAGE_DIRECTION_NOTE}`,
  })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Number of rows to return from the end of the list, or before \`before\`: 1 to ${MAX_PAGE_SIZE}. Rows still come in the requested order. Cannot be combined with \`first\` or \`after\`.`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  last?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the first row already read (`pageInfo.startCursor` of the following page); the page ends before it. A cursor works only with the list and `sort` it came from.",
  })
  before?: string | null;
}

/** Page to read: its direction, size and the cursor it starts from. */
export interface PageRequest {
  /** `forward` reads rows after the cursor in the list's order; `backward` reads rows before it. */
  direction: "forward" | "backward";
  limit: number;
  cursor: DecodedCursor | null;
  /** The argument the cursor came from, named in errors about it. */
  cursorArgument: "after" | "before";
}

/**
 * Reads `first`/`after` or `last`/`before` into a page request, or throws BAD_USER_INPUT when
 * the arguments mix the two directions or a cursor is not one this API returned.
 */
export function pageRequest(args: PageArgs): PageRequest {
  const forward = args.first != null || args.after != null;
  const backward = args.last != null || args.before != null;
  if (forward && backward) {
    const argumentName = args.last != null ? "last" : "before";
    throw new BadUserInputError(argumentName, `${argumentName} cannot be combined with first or after: page forward with first/after or backward with last/before.`);
  }

  const cursorArgument = backward ? "before" : "after";
  const cursorText = backward ? args.before : args.after;
  const cursor = cursorText == null ? null : decodeCursor(cursorText);
  if (cursorText != null && cursor === null) {
    throw invalidCursorError(cursorArgument);
  }

  return {
    direction: backward ? "backward" : "forward",
    limit: (backward ? args.last : args.first) ?? DEFAULT_PAGE_SIZE,
    cursor,
    cursorArgument,
  };
}

/** The error for a cursor that this API did not return for this list and sort. */
export function invalidCursorError(argumentName: string, reason = "is not a cursor returned by this API"): BadUserInputError {
  return new BadUserInputError(
    argumentName,
    `Invalid ${argumentName}: the value ${reason}. Pass a \`pageInfo.endCursor\`, \`pageInfo.startCursor\` or edge \`cursor\` of the same list with the same sort, or omit it to start from the beginning.`,
  );
}

@ObjectType({ description: "Where a page sits in its list, and the cursors to move from it." })
export class PageInfo {
  @Field(() => Boolean, {
    description:
      "Whether rows follow this page; pass `endCursor` as `after` to read them. When paging backward with `before`, it is true because the `before` row followed, even if that row has since been deleted.",
  })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description:
      "Whether rows come before this page; pass `startCursor` as `before` to read them. When paging forward with `after`, it is true because the `after` row came before, even if that row has since been deleted.",
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first row of this page; null when the page is empty." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last row of this page; null when the page is empty." })
  endCursor!: string | null;
}

/** One row of a page and its cursor. */
export interface Edge<T> {
  cursor: string;
  node: T;
}

/** A page of rows with the total size of the list, counted only when the field is requested. */
export interface Connection<T> {
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
  readonly totalCount: Promise<number>;
}

/**
 * Builds a connection from one page of rows in list order and their cursors. `hasMore` is
 * whether the query found a row beyond the page in the direction it read.
 */
export function buildConnection<T>(
  page: Array<Edge<T>>,
  request: PageRequest,
  hasMore: boolean,
  countTotal: () => Promise<number>,
): Connection<T> {
  let total: Promise<number> | undefined;
  const forward = request.direction === "forward";

  return {
    edges: page,
    pageInfo: {
      // Rows on the side the cursor came from are known to exist only by the cursor itself.
      hasNextPage: forward ? hasMore : request.cursor !== null,
      hasPreviousPage: forward ? request.cursor !== null : hasMore,
      startCursor: page[0]?.cursor ?? null,
      endCursor: page[page.length - 1]?.cursor ?? null,
    },
    // A getter, so the count statement runs only when a query selects `totalCount`.
    get totalCount() {
      total ??= countTotal();
      return total;
    },
  };
}

/**
 * Declares the GraphQL edge type `<NodeName>Edge` and a base class for `<NodeName>Connection`,
 * which the caller extends and decorates with its own `@ObjectType`.
 */
export function ConnectionType<T extends object>(nodeType: ClassType<T>, nodeName: string, nouns: { singular: string; plural: string }) {
  @ObjectType(`${nodeName}Edge`, { description: `One ${nouns.singular} of a page, with its cursor.` })
  class NodeEdge {
    @Field(() => String, { description: "Opaque cursor of this row; pass it as `after` to read the rows that follow it, or as `before` for the rows before it." })
    cursor!: string;

    @Field(() => nodeType, { description: `The ${nouns.singular}.` })
    node!: T;
  }

  // Never referenced by a field itself, so the schema contains only the subclasses.
  @ObjectType()
  abstract class NodeConnection {
    @Field(() => [NodeEdge], { description: "Rows of this page, in the requested order." })
    edges!: NodeEdge[];

    @Field(() => PageInfo, { description: "Whether more rows exist before or after this page, and the cursors to read them." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `Number of ${nouns.plural} that match the filter, across all pages.` })
    totalCount!: number | Promise<number>;
  }

  return NodeConnection;
}

/** Size argument of every list field that is not a connection, such as a mentorship's conversations. */
@ArgsType()
export class ListArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_LIST_SIZE,
    description: `Largest number of rows to return, from 1 to ${MAX_LIST_SIZE}; ${DEFAULT_LIST_SIZE} when omitted or null.`,
  })
  @Min(1)
  @Max(MAX_LIST_SIZE)
  first?: number | null;
}

/** Returns the number of rows a list field returns at most. */
export function listLimit(args: ListArgs): number {
  return args.first ?? DEFAULT_LIST_SIZE;
}
