import type { RequestHandler } from "express";
import { logger } from "../common/logger";
import { currentRequestContext } from "../common/request-context";
import { pathOf } from "./request-path";

/** Logs one line per finished request: method, path without query, status, duration and SQL count. */
export function accessLog(): RequestHandler {
  return (req, res, next) => {
    const startedAt = process.hrtime.bigint();
    // Captured now, because "finish" listeners may run outside the request's async context.
    const context = currentRequestContext();

    res.on("finish", () => {
      const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
      logger.info(
        {
          method: req.method,
          // `req.path` is relative to the router that handled the request (`/` for `/graphql`).
          path: pathOf(req.originalUrl),
          status: res.statusCode,
          durationMs: Math.round(durationMs * 10) / 10,
          sqlStatements: context?.sqlStatements,
        },
        "request finished",
      );
    });
    next();
  };
}
