import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { logger } from "../common/logger";
import { Partner } from "../partner/partner.entity";
import { loadExistingRows } from "./existing-rows";
import type { ImportFileName } from "./import-format";
import { ImportProblems, ImportValidationError } from "./import-problem";
import { ImportProgress, type ProgressSink } from "./import-progress";
import { ImportPlanner } from "./plan-import";
import { readImportFolder } from "./read-import-folder";
import { writeImportPlan, type BatchHook } from "./write-import";

export interface ImportOptions {
  /** Slug of the partner that receives the programs. */
  partnerSlug: string;
  folder: string;
  /** Validates and counts without writing. */
  dryRun?: boolean;
  /**
   * Deletes the stored rows of the folder's programs that a file of `DELETABLE_FILES` no longer
   * lists. Only files present in the folder are compared; a missing file deletes nothing.
   */
  deleteMissing?: boolean;
  /** Destination of progress lines; none when left out. */
  progress?: ProgressSink;
  /** Runs after each written batch, inside the transaction. */
  afterBatch?: BatchHook;
  now?: Date;
}

/** Counts of the rows of one file that an import created, updated and left unchanged (or would, on a dry run). */
export interface ImportFileSummary {
  file: ImportFileName;
  created: number;
  updated: number;
  unchanged: number;
  /** Stored rows deleted because the file no longer lists them (always 0 without `deleteMissing`). */
  deleted: number;
  /** External ids of the deleted rows (or, on a dry run, of the rows an import would delete). */
  deletedExternalIds: string[];
}

export interface ImportSummary {
  dryRun: boolean;
  files: ImportFileSummary[];
  durationMs: number;
}

/**
 * Files whose rows `deleteMissing` deletes when they are left out. Programs, surveys,
 * questions, flag categories and custom attributes are never deleted. Answers, goals, life
 * experiences and attribute values are deleted only along with their response or participant.
 */
export const DELETABLE_FILES: ReadonlySet<ImportFileName> = new Set<ImportFileName>([
  "participants.csv",
  "mentorships.csv",
  "survey_responses.csv",
  "conversations.csv",
  "priority_flags.csv",
]);

/** Thrown when the partner slug matches no partner. */
export class UnknownPartnerError extends Error {
  constructor(readonly slug: string) {
    super(`No partner has the slug "${slug}". Check the --partner value.`);
    this.name = "UnknownPartnerError";
  }
}

/**
 * Imports a folder of CSV files into one partner's programs. Every file is read and every row
 * checked before anything is written; a folder with any problem raises ImportValidationError
 * listing all of them. The writes run in one transaction, so a failure (or a killed process)
 * leaves the database as it was.
 */
export async function importFolder(dataSource: DataSource, options: ImportOptions): Promise<ImportSummary> {
  const started = Date.now();
  const now = options.now ?? new Date();
  const partner = await dataSource.getRepository(Partner).findOneBy({ slug: options.partnerSlug });
  if (!partner) {
    throw new UnknownPartnerError(options.partnerSlug);
  }

  // NOTE: every file is parsed into memory before any row is checked, because all problems must
  // be found before writing. Memory therefore grows with the folder; its peak is not measured yet.
  const problems = new ImportProblems();
  const records = readImportFolder(options.folder, problems);
  const programKeys = new Set(records["programs.csv"].map((record) => record.values.external_id as string | null).filter((key) => key !== null));

  // Stored rows are read before the transaction starts, so that validation never holds a lock.
  const existing = await loadExistingRows(dataSource.manager, partner.id, programKeys);
  const deleteMissingIn = new Set(options.deleteMissing ? [...DELETABLE_FILES].filter((file) => existsSync(join(options.folder, file))) : []);
  const plan = new ImportPlanner(partner.id, existing, problems, now, deleteMissingIn).plan(records);
  if (problems.count > 0) {
    throw new ImportValidationError(problems.sorted());
  }

  const files = plan.map((table) => ({
    file: table.file,
    created: table.creates.length,
    updated: table.updates.length,
    unchanged: table.unchanged,
    deleted: table.deletes.length,
    deletedExternalIds: table.deletes.map((row) => row.key),
  }));
  const total = files.reduce((sum, file) => sum + file.created + file.updated + file.deleted, 0);
  logger.info({ partnerId: partner.id, folder: options.folder, rowsToWrite: total, dryRun: options.dryRun ?? false }, "import validated");
  if (!options.dryRun && total > 0) {
    const progress = new ImportProgress(options.progress ?? null, total);
    await dataSource.transaction((manager) => writeImportPlan(manager, plan, progress, options.afterBatch));
    progress.finish();
  }

  const durationMs = Date.now() - started;
  logger.info({ partnerId: partner.id, rowsWritten: options.dryRun ? 0 : total, durationMs }, "import finished");

  return { dryRun: options.dryRun ?? false, files, durationMs };
}
