import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** Prefix of every API token, so that a leaked token is recognisable to people and secret scanners. */
export const API_TOKEN_PREFIX = "mlt_";

/** 32 random bytes give 256 bits of entropy, written as 43 base64url characters. */
const SECRET_BYTES = 32;

const TOKEN_PATTERN = /^mlt_[A-Za-z0-9_-]{43}$/;

/** Creates a new random API token, such as `mlt_3q2-…`. */
export function generateApiToken(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(SECRET_BYTES).toString("base64url")}`;
}

/** Tells whether a string has the shape of an API token, whether or not such a token exists. */
export function isWellFormedApiToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/**
 * Returns the SHA-256 of a token in hex. A plain hash is enough, without salt or a slow
 * function, because the token is random with 256 bits of entropy and cannot be guessed.
 */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares two token hashes in constant time. */
export function apiTokenHashesMatch(expectedHash: string, actualHash: string): boolean {
  const expected = Buffer.from(expectedHash, "utf8");
  const actual = Buffer.from(actualHash, "utf8");

  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
