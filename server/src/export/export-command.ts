import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { logger } from "../common/logger";
import { isIdOfKind } from "../common/ids";
import { TenantScope } from "../common/tenant-scope";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { loadProgramExportContext } from "./program-export.loader";
import { streamProgramCsv } from "./program-export.stream";
import { writeProgramFolder } from "./program-folder-export";

export const EXPORT_USAGE = `Usage: npm run export -- --program ID_OR_NAME [options]

Exports every mentorship of one program as one CSV file, in the columns of the one-pair
export (docs/bulk-export.md), or as an import folder that \`npm run import\` reads back.

Options:
  --program ID_OR_NAME  The program's id (prg_...) or its exact name (required).
  --partner SLUG        The partner of the program, needed when several partners have a program of that name.
  --out FILE            Writes the CSV file to FILE instead of standard output.
  --folder DIR          Writes the import folder format (docs/import-format.md) into DIR instead of one CSV file.
  --help                Prints this help.

The command reads the database directly, so the file holds contact details and flag notes.
Exit codes: 0 exported, 2 invalid arguments or unknown program, 3 the export failed.
`;

export const EXPORT_EXIT_CODES = { exported: 0, usage: 2, failed: 3 } as const;

export interface ExportCommandIo {
  stdout: Writable;
  stderr: (text: string) => void;
}

class UsageError extends Error {}

async function findProgram(dataSource: DataSource, idOrName: string, partnerSlug: string | undefined): Promise<Program> {
  let partnerId: string | undefined;
  if (partnerSlug) {
    const partner = await dataSource.getRepository(Partner).findOneBy({ slug: partnerSlug });
    if (!partner) {
      throw new UsageError(`No partner has the slug "${partnerSlug}".`);
    }
    partnerId = partner.id;
  }

  const where: { id?: string; name?: string; partnerId?: string } = isIdOfKind("program", idOrName) ? { id: idOrName } : { name: idOrName };
  if (partnerId) {
    where.partnerId = partnerId;
  }
  const programs = await dataSource.getRepository(Program).find({ where, take: 2 });
  if (programs.length === 0) {
    throw new UsageError(`No program has the id or name "${idOrName}"${partnerSlug ? ` at partner "${partnerSlug}"` : ""}.`);
  }
  if (programs.length > 1) {
    throw new UsageError(`Several partners have a program named "${idOrName}"; add --partner SLUG or use the program id.`);
  }

  return programs[0];
}

/** Runs the export command on an initialized data source and returns its exit code. */
export async function runExportCommand(dataSource: DataSource, argv: string[], io: ExportCommandIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { program: { type: "string" }, partner: { type: "string" }, out: { type: "string" }, folder: { type: "string" }, help: { type: "boolean" } },
      strict: true,
    }));
  } catch (error) {
    io.stderr(`${(error as Error).message}\n\n${EXPORT_USAGE}`);
    return EXPORT_EXIT_CODES.usage;
  }
  if (values.help) {
    io.stdout.write(EXPORT_USAGE);
    return EXPORT_EXIT_CODES.exported;
  }
  if (!values.program || (values.out && values.folder)) {
    io.stderr(`${values.program ? "Use either --out or --folder, not both." : "Missing --program ID_OR_NAME."}\n\n${EXPORT_USAGE}`);
    return EXPORT_EXIT_CODES.usage;
  }

  try {
    const program = await findProgram(dataSource, values.program, values.partner);
    const scope = new TenantScope(dataSource, program.partnerId);
    if (values.folder) {
      const counts = await writeProgramFolder(scope, program, values.folder);
      const rowCounts = Object.entries(counts).map(([file, count]) => `${file} ${count}`);
      io.stderr(`Wrote program "${program.name}" to ${values.folder}: ${rowCounts.join(", ")}\n`);
      return EXPORT_EXIT_CODES.exported;
    }

    const sink = values.out ? createWriteStream(values.out) : io.stdout;
    const context = await loadProgramExportContext(scope, program);
    const summary = await streamProgramCsv(context, { contactDetails: true, flagNotes: true }, sink);
    if (values.out) {
      sink.end();
      await finished(sink);
    }
    io.stderr(`Exported ${summary.mentorships} mentorships (${summary.rows} rows) of program "${program.name}"${values.out ? ` to ${values.out}` : ""}.\n`);

    return EXPORT_EXIT_CODES.exported;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n`);
      return EXPORT_EXIT_CODES.usage;
    }

    logger.error({ err: error, program: values.program }, "program export command failed");
    io.stderr(`The export failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXPORT_EXIT_CODES.failed;
  }
}
