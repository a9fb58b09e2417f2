import type { DataSource } from "typeorm";
import { MIGRATIONS } from "./migrations";
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

  test("undoing every migration then rerunning restores the schema", async () => {
    for (const _migration of MIGRATIONS as Function[]) {
      await database.dataSource.undoLastMigration();
    }
    const tablesAfterUndo = await existingTables(database.dataSource, ["partner", "participant", "priority_flag"]);

    const reapplied = await database.dataSource.runMigrations();
    const pending = await pendingSchemaChanges(database.dataSource);

    expect(tablesAfterUndo).toEqual([]);
    expect(reapplied).toHaveLength((MIGRATIONS as Function[]).length);
    expect(pending).toEqual([]);
  });
});
