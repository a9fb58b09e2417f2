import type { DataSource } from "typeorm";
import { MIGRATIONS } from "./migrations";
import { PriorityFlagEvents1765065602000 } from "./migrations/1765065602000-priority-flag-events";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";

/** Statements the schema builder would run to make the database match the entities. */
async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();

  return sqlInMemory.upQueries.map((query) => query.query);
}

async function existingTables(dataSource: DataSource, names: string[]): Promise<string[]> {
  const queryRunner = dataSource.createQueryRunner();
  try {
    const tables = await queryRunner.getTables(names);

    return tables.map((table) => table.name);
  } finally {
    await queryRunner.release();
  }
}

describe("migrations", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await database.destroy();
  });

  test("schema matches the entities after migrating", async () => {
    const pending = await pendingSchemaChanges(database.dataSource);

    expect(pending).toEqual([]);
  });

  test("running migrations again changes nothing", async () => {
    const applied = await database.dataSource.runMigrations();

    expect(applied).toEqual([]);
  });

  test("undo then rerun restores the schema", async () => {
    for (let undone = 0; undone < (MIGRATIONS as Function[]).length; undone += 1) {
      await database.dataSource.undoLastMigration();
    }
    const tablesAfterUndo = await existingTables(database.dataSource, ["partner", "participant", "priority_flag", "deleted_record", "api_token", "priority_flag_event"]);

    const reapplied = await database.dataSource.runMigrations();
    const pending = await pendingSchemaChanges(database.dataSource);

    expect(tablesAfterUndo).toEqual([]);
    expect(reapplied.map((migration) => migration.name)).toEqual([
      "InitialSchema1764892800000",
      "IncrementalSync1765065600000",
      "ApiTokens1765065601000",
      "PriorityFlagEvents1765065602000",
      "ExternalIds1765065603000",
    ]);
    expect(pending).toEqual([]);
  });

  test("undoing the flag history keeps the flags", async () => {
    const migrations = MIGRATIONS as Function[];
    for (let index = migrations.length - 1; index >= migrations.indexOf(PriorityFlagEvents1765065602000); index -= 1) {
      await database.dataSource.undoLastMigration();
    }
    const tablesAfterUndo = await existingTables(database.dataSource, ["priority_flag", "priority_flag_event"]);

    await database.dataSource.runMigrations();

    expect(tablesAfterUndo).toEqual(["priority_flag"]);
  });
});
