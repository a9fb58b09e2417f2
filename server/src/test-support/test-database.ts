import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { Client } from "pg";
import type { DataSource } from "typeorm";
import { databaseEngine } from "../db/column-types";
import { createDataSource } from "../db/data-source";

/** A migrated, empty database of its own for one test file, and the way to remove it. */
export interface TestDatabase {
  dataSource: DataSource;
  /** Closes the connection and deletes the SQLite file or drops the PostgreSQL database. */
  destroy(): Promise<void>;
}

/**
 * Creates a fresh database for one test file: a temporary SQLite file by default, or a new
 * database on the PostgreSQL server of DATABASE_URL, so test files can run in parallel.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;

  if (databaseEngine() === "postgres") {
    return createPostgresTestDatabase(migrate);
  }

  const folder = mkdtempSync(join(tmpdir(), "mentorlens-test-"));
  const dataSource = createDataSource({ databasePath: join(folder, "test.sqlite") });
  await dataSource.initialize();
  if (migrate) {
    await dataSource.runMigrations();
  }

  return {
    dataSource,
    async destroy() {
      await dataSource.destroy();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function createPostgresTestDatabase(migrate: boolean): Promise<TestDatabase> {
  const serverUrl = new URL(process.env.DATABASE_URL as string);
  const databaseName = `mentorlens_test_${randomBytes(6).toString("hex")}`;
  await runOnMaintenanceDatabase(serverUrl, `CREATE DATABASE ${databaseName}`);

  const testUrl = new URL(serverUrl);
  testUrl.pathname = `/${databaseName}`;
  const dataSource = createDataSource({ databaseUrl: testUrl.toString() });
  await dataSource.initialize();
  if (migrate) {
    await dataSource.runMigrations();
  }

  return {
    dataSource,
    async destroy() {
      await dataSource.destroy();
      await runOnMaintenanceDatabase(serverUrl, `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`);
    },
  };
}

async function runOnMaintenanceDatabase(serverUrl: URL, statement: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
