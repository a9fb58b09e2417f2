import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

import { hasErrorCode, isUnauthenticatedError } from "./graphql-error-codes";

function graphQLErrors(code: string): CombinedGraphQLErrors {
  return new CombinedGraphQLErrors({ data: null, errors: [{ message: "failed", extensions: { code } }] });
}

function serverError(statusCode: number): ServerError {
  return new ServerError("Response not successful", { response: { status: statusCode } as Response, bodyText: "" });
}

describe("hasErrorCode", () => {
  test("finds a code among GraphQL errors", () => {
    expect(hasErrorCode(graphQLErrors("NOT_FOUND"), "NOT_FOUND", "BAD_USER_INPUT")).toBe(true);
  });

  test("ignores other codes", () => {
    expect(hasErrorCode(graphQLErrors("FORBIDDEN"), "NOT_FOUND")).toBe(false);
  });

  test("ignores network errors", () => {
    expect(hasErrorCode(new TypeError("Failed to fetch"), "NOT_FOUND")).toBe(false);
  });
});

describe("isUnauthenticatedError", () => {
  test("recognizes HTTP 401", () => {
    expect(isUnauthenticatedError(serverError(401))).toBe(true);
  });

  test("recognizes the UNAUTHENTICATED code", () => {
    expect(isUnauthenticatedError(graphQLErrors("UNAUTHENTICATED"))).toBe(true);
  });

  test("ignores other server errors", () => {
    expect(isUnauthenticatedError(serverError(500))).toBe(false);
  });
});
