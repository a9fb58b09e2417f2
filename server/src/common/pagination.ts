import { Max, Min, ValidateBy } from "class-validator";
import { ArgsType, type ClassType, Field, Int, ObjectType } from "type-graphql";

/** Page size of the top-level connections when `first` is omitted. */
export const DEFAULT_PAGE_SIZE = 25;
/** Largest page a top-level connection returns, so one request cannot read a whole table. */
export const MAX_PAGE_SIZE = 100;
/** Size of a nested list field when `first` is omitted. */
export const DEFAULT_LIST_SIZE = 100;
/** Largest nested list field, such as the survey responses of one mentorship. */
export const MAX_LIST_SIZE = 500;

const CURSOR_PREFIX = "offset:";

/*
 * NOTE: cursors are offset-based: a cursor encodes the position of its row in the sorted
 * list. Deep pages cost more, because the database still walks every earlier row, and a row
 * inserted or deleted before the cursor shifts the next page by one.
 */

/** Encodes the zero-based position of a row in its sorted list as an opaque cursor. */
export function encodeCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`).toString("base64url");
}

/**
 * Returns the position a cursor encodes, or null when the value is not exactly a cursor this API
 * returns: the position must be written in decimal digits without a sign, spaces or leading
 * zeros, and the cursor must be base64url without padding.
 */
export function decodeCursor(cursor: string): number | null {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  if (!decoded.startsWith(CURSOR_PREFIX)) {
    return null;
  }

  const digits = decoded.slice(CURSOR_PREFIX.length);
  if (!/^(0|[1-9][0-9]*)$/.test(digits)) {
    return null;
  }

  const position = Number(digits);
  if (!Number.isSafeInteger(position) || encodeCursor(position) !== cursor) {
    return null;
  }

  return position;
}

/** Accepts only cursors that this API returned in `endCursor` or an edge's `cursor`. */
function IsCursor(): PropertyDecorator {
  return ValidateBy({
    name: "isCursor",
    validator: {
      validate: (value: unknown) => typeof value === "string" && decodeCursor(value) !== null,
      defaultMessage: () => "after must be a cursor returned by this API, such as a previous page's `pageInfo.endCursor`.",
    },
  });
}

/** Arguments shared by every top-level connection. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Number of rows to return, from 1 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted or null.`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last row already read (`pageInfo.endCursor` of the previous page); the page starts after it. Omit for the first page.",
  })
  @IsCursor()
  after?: string | null;
}

/** Rows to skip and to read for one page. */
export interface PageWindow {
  offset: number;
  limit: number;
}

/** Turns `first` and `after` into the rows to read. */
export function pageWindow(args: PageArgs): PageWindow {
  const afterPosition = args.after ? decodeCursor(args.after) : null;

  return { offset: afterPosition === null ? 0 : afterPosition + 1, limit: args.first ?? DEFAULT_PAGE_SIZE };
}

@ObjectType({ description: "Where a page sits in its list, and the cursors to move from it." })
export class PageInfo {
  @Field(() => Boolean, { description: "Whether rows follow this page; pass `endCursor` as `after` to read them." })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "Whether rows come before this page." })
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
 * Builds a connection from the rows read for `window`, where the caller read up to
 * `window.limit + 1` rows so that the extra row shows whether a next page exists.
 */
export function buildConnection<T>(rows: T[], window: PageWindow, countTotal: () => Promise<number>): Connection<T> {
  const pageRows = rows.slice(0, window.limit);
  const edges = pageRows.map((node, index) => ({ cursor: encodeCursor(window.offset + index), node }));
  let total: Promise<number> | undefined;

  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > window.limit,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
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
    @Field(() => String, { description: "Opaque cursor of this row; pass it as `after` to read the rows that follow it." })
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
