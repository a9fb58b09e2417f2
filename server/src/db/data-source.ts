import "reflect-metadata";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { DataSource } from "typeorm";
import { registerSqliteFunctions, type SqliteFunctionRegistry } from "../common/sql-dialect";
import { SyncSubscriber } from "../sync/sync.subscriber";
import { databaseEngine } from "./column-types";
import { ENTITIES } from "./entities";
import { MIGRATIONS } from "./migrations";
import { QueryCountingLogger } from "./query-counting-logger";

/**
 * Path of the embedded database file when DATABASE_PATH is not set: `data/` at the top of the
 * repository, whichever folder the server is started from (this file sits two levels deeper in
 * both `src` and `dist`).
 */
export const DEFAULT_DATABASE_PATH = join(__dirname, "../../../data/mentorlens.sqlite");

export interface DataSourceSettings {
  /** PostgreSQL connection URL; when set, the SQLite path is ignored. */
  databaseUrl?: string;
  /** Path of the SQLite file, created with its folder when missing. */
  databasePath?: string;
}

/**
 * Creates (without connecting) the data source for the engine the environment selects.
 * Migrations, never `synchronize`, shape the schema, so a file made by one version opens in the next.
 */
export function createDataSource(settings: DataSourceSettings = {}): DataSource {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    subscribers: [SyncSubscriber] as Function[],
    synchronize: false,
    migrationsRun: false,
    logging: true,
    logger: new QueryCountingLogger(),
  } as const;

  if (databaseEngine() === "postgres") {
    const url = settings.databaseUrl ?? process.env.DATABASE_URL;

    return new DataSource({ ...common, type: "postgres", url, extra: { max: 10 } });
  }

  const databasePath = settings.databasePath ?? process.env.DATABASE_PATH ?? DEFAULT_DATABASE_PATH;
  if (databasePath !== ":memory:") {
    mkdirSync(dirname(databasePath), { recursive: true });
  }

  return new DataSource({
    ...common,
    type: "better-sqlite3",
    database: databasePath,
    // WAL lets the dashboard keep reading while a long write (a seed or an import) runs.
    enableWAL: true,
    prepareDatabase: (db: SqliteFunctionRegistry & { pragma(statement: string): unknown }) => {
      db.pragma("foreign_keys = ON");
      db.pragma("busy_timeout = 5000");
      // Without statistics the planner may pick the partner index over the mentorship index for
      // per-pair counts, which made a page of 100 mentorships 100 times slower. This analyzes
      // only tables whose statistics are missing or stale, as SQLite recommends at open.
      db.pragma("optimize=0x10002");
      registerSqliteFunctions(db);
    },
  });
}
