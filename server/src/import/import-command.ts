import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { logger } from "../common/logger";
import { importFolder, UnknownPartnerError } from "./import-folder";
import { ImportValidationError } from "./import-problem";
import type { ProgressSink } from "./import-progress";
import { formatProblems, formatSummary } from "./import-report";

export const IMPORT_USAGE = `Usage: npm run import -- --partner SLUG [options] FOLDER

Imports the programs in FOLDER (CSV files described in docs/import-format.md) into the
partner's data. Rows are matched by external id: a second import of the same folder
creates nothing and updates only what changed. Every row is checked first; a folder with
any problem changes nothing.

Options:
  --partner SLUG          Slug of the partner that receives the programs (required).
  --dry-run               Checks the folder and prints what an import would change, without writing.
  --delete-missing        Also deletes the participants, mentorships, survey responses,
                          conversations and priority flags of the folder's programs that a file
                          of the folder no longer lists (only files present in the folder count).
  --report-json FILE      Also writes the problems (or the summary) as JSON to FILE.
  --help                  Prints this help.

Exit codes: 0 imported (or valid on a dry run), 1 the folder has problems,
2 invalid arguments or unknown partner, 3 the import failed and was rolled back.
`;

export const EXIT_CODES = { imported: 0, invalidFolder: 1, usage: 2, failed: 3 } as const;

export interface CommandIo {
  stdout: (text: string) => void;
  stderr: ProgressSink;
}

interface ImportArguments {
  partner: string;
  folder: string;
  dryRun: boolean;
  deleteMissing: boolean;
  reportJson: string | undefined;
}

function readArguments(argv: string[]): ImportArguments | "help" | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        partner: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        "delete-missing": { type: "boolean", default: false },
        "report-json": { type: "string" },
        help: { type: "boolean", default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    return (error as Error).message;
  }

  const { values, positionals } = parsed;
  if (values.help) {
    return "help";
  }
  if (!values.partner) {
    return "Missing --partner SLUG.";
  }
  if (positionals.length !== 1) {
    return `Expected one FOLDER argument, got ${positionals.length}.`;
  }

  return { partner: values.partner, folder: positionals[0], dryRun: values["dry-run"] ?? false, deleteMissing: values["delete-missing"] ?? false, reportJson: values["report-json"] };
}

/** Runs the import command on an initialized data source and returns its exit code. */
export async function runImportCommand(dataSource: DataSource, argv: string[], io: CommandIo): Promise<number> {
  const args = readArguments(argv);
  if (args === "help") {
    io.stdout(IMPORT_USAGE);
    return EXIT_CODES.imported;
  }
  if (typeof args === "string") {
    io.stderr.write(`${args}\n\n${IMPORT_USAGE}`);
    return EXIT_CODES.usage;
  }

  try {
    const summary = await importFolder(dataSource, { partnerSlug: args.partner, folder: args.folder, dryRun: args.dryRun, deleteMissing: args.deleteMissing, progress: io.stderr });
    io.stdout(formatSummary(summary));
    if (args.reportJson) {
      writeFileSync(args.reportJson, `${JSON.stringify({ status: summary.dryRun ? "validated" : "imported", ...summary }, null, 2)}\n`);
    }

    return EXIT_CODES.imported;
  } catch (error) {
    if (error instanceof ImportValidationError) {
      io.stderr.write(formatProblems(error.problems));
      if (args.reportJson) {
        writeFileSync(args.reportJson, `${JSON.stringify({ status: "invalid", problems: error.problems }, null, 2)}\n`);
      }
      return EXIT_CODES.invalidFolder;
    }
    if (error instanceof UnknownPartnerError) {
      io.stderr.write(`${error.message}\n`);
      return EXIT_CODES.usage;
    }

    logger.error({ err: error, partnerSlug: args.partner, folder: args.folder }, "import failed and was rolled back");
    io.stderr.write(`The import failed and nothing was written: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_CODES.failed;
  }
}
