import "reflect-metadata";
import { runStaffCommand } from "../auth/staff-user.command";
import { openMigratedDatabase } from "./open-database";

runStaffCommand(
  process.argv.slice(2),
  openMigratedDatabase,
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  },
  { password: process.env.MENTORLENS_PASSWORD },
)
  .then((exitCode) => {
    process.exitCode = exitCode;
  })
  .catch((error: unknown) => {
    process.stderr.write(`The staff command failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
