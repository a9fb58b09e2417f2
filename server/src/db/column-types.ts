import type { ColumnOptions } from "typeorm";

/** Database engines that Mentorlens runs on through the same entities and migrations. */
export type DatabaseEngine = "sqlite" | "postgres";

/**
 * Returns the engine chosen by the environment: PostgreSQL when DATABASE_URL is set,
 * the embedded SQLite file otherwise.
 *
 * Column types differ between the engines, and decorators are evaluated when a module is
 * imported, so the choice is made from the environment before any entity loads.
 */
export function databaseEngine(): DatabaseEngine {
  return process.env.DATABASE_URL ? "postgres" : "sqlite";
}

/** Column type for an instant in time, stored in UTC on both engines. */
export function instantColumnType(): "timestamptz" | "datetime" {
  return databaseEngine() === "postgres" ? "timestamptz" : "datetime";
}

/** Column options for a required instant. */
export function instantColumn(options: Partial<ColumnOptions> = {}): ColumnOptions {
  return { type: instantColumnType(), ...options };
}

/** Column options for a primary or foreign key: a typed id such as `mtr_` and 32 hex digits. */
export function idColumn(): { type: "varchar"; length: number } {
  return { type: "varchar", length: 36 };
}

/** Column options for an optional foreign key. */
export function nullableIdColumn(): ColumnOptions {
  return { ...idColumn(), nullable: true };
}
