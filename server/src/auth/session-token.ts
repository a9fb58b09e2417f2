import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a dashboard session lasts after sign-in. */
export const SESSION_LIFETIME_SECONDS = 12 * 60 * 60;

interface SessionClaims {
  /** Staff user id. */
  sub: string;
  /** Issue time, in milliseconds since the Unix epoch, compared with the user's sign-out time. */
  iat: number;
  /** Expiry, in seconds since the Unix epoch. */
  exp: number;
}

/** A verified session: whose it is and when it was issued. */
export interface VerifiedSession {
  userId: string;
  issuedAt: Date;
}

/** Signs a session for a staff user as `<claims base64url>.<HMAC-SHA256 base64url>`. */
export function signSessionToken(userId: string, secret: string, nowSeconds = Date.now() / 1000): string {
  const claims: SessionClaims = { sub: userId, iat: Math.floor(nowSeconds * 1000), exp: Math.floor(nowSeconds) + SESSION_LIFETIME_SECONDS };
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");

  return `${payload}.${sign(payload, secret)}`;
}

/** Returns the session of a valid, unexpired session token, or null for anything else. */
export function verifySessionToken(token: string, secret: string, nowSeconds = Date.now() / 1000): VerifiedSession | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) {
    return null;
  }

  const expected = Buffer.from(sign(payload, secret));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return null;
  }

  const claims = parseClaims(payload);
  if (!claims || claims.exp <= nowSeconds) {
    return null;
  }

  return { userId: claims.sub, issuedAt: new Date(claims.iat) };
}

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

function parseClaims(payload: string): SessionClaims | null {
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<SessionClaims>;

    if (typeof claims.sub !== "string" || typeof claims.exp !== "number" || typeof claims.iat !== "number") {
      return null;
    }

    return { sub: claims.sub, iat: claims.iat, exp: claims.exp };
  } catch {
    return null;
  }
}
