import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { logger } from "../common/logger";
import type { ImportProgress } from "./import-progress";
import type { TablePlan } from "./plan-diff";

/**
 * Maximum bound parameters per INSERT. The SQLite bundled with better-sqlite3 rejects a
 * 32,767th parameter, and PostgreSQL's wire protocol counts parameters in 16 bits, so this
 * stays well below both and no single statement keeps the engine busy for long.
 */
const MAX_PARAMETERS_PER_STATEMENT = 10_000;

/** Called after each batch of a table is written; tests use it to fail an import part way. */
export type BatchHook = (manager: EntityManager, table: TablePlan, batchesWritten: number) => Promise<void>;

function rowsPerStatement(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): number {
  const columnCount = manager.connection.getMetadata(entity).columns.length;

  return Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columnCount));
}

/**
 * Writes a plan inside the caller's transaction: multi-row inserts in batches, then one UPDATE
 * per changed row with only its changed columns. Tables are written in plan order, which is
 * foreign-key order.
 */
export async function writeImportPlan(manager: EntityManager, plan: TablePlan[], progress: ImportProgress, afterBatch?: BatchHook): Promise<void> {
  for (const table of plan) {
    let batches = 0;
    const chunkSize = rowsPerStatement(manager, table.entity);
    for (let start = 0; start < table.creates.length; start += chunkSize) {
      const rows = table.creates.slice(start, start + chunkSize);
      await manager.createQueryBuilder().insert().into(table.entity).values(rows).updateEntity(false).execute();
      progress.advance(rows.length);
      batches += 1;
      logger.debug({ file: table.file, batch: batches, rows: rows.length }, "import batch written");
      await afterBatch?.(manager, table, batches);
    }

    for (const { criteria, changes } of table.updates) {
      await manager.createQueryBuilder().update(table.entity).set(changes).where(criteria).updateEntity(false).execute();
      progress.advance(1);
    }
    if (table.updates.length > 0) {
      batches += 1;
      await afterBatch?.(manager, table, batches);
    }
  }
}
