import { GraphQLError } from "graphql";

/** Every `extensions.code` the API returns. */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR",
}

/** Rejects an argument value; `argumentName` is the path of the argument, such as `filter.submittedFrom`. */
export class BadUserInputError extends GraphQLError {
  constructor(argumentName: string, message: string) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName, http: { status: 200 } } });
  }
}

/**
 * Reports that no record of the viewer's partner has this id. A record of another partner
 * gets exactly the same error, so that its existence cannot be inferred.
 */
export class NotFoundError extends GraphQLError {
  constructor(typeName: string, id: string) {
    super(`No ${typeName} with id "${id}" was found.`, { extensions: { code: ErrorCode.NOT_FOUND, typeName, id } });
  }
}

/** Rejects a request without valid credentials. */
export class UnauthenticatedError extends GraphQLError {
  constructor(message = "Sign in, or send a valid API token in the Authorization header.") {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
  }
}

/** Withholds a field or an action that the viewer's role does not allow. */
export class ForbiddenError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}
