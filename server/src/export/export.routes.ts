import { Router, type Response } from "express";
import type { DataSource } from "typeorm";
import { bearerChallenge, unauthenticatedMessage } from "../auth/authenticate.middleware";
import { fieldAccessOf } from "../auth/field-access";
import type { Viewer } from "../auth/viewer";
import { ErrorCode } from "../common/errors";
import { isIdOfKind } from "../common/ids";
import { logger } from "../common/logger";
import { TenantScope } from "../common/tenant-scope";
import { buildMentorshipExportRows, MENTORSHIP_EXPORT_CSV_COLUMNS } from "./mentorship-export.rows";
import { loadMentorshipExport } from "./mentorship-export.service";
import { ExportParameterError, type MentorshipListExportQuery, parseMentorshipListExportQuery } from "./mentorship-list-export.params";
import { mentorshipListExportColumns } from "./mentorship-list-export.rows";
import { readMentorshipListExport } from "./mentorship-list-export.service";
import { programExportHandler, type ProgramExportOptions } from "./program-export.handler";
import { SpreadsheetCsvWriter, writeSpreadsheetCsv } from "./spreadsheet-csv";

/** Routes under `/export`: CSV downloads for the signed-in viewer's partner. */
export function exportRoutes(dataSource: DataSource, programExport: ProgramExportOptions = {}): Router {
  const router = Router();
  router.get("/programs/:id.csv", programExportHandler(dataSource, programExport));

  router.get("/mentorships.csv", async (req, res, next) => {
    res.setHeader("Cache-Control", "no-store");

    const viewer = res.locals.viewer as Viewer | null;
    if (!viewer) {
      sendError(res, 401, ErrorCode.UNAUTHENTICATED, "Sign in to download exports.");
      return;
    }

    let query: MentorshipListExportQuery;
    try {
      query = await parseMentorshipListExportQuery(req.query as Record<string, unknown>);
    } catch (error) {
      if (error instanceof ExportParameterError) {
        sendError(res, 400, ErrorCode.BAD_USER_INPUT, error.message, { argumentName: error.parameter });
        return;
      }
      next(error);
      return;
    }

    await streamMentorshipList(res, new TenantScope(dataSource, viewer.partnerId), viewer, query);
  });

  router.get("/mentorships/:id.csv", async (req, res, next) => {
    // Exports hold personal data, so neither the file nor an error may be kept by a browser or proxy cache.
    res.setHeader("Cache-Control", "no-store");

    const viewer = res.locals.viewer as Viewer | null;
    if (!viewer) {
      res.setHeader("WWW-Authenticate", bearerChallenge(res));
      sendError(res, 401, ErrorCode.UNAUTHENTICATED, unauthenticatedMessage(res, "Sign in, or send an API token, to download exports."));
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
      logger.info({ mentorshipId: id, rows: rows.length, userId: viewer.userId, apiTokenId: viewer.apiTokenId }, "mentorship exported");
    } catch (error) {
      next(error);
    }
  });

  return router;
}

/**
 * Writes the list export batch by batch, waiting for the client to read each one, so memory
 * stays flat however many mentorships match. Once the first bytes are sent, a failure can no
 * longer become an error response, so it is logged and the connection is cut, which the
 * browser reports as a failed download instead of a silently truncated file.
 */
async function streamMentorshipList(res: Response, scope: TenantScope, viewer: Viewer, query: MentorshipListExportQuery): Promise<void> {
  const writer = new SpreadsheetCsvWriter(mentorshipListExportColumns(fieldAccessOf(viewer)));
  let rowCount = 0;

  res.setHeader("Content-Type", "text/csv; charset=utf-8");
  res.setHeader("Content-Disposition", `attachment; filename="${listExportFileName(new Date())}"`);
  res.status(200);

  try {
    await writeChunk(res, writer.head());
    for await (const batch of readMentorshipListExport(scope, query)) {
      if (res.destroyed) {
        logger.info({ rows: rowCount, userId: viewer.userId }, "mentorship list export cancelled by the client");
        return;
      }
      await writeChunk(res, writer.rows(batch));
      rowCount += batch.length;
    }
    res.end();
    logger.info({ rows: rowCount, userId: viewer.userId }, "mentorship list exported");
  } catch (error) {
    logger.error({ err: error, rows: rowCount, userId: viewer.userId }, "mentorship list export failed");
    res.destroy(error instanceof Error ? error : undefined);
  }
}

/** Writes a chunk and, when the socket's buffer is full, waits until it drains or the client goes away. */
async function writeChunk(res: Response, chunk: string): Promise<void> {
  if (chunk === "" || res.write(chunk)) {
    return;
  }

  await new Promise<void>((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.on("drain", done);
    res.on("close", done);
  });
}

/** Names the list export after the UTC export date only. */
export function listExportFileName(exportedAt: Date): string {
  return `mentorships-${exportedAt.toISOString().slice(0, 10)}.csv`;
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
