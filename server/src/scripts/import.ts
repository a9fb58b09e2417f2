import "reflect-metadata";
import { readConfig } from "../config";
import { createDataSource } from "../db/data-source";
import { EXIT_CODES, runImportCommand } from "../import/import-command";

async function main(): Promise<number> {
  // npm runs workspace scripts in server/, so relative paths are read from where the command was typed.
  if (process.env.INIT_CWD) {
    process.chdir(process.env.INIT_CWD);
  }
  const config = readConfig();
  const dataSource = createDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: "each" });

    return await runImportCommand(dataSource, process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: { write: (text) => process.stderr.write(text), isTTY: process.stderr.isTTY === true },
    });
  } finally {
    await dataSource.destroy();
  }
}

main()
  .then((exitCode) => {
    process.exitCode = exitCode;
  })
  .catch((error: unknown) => {
    process.stderr.write(`The import failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT_CODES.failed;
  });
