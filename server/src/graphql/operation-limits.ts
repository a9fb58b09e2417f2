/*
 * Limits on the shape and size of one GraphQL operation, checked before any resolver runs. They
 * exist because one authenticated query that nested `mentorship { priorityFlags(first: 500) {
 * mentorship { priorityFlags(first: 500) … } } }` five levels deep ran for a minute and took 4 GB.
 *
 * The dashboard's own operations, measured with these rules on the documents in
 * `client/src/gql/graphql.ts`: MentorshipsPage is 5 levels deep and estimated at 502 objects
 * for a page of 100, MentorshipDetailsPage 4 levels and about 2,900 objects, AppLayout 3 levels.
 * None uses an alias, and none selects more than 2 root fields. The standard introspection query
 * (graphql-js `getIntrospectionQuery`, which GraphiQL sends) is 6 levels deep once `ofType` is
 * left out, and 15 with it.
 */

/**
 * Most lexical tokens (names, punctuation, values) in one request's document, enforced by the
 * parser. It bounds every later step, because graphql-js's own validation rules run on every
 * document and some are quadratic: OverlappingFieldsCanBeMerged compares every pair of fields
 * with the same response name, so `{ viewer { role role … } }` with 10,000 fields kept the
 * server busy for 19 seconds in one measurement. The dashboard's largest operation,
 * MentorshipDetailsPage, has 320 tokens (AppLayout 21, MentorshipsPage 79, counted with
 * graphql-js's lexer on the documents in `client/src/gql/graphql.ts`), and the standard
 * introspection query 163.
 */
export const MAX_TOKENS = 2_000;

/**
 * Most fields, fragment spreads and inline fragments written in one document, checked before
 * graphql-js's validation rules run. The token limit alone still admits about 2,000 fields named
 * alike, which OverlappingFieldsCanBeMerged took about 10 seconds to compare on a development
 * machine, and 500 about 0.7 seconds. MentorshipDetailsPage has 115 selections (MentorshipsPage
 * 25, AppLayout 6), and the standard introspection query 75.
 */
export const MAX_SELECTIONS = 500;

/**
 * Deepest field nesting of an operation, counted through fragments. `__typename` does not count,
 * nor does `__Type.ofType`, which only unwraps list and non-null wrappers: past the schema's most
 * wrapped type it resolves to null, so extra levels cost nothing.
 */
export const MAX_SELECTION_DEPTH = 12;

/** Most fields with an alias in one operation, counting a fragment once per spread. */
export const MAX_ALIASES = 30;

/** Most root fields (such as `mentorships`, `viewer`) in one operation. */
export const MAX_ROOT_FIELDS = 20;

/**
 * Largest estimated number of objects one operation may return. It admits one level of nesting at
 * the largest sizes the API allows: a page of 100 mentorships with 500 conversations each is
 * estimated at 50,201 objects. It rejects two nested lists at their largest sizes
 * (500 × 500 = 250,000) and three at their default sizes (100 × 100 × 100).
 */
export const MAX_ESTIMATED_OBJECTS = 100_000;

/**
 * Items assumed for a list field without a `first` argument, such as a participant's custom
 * attributes or a response's answers. NOTE: an estimate; these lists are as long as the
 * program's configuration makes them, which the API does not cap.
 */
export const UNSIZED_LIST_ESTIMATE = 20;

/** Names of the limits above, as `extensions.limit` of a rejected operation's error reports them. */
export type OperationLimit = "tokens" | "selections" | "depth" | "aliases" | "rootFields" | "estimatedObjects";

/**
 * Extensions of the error for an operation that broke a limit: which limit, its maximum, and
 * the operation's value when it is known (the parser stops counting tokens at the maximum).
 */
export function limitExtensions(limit: OperationLimit, maximum: number, actual?: number): Record<string, unknown> {
  return { code: "GRAPHQL_VALIDATION_FAILED", limit, maximum, ...(actual === undefined ? {} : { actual }) };
}
