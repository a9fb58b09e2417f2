import { Router, type Response } from "express";
import type { DataSource } from "typeorm";
import { fieldAccessOf } from "../auth/field-access";
import type { Viewer } from "../auth/viewer";
import { ErrorCode } from "../common/errors";
import { isIdOfKind } from "../common/ids";
import { logger } from "../common/logger";
import { TenantScope } from "../common/tenant-scope";
import { buildMentorshipExportRows, MENTORSHIP_EXPORT_CSV_COLUMNS } from "./mentorship-export.rows";
import { loadMentorshipExport } from "./mentorship-export.service";
import { programExportHandler, type ProgramExportOptions } from "./program-export.handler";
import { writeSpreadsheetCsv } from "./spreadsheet-csv";

/** Routes under `/export`: CSV downloads for the signed-in viewer's partner. */
export function exportRoutes(dataSource: DataSource, programExport: ProgramExportOptions = {}): Router {
  const router = Router();
  router.get("/programs/:id.csv", programExportHandler(dataSource, programExport));

  router.get("/mentorships/:id.csv", async (req, res, next) => {
    // Exports hold personal data, so neither the file nor an error may be kept by a browser or proxy cache.
    res.setHeader("Cache-Control", "no-store");

    const viewer = res.locals.viewer as Viewer | null;
    if (!viewer) {
      sendError(res, 401, ErrorCode.UNAUTHENTICATED, "Sign in to download exports.");
      return;
    }

    const id = req.params.id;
    if (!isIdOfKind("mentorship", id)) {
      sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'The id must be a mentorship id: "mtr_" followed by 32 lowercase hex digits.', {
        argumentName: "id",
      });
      return;
    }

    try {
      const data = await loadMentorshipExport(new TenantScope(dataSource, viewer.partnerId), id);
      if (!data) {
        // The same body for a missing id and another partner's id, so neither reveals that the other exists.
        sendError(res, 404, ErrorCode.NOT_FOUND, "No mentorship with this id was found.");
        return;
      }

      const rows = buildMentorshipExportRows(data, fieldAccessOf(viewer));
      const csv = writeSpreadsheetCsv(MENTORSHIP_EXPORT_CSV_COLUMNS, rows);

      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="${exportFileName(id, new Date())}"`);
      res.status(200).send(csv);
      logger.info({ mentorshipId: id, rows: rows.length, userId: viewer.userId }, "mentorship exported");
    } catch (error) {
      next(error);
    }
  });

  return router;
}

/**
 * Names the file after the mentorship id and the UTC export date, never after a participant,
 * so that the name leaks nothing when the file is attached or shared.
 */
export function exportFileName(mentorshipId: string, exportedAt: Date): string {
  return `mentorship-${mentorshipId}-${exportedAt.toISOString().slice(0, 10)}.csv`;
}

function sendError(res: Response, status: number, code: ErrorCode, message: string, details: Record<string, string> = {}): void {
  res.status(status).json({ error: { code, message, ...details } });
}
