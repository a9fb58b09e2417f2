import type { RequestHandler } from "express";
import type { DataSource } from "typeorm";
import { logger } from "../common/logger";
import { verifySessionToken } from "./session-token";
import { StaffUser } from "./staff-user.entity";
import type { Viewer } from "./viewer";

/** Name of the HttpOnly cookie that carries a dashboard session. */
export const SESSION_COOKIE = "mentorlens_session";

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
 * Sets `res.locals.viewer` from the session cookie, or leaves it null. Routes decide
 * themselves whether a viewer is required, so that GraphQL can answer with its own error.
 */
export function authenticate(dataSource: DataSource, sessionSecret: string): RequestHandler {
  return async (req, res, next) => {
    res.locals.viewer = null;

    const token = readCookie(req.headers.cookie, SESSION_COOKIE);
    const session = token ? verifySessionToken(token, sessionSecret) : null;
    if (!session) {
      next();
      return;
    }

    try {
      const user = await dataSource.getRepository(StaffUser).findOneBy({ id: session.userId });
      res.locals.viewer = user && !isSignedOut(user, session.issuedAt) ? toViewer(user) : null;
      next();
    } catch (error) {
      logger.error({ err: error }, "loading the session's staff user failed");
      next(error);
    }
  };
}

/** Tells whether the user signed out after this session was issued, which ends every earlier session. */
function isSignedOut(user: StaffUser, issuedAt: Date): boolean {
  return user.signedOutAt !== null && issuedAt.getTime() <= user.signedOutAt.getTime();
}

/** Copies what requests need to know about a staff user. */
export function toViewer(user: StaffUser): Viewer {
  return {
    userId: user.id,
    partnerId: user.partnerId,
    role: user.role,
    displayName: user.displayName,
    email: user.email,
  };
}
