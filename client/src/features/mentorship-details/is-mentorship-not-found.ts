import { CombinedGraphQLErrors } from "@apollo/client/errors";

/**
 * Tells whether the page query failed because the id names no mentorship of the viewer:
 * `NOT_FOUND` for an unknown or foreign id, `BAD_USER_INPUT` on the `id` argument for a
 * malformed one.
 */
export function isMentorshipNotFound(error: unknown): boolean {
  if (!CombinedGraphQLErrors.is(error)) {
    return false;
  }

  return error.errors.some((graphQLError) => {
    const code = graphQLError.extensions?.code;
    const argumentName = graphQLError.extensions?.argumentName;

    return code === "NOT_FOUND" || (code === "BAD_USER_INPUT" && (argumentName === undefined || argumentName === "id"));
  });
}
