import type { EntityTarget, ObjectLiteral } from "typeorm";
import type { ImportFileName } from "./import-format";

/** Changes an import makes to one table: rows to insert, rows to change, and how many already match. */
export interface TablePlan {
  file: ImportFileName;
  entity: EntityTarget<ObjectLiteral>;
  creates: ObjectLiteral[];
  /** Each update changes only the columns whose values differ, on the row that `criteria` selects. */
  updates: Array<{ criteria: ObjectLiteral; changes: ObjectLiteral }>;
  unchanged: number;
  /** Stored rows to delete because the folder no longer lists them (with `--delete-missing` only), and the keys they were imported under. */
  deletes: Array<{ id: string; key: string }>;
}

export function emptyTablePlan(file: ImportFileName, entity: EntityTarget<ObjectLiteral>): TablePlan {
  return { file, entity, creates: [], updates: [], unchanged: 0, deletes: [] };
}

function comparable(value: unknown): unknown {
  if (value instanceof Date) {
    return value.getTime();
  }
  if (Array.isArray(value)) {
    return JSON.stringify(value);
  }

  return value ?? null;
}

/** Returns the fields of `desired` whose values differ from `stored`, or null when none does. */
export function changedFields(stored: ObjectLiteral, desired: ObjectLiteral): ObjectLiteral | null {
  const changes: ObjectLiteral = {};
  for (const [field, value] of Object.entries(desired)) {
    if (comparable(stored[field]) !== comparable(value)) {
      changes[field] = value;
    }
  }

  return Object.keys(changes).length > 0 ? changes : null;
}

/**
 * Adds one row to a table plan: a create when nothing is stored under its key, an update of the
 * differing fields when something is, or an unchanged count. `touch` adds fields (such as
 * `updatedAt`) to an update only, so they never make a row count as changed.
 */
export function planRow(
  plan: TablePlan,
  stored: ObjectLiteral | undefined,
  criteria: ObjectLiteral,
  desired: ObjectLiteral,
  created: () => ObjectLiteral,
  touch: ObjectLiteral = {},
): void {
  if (!stored) {
    plan.creates.push({ ...created(), ...desired });
    return;
  }

  const changes = changedFields(stored, desired);
  if (changes) {
    plan.updates.push({ criteria, changes: { ...changes, ...touch } });
  } else {
    plan.unchanged += 1;
  }
}

/** Rows stored or imported in one scope (a program, survey or participant), found by their key. */
export class ScopedIndex<T> {
  private readonly byScope = new Map<string, Map<string, T>>();
  private readonly scopesByKey = new Map<string, Set<string>>();

  set(scope: string, key: string, value: T): void {
    let rows = this.byScope.get(scope);
    if (!rows) {
      rows = new Map();
      this.byScope.set(scope, rows);
    }
    rows.set(key, value);

    let scopes = this.scopesByKey.get(key);
    if (!scopes) {
      scopes = new Set();
      this.scopesByKey.set(key, scopes);
    }
    scopes.add(scope);
  }

  get(scope: string, key: string): T | undefined {
    return this.byScope.get(scope)?.get(key);
  }

  /** Returns the scopes other than `scope` that have a row with this key. */
  otherScopesOf(scope: string, key: string): string[] {
    return [...(this.scopesByKey.get(key) ?? [])].filter((candidate) => candidate !== scope);
  }
}
