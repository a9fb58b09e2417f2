import { unwrapResolverError } from "@apollo/server/errors";
import type { ValidationError } from "class-validator";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { ErrorCode } from "../common/errors";
import { currentRequestContext } from "../common/request-context";
import { argumentPathOfInlineValue, argumentPathOfVariable, isInlineValueError } from "./argument-path";
import { limitExtensions, MAX_TOKENS } from "./operation-limits";

/** Codes of errors caused by the request itself; their message is safe to show as it is. */
const CLIENT_ERROR_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.INVALID_TRANSITION,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
]);

/** Message every unexpected error is replaced with. */
export const INTERNAL_ERROR_MESSAGE = "Internal server error";

/**
 * Tells whether an error is a bug or an outage rather than a problem with the request: any
 * error a resolver throws that is not one of the API's own coded errors.
 */
export function isUnexpectedError(error: unknown): boolean {
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  if (typeof code !== "string" || !CLIENT_ERROR_CODES.has(code)) {
    return true;
  }

  // graphql-js wraps whatever a resolver throws; only the API's own GraphQLErrors are expected.
  const original = unwrapResolverError(error);

  return !(original instanceof GraphQLError);
}

/**
 * Apollo `formatError`: gives every input problem the code BAD_USER_INPUT and the name of the
 * offending argument in `extensions.argumentName`, and hides everything about unexpected errors
 * but a generic message and the request id, which the logs carry too.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isUnexpectedError(error)) {
    return { message: INTERNAL_ERROR_MESSAGE, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId: currentRequestContext()?.requestId } };
  }

  const graphQLError = error as GraphQLError;
  const original = unwrapResolverError(error);
  const { message, locations, path } = formatted;

  if (original instanceof ArgumentValidationError) {
    const violation = firstViolation(original.extensions.validationErrors as ValidationError[]);
    return {
      message: violation ? `Invalid argument ${violation.path}: ${violation.message}` : message,
      locations,
      path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: violation?.path },
    };
  }

  const code = formatted.extensions?.code;
  if (code === "GRAPHQL_VALIDATION_FAILED" && isInlineValueError(graphQLError)) {
    const argumentName = argumentPathOfInlineValue(graphQLError);
    if (argumentName) {
      return { message, locations, extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName } };
    }
  }

  // Apollo's own message asks for a change to the server's code, but here the setting is an environment variable.
  if (formatted.extensions?.validationErrorCode === "INTROSPECTION_DISABLED") {
    return {
      message: "Introspection is switched off on this server, so `__schema` and `__type` cannot be queried. The schema is published as `schema.graphql`.",
      locations,
      extensions: withoutInternalExtensions(formatted.extensions),
    };
  }

  if (code === "GRAPHQL_PARSE_FAILED" && TOKEN_LIMIT_MESSAGE.test(message)) {
    return {
      message: `The document has more than ${MAX_TOKENS.toLocaleString("en-US")} lexical tokens (names, punctuation and values), the maximum per request, so parsing stopped. Split it into several requests.`,
      extensions: { ...limitExtensions("tokens", MAX_TOKENS), code: "GRAPHQL_PARSE_FAILED" },
    };
  }

  if (code === ErrorCode.BAD_USER_INPUT && formatted.extensions?.argumentName === undefined) {
    return { message, locations, path, extensions: { code, argumentName: argumentPathOfVariable(graphQLError) } };
  }

  return { message, locations, path, extensions: withoutInternalExtensions(formatted.extensions) };
}

/** graphql-js's message when the parser's `maxTokens` is reached; graphql 16 spells it "more that". */
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th[ae][nt] \d+ tokens\. Parsing aborted\.$/;

/** graphql-js's suggestion of similar schema names, such as ` Did you mean "email"?`, which ends its messages. */
const SUGGESTION = / ?Did you mean .+\?$/;

/**
 * Wraps a `formatError` so that no message suggests schema names. Apollo's own option only
 * covers validation, while graphql-js also suggests enum values when it rejects a variable.
 */
export function withoutSuggestions(format: typeof formatError): typeof formatError {
  return (formatted, error) => {
    const result = format(formatted, error);

    return { ...result, message: result.message.replace(SUGGESTION, "") };
  };
}

/** Returns the first failed class-validator rule, with the argument path that leads to it. */
function firstViolation(errors: ValidationError[], parentPath: string[] = []): { path: string; message: string } | undefined {
  for (const error of errors) {
    // Array items are reported under their index, which the argument name leaves out.
    const path = /^\d+$/.test(error.property) ? parentPath : [...parentPath, error.property];
    const constraintMessage = error.constraints ? Object.values(error.constraints)[0] : undefined;
    if (constraintMessage) {
      return { path: path.join("."), message: constraintMessage };
    }

    const nested = firstViolation(error.children ?? [], path);
    if (nested) {
      return nested;
    }
  }

  return undefined;
}

/** Drops extensions that are for the server only, such as class-validator's raw errors with the input they echo. */
function withoutInternalExtensions(extensions: GraphQLFormattedError["extensions"]): GraphQLFormattedError["extensions"] {
  if (!extensions) {
    return extensions;
  }

  const { validationErrors: _validationErrors, stacktrace: _stacktrace, http: _http, ...rest } = extensions;

  return rest;
}
