import type { RequestHandler } from "express";
import type { Viewer } from "../auth/viewer";
import { ErrorCode } from "../common/errors";
import { logger } from "../common/logger";

/** Content types a browser may send cross-site without a CORS preflight ("simple" requests). */
const SIMPLE_CONTENT_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]);

/** Headers that no cross-site page can add without a preflight, as Apollo Server names them. */
const PREFLIGHT_HEADERS = ["x-apollo-operation-name", "apollo-require-preflight"];

/**
 * Apollo Server's CSRF prevention, applied only to requests authenticated by the session
 * cookie. A browser attaches that cookie to requests that other sites trigger, so such a
 * request must be one that a browser only sends after a CORS preflight: a JSON body, or one of
 * the headers above. The dashboard posts JSON, so it always passes.
 *
 * A request with an `Authorization: Bearer` token, or with no credentials, skips the check:
 * no browser adds that header to a cross-site request, and an unauthenticated request reads
 * nothing. This lets spec-compliant clients send plain GET queries with a token, which Apollo's
 * server-wide setting would reject for lack of a preflight header.
 */
export function sessionCsrfPrevention(): RequestHandler {
  return (req, res, next) => {
    const viewer = res.locals.viewer as Viewer | null;
    if (viewer?.credential !== "session" || isPreflighted(req.headers)) {
      next();
      return;
    }

    logger.warn({ method: req.method }, "GraphQL request rejected: session request without a preflight");
    res.status(400).json({
      errors: [
        {
          message:
            "This request has a session cookie but could be sent by another site. Send a `Content-Type: application/json` body, or an `Apollo-Require-Preflight: true` header with a GET request.",
          extensions: { code: ErrorCode.BAD_REQUEST },
        },
      ],
    });
  };
}

function isPreflighted(headers: Record<string, string | string[] | undefined>): boolean {
  const contentType = headers["content-type"];
  if (typeof contentType === "string") {
    const mediaType = contentType.split(";")[0].trim().toLowerCase();
    if (!SIMPLE_CONTENT_TYPES.has(mediaType)) {
      return true;
    }
  }

  return PREFLIGHT_HEADERS.some((name) => headers[name] !== undefined);
}
