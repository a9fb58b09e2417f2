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
