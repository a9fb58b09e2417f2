import type { DataSource } from "typeorm";
import type { CommandOutput } from "../common/command-line";

/** Exit code and output of one command run. */
export interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs an administration command in this process on a test database. The command's
 * `destroy()` of the data source is skipped, so the database stays open for the next test.
 */
export async function runOnTestDatabase(
  dataSource: DataSource,
  run: (openDatabase: () => Promise<DataSource>, output: CommandOutput) => Promise<number>,
): Promise<CommandResult> {
  let stdout = "";
  let stderr = "";
  const keptOpen = new Proxy(dataSource, { get: (target, key) => (key === "destroy" ? async () => undefined : Reflect.get(target, key)) });

  const exitCode = await run(async () => keptOpen, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });

  return { exitCode, stdout, stderr };
}
