import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { logger } from "../common/logger";

/**
 * Returns the key that signs session cookies. SESSION_SECRET wins; with SQLite the key is
 * kept in a file beside the database so sessions survive a restart; otherwise a random key
 * lives as long as the process, and everyone signs in again after a restart.
 */
export function loadSessionSecret(options: { databasePath?: string; env?: NodeJS.ProcessEnv }): string {
  const env = options.env ?? process.env;
  if (env.SESSION_SECRET) {
    if (env.SESSION_SECRET.length < 32) {
      throw new Error("SESSION_SECRET must be at least 32 characters long");
    }

    return env.SESSION_SECRET;
  }

  if (!options.databasePath || options.databasePath === ":memory:") {
    logger.warn("SESSION_SECRET is not set; sessions end when the server restarts");

    return randomBytes(32).toString("hex");
  }

  const secretPath = join(dirname(options.databasePath), "session-secret");
  if (!existsSync(secretPath)) {
    mkdirSync(dirname(secretPath), { recursive: true });
    writeFileSync(secretPath, randomBytes(32).toString("hex"), { mode: 0o600 });
  }

  return readFileSync(secretPath, "utf8").trim();
}
