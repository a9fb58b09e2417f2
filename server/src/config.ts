import { isAbsolute, resolve } from "node:path";
import { DEFAULT_DATABASE_PATH } from "./db/data-source";

/** Settings read from the environment at start-up. */
export interface AppConfig {
  /** TCP port of the one HTTP server. */
  port: number;
  /** Interface to listen on; loopback unless HOST says otherwise. */
  host: string;
  /** Absolute path of the SQLite file (or `:memory:`), used unless DATABASE_URL is set. */
  databasePath: string;
  /** PostgreSQL URL; when set, PostgreSQL is used instead of SQLite. */
  databaseUrl: string | undefined;
  /** Whether an empty database gets the demo data on start. */
  seedDemoData: boolean;
  /** Folder of the built dashboard, served at `/`. */
  clientDistPath: string | undefined;
  /** Whether GraphQL runs introspection queries (`__schema`, `__type`). */
  graphqlIntrospection: boolean;
  /** Whether GraphQL error messages suggest similar names ("Did you mean …?"). */
  graphqlFieldSuggestions: boolean;
}

/** Reads and validates the environment; throws with the variable's name on an invalid value. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${env.PORT}"`);
  }

  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databasePath: resolveDatabasePath(env),
    databaseUrl: env.DATABASE_URL || undefined,
    seedDemoData: readBoolean(env, "SEED_DEMO_DATA", true),
    clientDistPath: env.CLIENT_DIST_PATH,
    graphqlIntrospection: readBoolean(env, "GRAPHQL_INTROSPECTION", true),
    graphqlFieldSuggestions: readBoolean(env, "GRAPHQL_FIELD_SUGGESTIONS", true),
  };
}

/**
 * Returns DATABASE_PATH as an absolute path. npm runs workspace scripts in `server/`, so a
 * relative path is resolved against INIT_CWD, the folder where `npm run` was typed, and against
 * the working directory only when the process was not started by npm.
 */
export function resolveDatabasePath(env: NodeJS.ProcessEnv): string {
  const path = env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
  if (path === ":memory:" || isAbsolute(path)) {
    return path;
  }

  return resolve(env.INIT_CWD || process.cwd(), path);
}

/** Reads a variable that must be "true" or "false" in any letter case; unset means `fallback`. */
function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const text = env[name];
  if (text === undefined) {
    return fallback;
  }

  const value = text.trim().toLowerCase();
  if (value !== "true" && value !== "false") {
    throw new Error(`${name} must be "true" or "false", got "${text}"`);
  }

  return value === "true";
}
