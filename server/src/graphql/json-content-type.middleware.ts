import type { RequestHandler } from "express";
import { ErrorCode } from "../common/errors";
import { logger } from "../common/logger";

/**
 * Rejects a POST whose Content-Type is not `application/json` (parameters such as
 * `charset=utf-8` allowed) with 415, where Apollo Server would respond with a 400. A POST
 * without a Content-Type gets 415 too. JSON in another charset never reaches this check, because
 * the JSON body parser rejects it with 415 first.
 */
export function requireJsonPost(): RequestHandler {
  return (req, res, next) => {
    const contentType = req.headers["content-type"];
    const mediaType = contentType?.split(";")[0].trim().toLowerCase();
    if (req.method !== "POST" || mediaType === "application/json") {
      next();
      return;
    }

    logger.warn({ contentType: contentType?.slice(0, 100) }, "GraphQL request rejected: POST body is not application/json");
    res.status(415).json({
      errors: [
        {
          message: `A POST to /graphql must have \`Content-Type: application/json\`, got ${contentType === undefined ? "none" : `"${contentType}"`}.`,
          extensions: { code: ErrorCode.UNSUPPORTED_MEDIA_TYPE },
        },
      ],
    });
  };
}
