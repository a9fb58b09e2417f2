import { GraphQLError } from "graphql";

/**
 * Every error code the product returns: as `extensions.code` in GraphQL responses and as
 * `error.code` in the JSON bodies of the other HTTP routes. graphql-js and Apollo Server add
 * their own codes for rejected operations, such as `GRAPHQL_VALIDATION_FAILED`.
 */
export enum ErrorCode {
  BAD_USER_INPUT = "BAD_USER_INPUT",
  BAD_REQUEST = "BAD_REQUEST",
  NOT_FOUND = "NOT_FOUND",
  UNAUTHENTICATED = "UNAUTHENTICATED",
  FORBIDDEN = "FORBIDDEN",
  INVALID_TRANSITION = "INVALID_TRANSITION",
  PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE",
  TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS",
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
  constructor(message = "The request has no valid session. Sign in first.") {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
  }
}

/**
 * Withholds a field or an action that the viewer's role does not allow. For a withheld field,
 * `field` is its schema coordinate, such as `Participant.email`.
 */
export class ForbiddenError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN, ...(field === undefined ? {} : { field }) } });
  }
}

/**
 * Rejects a workflow step that the record's current state does not allow, such as resolving a
 * flag that is already resolved. Nothing is changed, and `currentStatus` contains the record's status.
 */
export class InvalidTransitionError extends GraphQLError {
  constructor(message: string, details: { action: string; currentStatus: string }) {
    super(message, { extensions: { code: ErrorCode.INVALID_TRANSITION, ...details } });
  }
}
