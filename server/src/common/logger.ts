import pino from "pino";
import { currentRequestContext } from "./request-context";

/**
 * Error properties that describe a failure without repeating what a client sent. Everything else
 * is left out on purpose: body-parser attaches the raw `body`, TypeORM the statement's
 * `parameters`, and PostgreSQL a `detail` that quotes the offending values.
 */
const LOGGED_ERROR_PROPERTIES = ["code", "status", "statusCode", "errno", "syscall", "constraint", "table"] as const;

/** Causes logged below an error, so a cyclic `cause` chain cannot recurse forever. */
const MAX_CAUSE_DEPTH = 5;

/** Serialized form of an error in a log line. */
export interface SerializedError {
  type: string;
  message?: string;
  stack?: string;
  cause?: SerializedError;
  [property: string]: unknown;
}

/**
 * Serializes the `err` of a log line: the error's class, message, stack, cause and the properties
 * in `LOGGED_ERROR_PROPERTIES`, never a request payload. An error that carries the request body
 * (body-parser sets `body`) loses its message and stack too, because V8's JSON.parse messages
 * quote the input, such as `Unexpected token 'S', "{"password":Secret1}" is not valid JSON`.
 */
export function serializeError(error: unknown, depth = 0): SerializedError {
  if (typeof error === "string") {
    return { type: "string", message: error };
  }
  if (typeof error !== "object" || error === null) {
    return { type: typeof error };
  }

  const source = error as Record<string, unknown>;
  const carriesBody = "body" in source;
  const serialized: SerializedError = { type: errorType(error) };
  if (!carriesBody) {
    serialized.message = typeof source.message === "string" ? source.message : undefined;
    serialized.stack = typeof source.stack === "string" ? source.stack : undefined;
  }

  for (const property of LOGGED_ERROR_PROPERTIES) {
    const value = source[property];
    if (typeof value === "string" || typeof value === "number") {
      serialized[property] = value;
    }
  }

  // body-parser names the failure in `type` ("entity.parse.failed"), where the class name goes here.
  if (carriesBody && typeof source.type === "string") {
    serialized.reason = source.type;
  }

  if (source.cause !== undefined && depth < MAX_CAUSE_DEPTH) {
    serialized.cause = serializeError(source.cause, depth + 1);
  }

  return serialized;
}

/** Class name of an Error; the `type` field of a plain object already shaped like a serialized error. */
function errorType(error: object): string {
  if (error instanceof Error) {
    return error.constructor.name || error.name;
  }

  const { type } = error as { type?: unknown };

  return typeof type === "string" ? type : "object";
}

/** Options of every logger: request ids on each line, secrets redacted, errors serialized safely. */
export const LOGGER_OPTIONS: pino.LoggerOptions = {
  base: { service: "mentorlens" },
  mixin() {
    const context = currentRequestContext();

    return context ? { requestId: context.requestId } : {};
  },
  redact: { paths: ["req.headers.authorization", "req.headers.cookie", "password", "token"], censor: "[redacted]" },
  serializers: { err: (error: unknown) => serializeError(error) },
};

/** Creates a logger with the shared options, writing to standard output unless `destination` is given. */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  const options = { ...LOGGER_OPTIONS, level };

  return destination ? pino(options, destination) : pino(options);
}

/**
 * The one structured logger. Every line written during a request carries its `requestId`.
 * Never pass personal data (names, contact details, answers) or tokens to it.
 */
export const logger = createLogger(process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"));
