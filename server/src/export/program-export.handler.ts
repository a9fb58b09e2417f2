import type { RequestHandler, Response } from "express";
import type { DataSource } from "typeorm";
import { fieldAccessOf } from "../auth/field-access";
import type { Viewer } from "../auth/viewer";
import { ErrorCode } from "../common/errors";
import { isIdOfKind } from "../common/ids";
import { logger } from "../common/logger";
import { TenantScope } from "../common/tenant-scope";
import { Program } from "../partner/program.entity";
import { loadProgramExportContext } from "./program-export.loader";
import { streamProgramCsv } from "./program-export.stream";

export interface ProgramExportOptions {
  /** Mentorships per batch; tests lower it to get many batches from a small program. */
  batchSize?: number;
}

/**
 * Handles `GET /export/programs/:id.csv`: streams every mentorship of one program of the
 * viewer's partner as one CSV file, with the same columns, field access and formula
 * neutralization as the one-pair export. The export stops between batches when the client
 * disconnects.
 */
export function programExportHandler(dataSource: DataSource, options: ProgramExportOptions = {}): RequestHandler<{ id: string }> {
  return async (req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    const viewer = res.locals.viewer as Viewer | null;
    if (!viewer) {
      sendError(res, 401, ErrorCode.UNAUTHENTICATED, "Sign in to download exports.");
      return;
    }
    const id = req.params.id;
    if (!isIdOfKind("program", id)) {
      sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'The id must be a program id: "prg_" followed by 32 lowercase hex digits.', { argumentName: "id" });
      return;
    }

    const disconnected = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) {
        disconnected.abort();
      }
    });

    try {
      const scope = new TenantScope(dataSource, viewer.partnerId);
      const program = await scope.findById(Program, id);
      if (!program) {
        // The same body for a missing id and another partner's id, so neither reveals that the other exists.
        sendError(res, 404, ErrorCode.NOT_FOUND, "No program with this id was found.");
        return;
      }

      const context = await loadProgramExportContext(scope, program);
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="${programExportFileName(id, new Date())}"`);
      res.status(200);
      const summary = await streamProgramCsv(context, fieldAccessOf(viewer), res, { batchSize: options.batchSize, signal: disconnected.signal });
      const details = { programId: id, mentorships: summary.mentorships, rows: summary.rows, batches: summary.batches, userId: viewer.userId };
      if (summary.completed) {
        res.end();
        logger.info(details, "program exported");
      } else {
        logger.info(details, "program export stopped because the client disconnected");
      }
    } catch (error) {
      if (!res.headersSent) {
        next(error);
        return;
      }
      // Part of the file is already sent, so the only signal left is to break the connection.
      logger.error({ err: error, programId: id, userId: viewer.userId }, "program export failed after the file had started");
      res.destroy(error as Error);
    }
  };
}

/** Names the file after the program id and the UTC export date, like the one-pair export. */
export function programExportFileName(programId: string, exportedAt: Date): string {
  return `program-${programId}-${exportedAt.toISOString().slice(0, 10)}.csv`;
}

function sendError(res: Response, status: number, code: ErrorCode, message: string, details: Record<string, string> = {}): void {
  res.status(status).json({ error: { code, message, ...details } });
}
