import { type EntityManager, type EntityTarget, In, type ObjectLiteral } from "typeorm";
import { logger } from "../common/logger";
import { recordDeletions } from "../sync/deletion-log";
import { parentLinkOf, touchParents } from "../sync/parent-rows";
import type { ImportProgress } from "./import-progress";
import type { TablePlan } from "./plan-diff";

/**
 * Maximum bound parameters per INSERT. The SQLite bundled with better-sqlite3 rejects a
 * 32,767th parameter, and PostgreSQL's wire protocol counts parameters in 16 bits, so this
 * stays well below both and no single statement keeps the engine busy for long.
 */
const MAX_PARAMETERS_PER_STATEMENT = 10_000;

/** Rows deleted per statement; far below the bound-parameter limits of both engines. */
const IDS_PER_DELETE = 500;

/** Called after each batch of a table is written; tests use it to fail an import part way. */
export type BatchHook = (manager: EntityManager, table: TablePlan, batchesWritten: number) => Promise<void>;

function rowsPerStatement(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): number {
  const columnCount = manager.connection.getMetadata(entity).columns.length;

  return Math.max(1, Math.floor(MAX_PARAMETERS_PER_STATEMENT / columnCount));
}

/**
 * Writes a plan inside the caller's transaction: multi-row inserts in batches, then one UPDATE
 * per changed row with only its changed columns. Tables are written in plan order, which is
 * foreign-key order. A changed answer, goal, life experience or attribute value gives its
 * response or participant a new `updatedAt`, so incremental sync fetches it again. Rows the
 * plan deletes go last, each leaving a tombstone.
 */
export async function writeImportPlan(manager: EntityManager, plan: TablePlan[], progress: ImportProgress, afterBatch?: BatchHook): Promise<void> {
  for (const table of plan) {
    let batches = 0;
    const chunkSize = rowsPerStatement(manager, table.entity);
    // Rows synced through a parent (answers, goals and the like) give it a new updatedAt once per
    // table below, instead of once per row as the sync subscriber would.
    const parentLink = parentLinkOf(table.entity);
    const callListeners = parentLink === undefined;
    for (let start = 0; start < table.creates.length; start += chunkSize) {
      const rows = table.creates.slice(start, start + chunkSize);
      await manager.createQueryBuilder().insert().into(table.entity).values(rows).updateEntity(false).callListeners(callListeners).execute();
      progress.advance(rows.length);
      batches += 1;
      logger.debug({ file: table.file, batch: batches, rows: rows.length }, "import batch written");
      await afterBatch?.(manager, table, batches);
    }

    for (const { criteria, changes } of table.updates) {
      await manager.createQueryBuilder().update(table.entity).set(changes).where(criteria).updateEntity(false).callListeners(callListeners).execute();
      progress.advance(1);
    }
    if (parentLink) {
      const changedRows = [...table.creates, ...table.updates.map((update) => update.criteria)];
      await touchParents(manager, parentLink, changedRows.map((row) => row[parentLink.column] as string));
    }
    if (table.updates.length > 0) {
      batches += 1;
      await afterBatch?.(manager, table, batches);
    }
  }

  // Referencing tables come later in the plan, so deleting in reverse order deletes children before their parents.
  for (const table of [...plan].reverse()) {
    await deleteRows(manager, table);
    progress.advance(table.deletes.length);
  }
}

/**
 * Deletes the rows a table plan lists, after writing their tombstones and those of the rows
 * their deletion cascades to, so that syncing clients learn of every deletion.
 */
async function deleteRows(manager: EntityManager, table: TablePlan): Promise<void> {
  const ids = table.deletes.map((row) => row.id);
  for (let start = 0; start < ids.length; start += IDS_PER_DELETE) {
    const chunk = ids.slice(start, start + IDS_PER_DELETE);
    await recordDeletions(manager, table.entity, chunk);
    await manager.createQueryBuilder().delete().from(table.entity).where({ id: In(chunk) }).execute();
    logger.debug({ file: table.file, rows: chunk.length }, "import deletions written");
  }
}
