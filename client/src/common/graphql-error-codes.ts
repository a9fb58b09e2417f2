import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

/** The `extensions.code` values the API puts on its GraphQL errors. */
export type ApiErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "INTERNAL_SERVER_ERROR";

/** Tells whether any GraphQL error in `error` carries one of `codes` as its `extensions.code`. */
export function hasErrorCode(error: unknown, ...codes: ApiErrorCode[]): boolean {
  if (!CombinedGraphQLErrors.is(error)) {
    return false;
  }

  return error.errors.some((graphQLError) => codes.includes(graphQLError.extensions?.code as ApiErrorCode));
}

/**
 * Tells whether the request failed for lack of a valid session. The API rejects such a
 * request with HTTP 401, which Apollo Client reports either as a `ServerError` or, for a
 * `application/graphql-response+json` body, as GraphQL errors coded `UNAUTHENTICATED`.
 */
export function isUnauthenticatedError(error: unknown): boolean {
  if (ServerError.is(error) && error.statusCode === 401) {
    return true;
  }

  return hasErrorCode(error, "UNAUTHENTICATED");
}
