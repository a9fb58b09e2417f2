import type { RequestHandler, Response } from "express";
import type { DataSource } from "typeorm";
import { findActiveApiToken, recordApiTokenUse } from "../api-token/api-token.service";
import type { ApiToken } from "../api-token/api-token.entity";
import { logger } from "../common/logger";
import { verifySessionToken } from "./session-token";
import { StaffUser } from "./staff-user.entity";
import type { Viewer } from "./viewer";

/** Name of the HttpOnly cookie that carries a dashboard session. */
export const SESSION_COOKIE = "mentorlens_session";

/** Realm of the `WWW-Authenticate` challenge that every 401 response carries. */
const BEARER_REALM = "mentorlens";

const BEARER_PATTERN = /^Bearer +(\S+) *$/i;

/** Reads one cookie from a Cookie header without a parser dependency. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) {
    return undefined;
  }

  for (const part of header.split(";")) {
    const separator = part.indexOf("=");
    if (separator > 0 && part.slice(0, separator).trim() === name) {
      return decodeURIComponent(part.slice(separator + 1).trim());
    }
  }

  return undefined;
}

/**
 * Sets `res.locals.viewer` from the request's credentials, or leaves it null. Routes decide
 * themselves whether a viewer is required, so that GraphQL can answer with its own error.
 *
 * An `Authorization` header, when present, is the only credential looked at: a session cookie
 * sent with it is ignored. So a script with a revoked or mistyped token gets 401 even from a
 * browser that is signed in, rather than silently acting as the signed-in person. A rejected
 * Bearer token is kept in `res.locals.credentialRejection` as the message to send.
 */
export function authenticate(dataSource: DataSource, sessionSecret: string): RequestHandler {
  return async (req, res, next) => {
    res.locals.viewer = null;
    res.locals.credentialRejection = null;

    try {
      const authorization = req.headers.authorization;
      if (authorization !== undefined) {
        await authenticateBearer(dataSource, authorization, res);
      } else {
        await authenticateSession(dataSource, sessionSecret, req.headers.cookie, res);
      }
      next();
    } catch (error) {
      logger.error({ err: error }, "loading the request's credentials failed");
      next(error);
    }
  };
}

async function authenticateBearer(dataSource: DataSource, authorization: string, res: Response): Promise<void> {
  const token = BEARER_PATTERN.exec(authorization)?.[1];
  if (!token) {
    logger.warn("request rejected: the Authorization header is not a Bearer token");
    res.locals.credentialRejection = "The Authorization header must be `Bearer <token>`, with an API token that starts with `mlt_`.";
    return;
  }

  const apiToken = await findActiveApiToken(dataSource, token);
  if (!apiToken) {
    logger.warn("request rejected: unknown, revoked or malformed API token");
    res.locals.credentialRejection = "The API token is unknown or revoked. Ask an administrator for a new one.";
    return;
  }

  await recordApiTokenUse(dataSource, apiToken);
  res.locals.viewer = apiTokenViewer(apiToken);
}

async function authenticateSession(dataSource: DataSource, sessionSecret: string, cookieHeader: string | undefined, res: Response): Promise<void> {
  const token = readCookie(cookieHeader, SESSION_COOKIE);
  const session = token ? verifySessionToken(token, sessionSecret) : null;
  if (!session) {
    return;
  }

  const user = await dataSource.getRepository(StaffUser).findOneBy({ id: session.userId });
  res.locals.viewer = user && !isSignedOut(user, session.issuedAt) ? toViewer(user) : null;
}

/** Tells whether the user signed out after this session was issued, which ends every earlier session. */
function isSignedOut(user: StaffUser, issuedAt: Date): boolean {
  return user.signedOutAt !== null && issuedAt.getTime() <= user.signedOutAt.getTime();
}

/** Copies what requests need to know about a staff user. */
export function toViewer(user: StaffUser): Viewer {
  return {
    credential: "session",
    userId: user.id,
    apiTokenId: null,
    partnerId: user.partnerId,
    role: user.role,
    displayName: user.displayName,
    email: user.email,
    grants: [],
  };
}

/** Copies what requests need to know about an API token. */
export function apiTokenViewer(apiToken: ApiToken): Viewer {
  return {
    credential: "apiToken",
    userId: null,
    apiTokenId: apiToken.id,
    partnerId: apiToken.partnerId,
    role: apiToken.role,
    displayName: apiToken.name,
    email: null,
    grants: apiToken.grants,
  };
}

/**
 * Returns the `WWW-Authenticate` challenge for a 401 response (RFC 6750): `invalid_token` when
 * the request sent a Bearer token that was rejected, a bare challenge when it sent nothing.
 */
export function bearerChallenge(res: Response): string {
  return res.locals.credentialRejection ? `Bearer realm="${BEARER_REALM}", error="invalid_token"` : `Bearer realm="${BEARER_REALM}"`;
}

/** Returns the message for a request without a viewer: why its Bearer token was rejected, or `fallback`. */
export function unauthenticatedMessage(res: Response, fallback: string): string {
  return (res.locals.credentialRejection as string | null) ?? fallback;
}
