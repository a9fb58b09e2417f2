import { type EntityManager, type EntityMetadata, type EntityTarget, In, type ObjectLiteral } from "typeorm";
import { StaffUser } from "../auth/staff-user.entity";
import { newId } from "../common/ids";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { Mentorship } from "../mentorship/mentorship.entity";
import { Participant } from "../participant/participant.entity";
import { Program } from "../partner/program.entity";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";
import { DeletedRecordType } from "./deleted-record-type.enum";
import { DeletedRecord } from "./deleted-record.entity";

/** Entities whose deletions leave a tombstone, and the kind each tombstone names. */
const TRACKED_ENTITIES = new Map<Function, DeletedRecordType>([
  [Program, DeletedRecordType.PROGRAM],
  [Participant, DeletedRecordType.PARTICIPANT],
  [Mentorship, DeletedRecordType.MENTORSHIP],
  [Conversation, DeletedRecordType.CONVERSATION],
  [Survey, DeletedRecordType.SURVEY],
  [SurveyQuestion, DeletedRecordType.SURVEY_QUESTION],
  [SurveyResponse, DeletedRecordType.SURVEY_RESPONSE],
  [SurveyAnswer, DeletedRecordType.SURVEY_ANSWER],
  [FlagCategory, DeletedRecordType.FLAG_CATEGORY],
  [PriorityFlag, DeletedRecordType.PRIORITY_FLAG],
  [StaffUser, DeletedRecordType.STAFF_USER],
]);

// Stays well under the bound-parameter limits of SQLite (32,766) and PostgreSQL (65,535).
const IDS_PER_STATEMENT = 500;

/**
 * Writes tombstones for rows that are about to be deleted, and for every row their deletion
 * removes through an ON DELETE CASCADE foreign key (a participant takes their mentorships,
 * responses, answers, conversations and flags along). Rows that a SET NULL foreign key
 * detaches, such as the responses of a deleted mentorship, get a new `updatedAt` instead, so
 * that a syncing client reads them again.
 *
 * Call it inside the deleting transaction and before the DELETE, because it reads the rows.
 * `manager.remove(entity)` calls it through `SyncSubscriber`; code that deletes with
 * `delete()`, a query builder or raw SQL must call it itself, because TypeORM does not tell
 * subscribers which rows such statements delete.
 */
export async function recordDeletions(manager: EntityManager, target: EntityTarget<ObjectLiteral>, ids: readonly string[], deletedAt = new Date()): Promise<void> {
  const tombstones: DeletedRecord[] = [];
  await collectDeletions(manager, manager.connection.getMetadata(target), [...new Set(ids)], deletedAt, tombstones, new Set());

  for (let start = 0; start < tombstones.length; start += IDS_PER_STATEMENT / 5) {
    await manager.getRepository(DeletedRecord).insert(tombstones.slice(start, start + IDS_PER_STATEMENT / 5));
  }
}

async function collectDeletions(
  manager: EntityManager,
  metadata: EntityMetadata,
  ids: string[],
  deletedAt: Date,
  tombstones: DeletedRecord[],
  visited: Set<string>,
): Promise<void> {
  const newIds = ids.filter((id) => !visited.has(id));
  if (newIds.length === 0 || !hasTenantId(metadata)) {
    return;
  }
  newIds.forEach((id) => visited.add(id));

  const recordType = TRACKED_ENTITIES.get(metadata.target as Function);
  if (recordType) {
    const rows = await selectInChunks<{ id: string; partnerId: string }>(manager, metadata, "id", newIds, ["id", "partnerId"]);
    for (const row of rows) {
      tombstones.push(Object.assign(new DeletedRecord(), { id: newId("deletedRecord"), partnerId: row.partnerId, recordType, recordId: row.id, deletedAt }));
    }
  }

  for (const dependent of manager.connection.entityMetadatas) {
    for (const foreignKey of dependent.foreignKeys) {
      if (foreignKey.referencedEntityMetadata !== metadata || foreignKey.columns.length !== 1) {
        continue;
      }

      const column = foreignKey.columns[0].propertyName;
      if (foreignKey.onDelete === "CASCADE" && hasTenantId(dependent)) {
        const children = await selectInChunks<{ id: string }>(manager, dependent, column, newIds, ["id"]);
        await collectDeletions(manager, dependent, children.map((child) => child.id), deletedAt, tombstones, visited);
      } else if (foreignKey.onDelete === "SET NULL" && dependent.findColumnWithPropertyName("updatedAt")) {
        await touchInChunks(manager, dependent, column, newIds, deletedAt);
      }
    }
  }
}

/** Tells whether rows of an entity have a single `id` primary key and a `partnerId`, as every tombstone needs. */
function hasTenantId(metadata: EntityMetadata): boolean {
  return (
    metadata.primaryColumns.length === 1 &&
    metadata.primaryColumns[0].propertyName === "id" &&
    metadata.findColumnWithPropertyName("partnerId") !== undefined
  );
}

async function selectInChunks<Row>(manager: EntityManager, metadata: EntityMetadata, column: string, values: string[], fields: string[]): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; start < values.length; start += IDS_PER_STATEMENT) {
    const query = manager.createQueryBuilder(metadata.target, "row").select(`row.${fields[0]}`, fields[0]);
    for (const field of fields.slice(1)) {
      query.addSelect(`row.${field}`, field);
    }
    const chunk = await query.where(`row.${column} IN (:...values)`, { values: values.slice(start, start + IDS_PER_STATEMENT) }).getRawMany<Row>();
    rows.push(...chunk);
  }

  return rows;
}

async function touchInChunks(manager: EntityManager, metadata: EntityMetadata, column: string, values: string[], updatedAt: Date): Promise<void> {
  for (let start = 0; start < values.length; start += IDS_PER_STATEMENT) {
    await manager
      .createQueryBuilder()
      .update(metadata.target)
      .set({ updatedAt })
      .where({ [column]: In(values.slice(start, start + IDS_PER_STATEMENT)) })
      .execute();
  }
}
