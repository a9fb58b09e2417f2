import { randomUUID } from "node:crypto";
import type { RequestHandler } from "express";
import { runWithRequestContext } from "../common/request-context";

const REQUEST_ID_HEADER = "x-request-id";
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when well-formed, a new UUID
 * otherwise), returns it in the response, and runs the rest of the request in its context.
 */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const offered = req.header(REQUEST_ID_HEADER);
    const id = offered && ACCEPTED_REQUEST_ID.test(offered) ? offered : randomUUID();
    res.setHeader("X-Request-Id", id);

    runWithRequestContext(id, () => next());
  };
}
