import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

/** The `extensions.code` values the API puts on its GraphQL errors. */
export type ApiErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "UNAUTHENTICATED" | "FORBIDDEN" | "INVALID_TRANSITION" | "INTERNAL_SERVER_ERROR";

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

/**
 * Tells whether the API rejected the `after` argument, as it does for a cursor it did not issue
 * or one from an edited or outdated link.
 */
export function isInvalidCursorError(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) {
    return false;
  }

  return error.errors.some((graphQLError) => {
    const { code, argumentName } = graphQLError.extensions ?? {};

    return code === "BAD_USER_INPUT" && (argumentName === "after" || argumentName === "before");
  });
}

/**
 * Returns the messages of the API's BAD_USER_INPUT errors for any argument but a cursor, such as
 * a filter from an edited link, or an empty array when there are none.
 */
export function invalidArgumentMessages(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error) || isInvalidCursorError(error)) {
    return [];
  }

  return error.errors.filter((graphQLError) => graphQLError.extensions?.code === "BAD_USER_INPUT").map((graphQLError) => graphQLError.message);
}

/**
 * Tells whether a page query failed because its id names no record of the viewer: `NOT_FOUND`
 * for an unknown or another partner's id, `BAD_USER_INPUT` on the `id` argument for a malformed one.
 */
export function isRecordNotFoundError(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) {
    return false;
  }

  return error.errors.some((graphQLError) => {
    const { code, argumentName } = graphQLError.extensions ?? {};

    return code === "NOT_FOUND" || (code === "BAD_USER_INPUT" && (argumentName === undefined || argumentName === "id"));
  });
}

/**
 * Tells whether every GraphQL error of a response is FORBIDDEN. The API returns null and a
 * FORBIDDEN error for each restricted field that the viewer's role may not read, and pages show
 * such a field as hidden, so these errors are expected.
 */
export function hasOnlyForbiddenErrors(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.every((graphQLError) => graphQLError.extensions?.code === "FORBIDDEN");
}

/** Returns the messages of the GraphQL errors in `error`, or a generic message for a network failure. */
export function errorMessages(error: unknown): string[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((graphQLError) => graphQLError.message);
  }

  return ["The server could not be reached. Check your connection, then try again."];
}
