import "reflect-metadata";
import { runPartnerCommand } from "../partner/partner.command";
import { openMigratedDatabase } from "./open-database";

runPartnerCommand(process.argv.slice(2), openMigratedDatabase, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
  .then((exitCode) => {
    process.exitCode = exitCode;
  })
  .catch((error: unknown) => {
    process.stderr.write(`The partner command failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
