import { readConfig } from "../config";
import { createDataSource } from "../db/data-source";

/** Opens the configured database and applies pending migrations, so every table exists. */
export async function openMigratedDatabase() {
  const config = readConfig();
  const dataSource = createDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });

  return dataSource;
}
