import "reflect-metadata";
import { readConfig } from "../config";
import { createDataSource } from "../db/data-source";
import { EXPORT_EXIT_CODES, runExportCommand } from "../export/export-command";

async function main(): Promise<number> {
  // npm runs workspace scripts in server/, so relative paths are read from where the command was typed.
  if (process.env.INIT_CWD) {
    process.chdir(process.env.INIT_CWD);
  }
  const config = readConfig();
  const dataSource = createDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  await dataSource.initialize();
  try {
    return await runExportCommand(dataSource, process.argv.slice(2), { stdout: process.stdout, stderr: (text) => process.stderr.write(text) });
  } finally {
    await dataSource.destroy();
  }
}

main()
  .then((exitCode) => {
    process.exitCode = exitCode;
  })
  .catch((error: unknown) => {
    process.stderr.write(`The export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXPORT_EXIT_CODES.failed;
  });
