import { type EntityManager, type EntityMetadata, EventSubscriber, type EntitySubscriberInterface, type InsertEvent, type ObjectLiteral, type RemoveEvent, type UpdateEvent } from "typeorm";
import { recordDeletions } from "./deletion-log";
import { parentLinkOf, touchParents } from "./parent-rows";

/**
 * Keeps what incremental sync reads up to date on every write through TypeORM:
 * - an insert without `updatedAt` gets the current instant;
 * - an update bumps `updatedAt`, unless the caller sets it to a new value itself;
 * - `manager.remove(entity)` writes tombstones first (see `recordDeletions`).
 *
 * - inserting, updating or removing a row that is synced through its parent gives that parent
 *   a new `updatedAt`. Such rows are survey answers, goals, life experiences and custom
 *   attribute values (see `parentLinkOf`).
 *
 * NOTE: a query builder `delete()` leaves no tombstone, because TypeORM does not pass its rows
 * to subscribers; such code calls `recordDeletions` first. Likewise, a query builder update of a
 * child row whose values leave out the parent's id cannot find the parent; such code calls
 * `touchParents` itself, as the import does.
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

  async afterInsert(event: InsertEvent<ObjectLiteral>): Promise<void> {
    await touchParentOf(event.manager, event.metadata, event.entity);
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>): Promise<void> {
    // The stored row names the parent before the change; the new values may move the row to another parent.
    await touchParentOf(event.manager, event.metadata, event.databaseEntity, event.entity);
  }

  async afterRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    await touchParentOf(event.manager, event.metadata, event.databaseEntity ?? event.entity);
  }

  async beforeRemove(event: RemoveEvent<ObjectLiteral>): Promise<void> {
    const id: unknown = event.entity?.id ?? event.databaseEntity?.id;
    if (typeof id === "string") {
      await recordDeletions(event.manager, event.metadata.target, [id]);
    }
  }
}

async function touchParentOf(manager: EntityManager, metadata: EntityMetadata, ...children: Array<ObjectLiteral | undefined>): Promise<void> {
  const link = parentLinkOf(metadata.target);
  if (!link) {
    return;
  }

  const parentIds = children.map((child): unknown => child?.[link.column]).filter((id): id is string => typeof id === "string");
  if (parentIds.length > 0) {
    await touchParents(manager, link, parentIds);
  }
}

function hasUpdatedAt(metadata: EntityMetadata): boolean {
  return metadata.findColumnWithPropertyName("updatedAt") !== undefined;
}

function sameInstant(left: unknown, right: unknown): boolean {
  const time = (value: unknown) => (value instanceof Date ? value.getTime() : value);

  return time(left) === time(right);
}
