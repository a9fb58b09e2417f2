import DataLoader from "dataloader";
import type { ObjectLiteral } from "typeorm";
import type { TenantEntity } from "../db/entities";
import type { TenantScope } from "./tenant-scope";

/** Loads rows of one entity by id in one statement per batch; a missing or foreign id loads null. */
export function createByIdLoader<E extends ObjectLiteral & { id: string }>(
  scope: TenantScope,
  entity: TenantEntity & (new () => E),
): DataLoader<string, E | null> {
  return new DataLoader(async (ids) => {
    const rows = await scope.select(entity, "row").andWhere("row.id IN (:...ids)", { ids: [...ids] }).getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));

    return ids.map((id) => byId.get(id) ?? null);
  });
}

/**
 * Keeps one DataLoader per distinct set of field arguments, so that, for example, every
 * mentorship's `surveyResponses(filter: …)` with the same arguments shares one batch.
 */
export class LoadersByArguments<Arguments, Key, Value> {
  private readonly loaders = new Map<string, DataLoader<Key, Value>>();

  constructor(private readonly create: (args: Arguments) => DataLoader<Key, Value>) {}

  /** Returns the loader for these arguments, creating it on first use. */
  forArguments(args: Arguments): DataLoader<Key, Value> {
    const key = JSON.stringify(args);
    let loader = this.loaders.get(key);
    if (!loader) {
      loader = this.create(args);
      this.loaders.set(key, loader);
    }

    return loader;
  }
}

/** Groups rows by a key, keeping their order, and returns one list per requested key. */
export function groupByKey<Row>(keys: readonly string[], rows: Row[], keyOf: (row: Row) => string | null): Row[][] {
  const groups = new Map<string, Row[]>(keys.map((key) => [key, []]));

  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null) {
      groups.get(key)?.push(row);
    }
  }

  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * Loads a row that a foreign key guarantees, such as a mentorship's program. A missing row
 * means broken data, so it fails the field as an internal error rather than returning null.
 */
export async function loadReferenced<V>(loader: DataLoader<string, V | null>, id: string, typeName: string): Promise<V> {
  const row = await loader.load(id);
  if (!row) {
    throw new Error(`${typeName} ${id} is referenced but could not be loaded`);
  }

  return row;
}
