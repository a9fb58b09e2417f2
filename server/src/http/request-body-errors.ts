import type { ErrorRequestHandler } from "express";
import { logger } from "../common/logger";

/** Response to a request whose body the JSON parser rejected. */
export interface RequestBodyProblem {
  status: number;
  code: string;
  message: string;
}

/**
 * Returns the response for an error of Express's JSON body parser (body-parser 2), or undefined
 * for any other error. Such errors are the client's fault, so they must not reach the 500 handler.
 */
export function describeRequestBodyError(error: unknown): RequestBodyProblem | undefined {
  const { type, limit, status, expose } = (typeof error === "object" && error !== null ? error : {}) as {
    type?: unknown;
    limit?: unknown;
    status?: unknown;
    expose?: unknown;
  };

  switch (type) {
    case "entity.parse.failed":
      // BAD_REQUEST, as for a missing body: the request as a whole is unreadable, not one argument in it.
      return { status: 400, code: "BAD_REQUEST", message: "The request body is not valid JSON." };
    case "entity.too.large":
      return {
        status: 413,
        code: "PAYLOAD_TOO_LARGE",
        message: `The request body is larger than the limit of ${typeof limit === "number" ? describeByteSize(limit) : "this endpoint"}.`,
      };
    case "charset.unsupported":
    case "encoding.unsupported":
      return {
        status: 415,
        code: "UNSUPPORTED_MEDIA_TYPE",
        message: "The request body's charset or Content-Encoding is not supported; send UTF-8 JSON, uncompressed or with gzip, deflate or br.",
      };
    case "request.aborted":
    case "request.size.invalid":
      return { status: 400, code: "BAD_REQUEST", message: "The request body ended before its Content-Length." };
  }

  // body-parser wraps other read failures, such as zlib's for a body that does not match its
  // Content-Encoding, as http-errors client errors without a `type`.
  if (typeof status !== "number" || status < 400 || status > 499 || expose !== true) {
    return undefined;
  }
  if (status === 400) {
    return { status, code: "BAD_REQUEST", message: "The request body could not be read; check that it is encoded as its Content-Encoding header states." };
  }

  return { status, code: "BAD_REQUEST", message: "The request body was rejected." };
}

/**
 * Logs a rejected request body at `warn`, with the parser's reason and sizes only: the body and the
 * parser's message, which can quote the body, stay out of the logs.
 */
export function logRequestBodyError(error: unknown, problem: RequestBodyProblem): void {
  const { type, code, limit, length } = error as { type?: unknown; code?: unknown; limit?: unknown; length?: unknown };

  // Without a body-parser `type`, the reason is the decoder's code, such as zlib's Z_DATA_ERROR.
  logger.warn({ reason: type ?? code, status: problem.status, limitBytes: limit, lengthBytes: length }, "request body rejected");
}

/** Responds to a JSON body-parser error with `{ error: { code, message } }` and its 4xx status. */
export const handleRequestBodyError: ErrorRequestHandler = (error, _req, res, next) => {
  const problem = describeRequestBodyError(error);
  if (!problem || res.headersSent) {
    next(error);
    return;
  }

  logRequestBodyError(error, problem);
  res.status(problem.status).json({ error: { code: problem.code, message: problem.message } });
};

/** Writes a byte count the way body-parser limits are configured, such as "1 MB (1048576 bytes)". */
function describeByteSize(bytes: number): string {
  const mebibyte = 1024 * 1024;
  if (bytes >= mebibyte && bytes % mebibyte === 0) {
    return `${bytes / mebibyte} MB (${bytes} bytes)`;
  }
  if (bytes >= 1024 && bytes % 1024 === 0) {
    return `${bytes / 1024} kB (${bytes} bytes)`;
  }

  return `${bytes} bytes`;
}
