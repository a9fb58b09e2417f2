import { type EntityMetadata, EventSubscriber, type EntitySubscriberInterface, type InsertEvent, type ObjectLiteral, type RemoveEvent, type UpdateEvent } from "typeorm";
import { recordDeletions } from "./deletion-log";

/**
 * Keeps what incremental sync reads up to date on every write through TypeORM:
 * - an insert without `updatedAt` gets the current instant;
 * - an update bumps `updatedAt`, unless the caller sets it to a new value itself;
 * - `manager.remove(entity)` writes tombstones first (see `recordDeletions`).
 *
 * NOTE: a query builder `delete()` leaves no tombstone, because TypeORM does not pass its rows
 * to subscribers; such code calls `recordDeletions` first. Changing a participant's goals, life
 * experiences or custom attribute values does not bump the participant's `updatedAt` either.
 *
 * TypeORM loads it only when a data source lists it in `subscribers`, as `createDataSource` does.
 */
@EventSubscriber()
export class SyncSubscriber implements EntitySubscriberInterface<ObjectLiteral> {
  beforeInsert(event: InsertEvent<ObjectLiteral>): void {
    if (hasUpdatedAt(event.metadata) && event.entity && event.entity.updatedAt == null) {
      event.entity.updatedAt = new Date();
    }
  }

  beforeUpdate(event: UpdateEvent<ObjectLiteral>): void {
    const entity = event.entity;
    if (!hasUpdatedAt(event.metadata) || !entity) {
      return;
    }

    // With save(), comparing with the loaded row shows whether the caller changed updatedAt. A query builder update passes only the values it sets.
    const callerSetIt = event.databaseEntity
      ? !sameInstant(entity.updatedAt, event.databaseEntity.updatedAt)
      : entity.updatedAt !== undefined;
    if (!callerSetIt) {
      entity.updatedAt = new Date();
    }
  }

  async beforeRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    const id: unknown = event.entity?.id ?? event.databaseEntity?.id;
    if (typeof id === "string") {
      await recordDeletions(event.manager, event.metadata.target, [id]);
    }
  }
}

function hasUpdatedAt(metadata: EntityMetadata): boolean {
  return metadata.findColumnWithPropertyName("updatedAt") !== undefined;
}

function sameInstant(left: unknown, right: unknown): boolean {
  const time = (value: unknown) => (value instanceof Date ? value.getTime() : value);

  return time(left) === time(right);
}
