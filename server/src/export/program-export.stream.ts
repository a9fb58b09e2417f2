import { once } from "node:events";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Writable } from "node:stream";
import type { FieldAccess } from "../auth/field-access";
import { buildMentorshipExportRows, MENTORSHIP_EXPORT_CSV_COLUMNS, type MentorshipExportRow } from "./mentorship-export.rows";
import { loadMentorshipExportBatch, loadMentorshipPage, type ProgramExportContext } from "./program-export.loader";
import { SpreadsheetCsvPieces } from "./spreadsheet-csv";

/**
 * Mentorships loaded per batch. Each batch runs about a dozen statements whose IN lists hold at
 * most twice this many ids, and its rows are written out before the next batch is read, so
 * memory depends on this size and not on the program's.
 */
export const DEFAULT_EXPORT_BATCH_SIZE = 200;

export interface StreamOptions {
  batchSize?: number;
  /** Stops the export between batches, such as when the client disconnects. */
  signal?: AbortSignal;
}

export interface StreamSummary {
  mentorships: number;
  rows: number;
  batches: number;
  /** False when the signal stopped the export before the last mentorship. */
  completed: boolean;
}

/**
 * Writes every mentorship of a program to `sink` as one CSV file in the one-pair export's
 * layout: each mentorship's section (its mentorship, participant, profile, conversation,
 * survey answer and flag rows) follows the previous one, in mentorship id order. Mentorships
 * are read in keyset pages (`id > last id`), and each write waits for the sink to drain when
 * its buffer is full, so a slow reader slows the export instead of filling memory.
 */
export async function streamProgramCsv(context: ProgramExportContext, access: FieldAccess, sink: Writable, options: StreamOptions = {}): Promise<StreamSummary> {
  const batchSize = options.batchSize ?? DEFAULT_EXPORT_BATCH_SIZE;
  const pieces = new SpreadsheetCsvPieces<MentorshipExportRow>(MENTORSHIP_EXPORT_CSV_COLUMNS);
  const summary: StreamSummary = { mentorships: 0, rows: 0, batches: 0, completed: false };

  await write(sink, pieces.format([]), options.signal);
  let afterId: string | null = null;
  while (!options.signal?.aborted) {
    const page = await loadMentorshipPage(context, afterId, batchSize);
    if (page.length === 0) {
      summary.completed = true;
      break;
    }

    const exports = await loadMentorshipExportBatch(context, page);
    const rows = exports.flatMap((data) => buildMentorshipExportRows(data, access));
    await write(sink, pieces.format(rows), options.signal);
    summary.mentorships += page.length;
    summary.rows += rows.length;
    summary.batches += 1;
    afterId = page[page.length - 1].id;
    // better-sqlite3 runs statements synchronously, so without this turn of the event loop a
    // whole export could run before the server notices a closed connection or serves anyone else.
    await nextTurn();
  }

  return summary;
}

/** Writes a piece and, when the sink's buffer is full, waits until it drains or the signal aborts. */
export async function write(sink: Writable, text: string, signal?: AbortSignal): Promise<void> {
  if (text === "" || signal?.aborted) {
    return;
  }
  if (sink.write(text)) {
    return;
  }

  try {
    await once(sink, "drain", { signal });
  } catch (error) {
    if (!signal?.aborted) {
      throw error;
    }
  }
}
