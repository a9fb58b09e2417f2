import type { RequestHandler } from "express";
import { pathOf } from "./request-path";

/**
 * Responds to a request that no route matched with a JSON 404, so API clients never get Express's
 * HTML page. The message names the method and the path without its query string.
 */
export function jsonNotFound(): RequestHandler {
  return (req, res) => {
    res.status(404).json({ error: { code: "NOT_FOUND", message: `No route matches ${req.method} ${pathOf(req.originalUrl)}.` } });
  };
}
