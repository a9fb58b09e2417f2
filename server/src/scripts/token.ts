import "reflect-metadata";
import { runTokenCommand } from "../api-token/api-token.command";
import { readConfig } from "../config";
import { createDataSource } from "../db/data-source";

/** Opens the configured database and applies pending migrations, so the token table exists. */
async function openDatabase() {
  const config = readConfig();
  const dataSource = createDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: "each" });

  return dataSource;
}

runTokenCommand(process.argv.slice(2), openDatabase, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
  .then((exitCode) => {
    process.exitCode = exitCode;
  })
  .catch((error: unknown) => {
    process.stderr.write(`The token command failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
