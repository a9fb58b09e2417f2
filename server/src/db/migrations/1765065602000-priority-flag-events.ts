import { Table, TableForeignKey, TableIndex } from "typeorm";
import type { MigrationInterface, QueryRunner, TableColumnOptions } from "typeorm";
import { idColumn, instantColumnType } from "../column-types";

/*
 * Column, index and foreign key definitions mirror `PriorityFlagEvent` exactly, and names are
 * left to TypeORM's default naming strategy, as in the initial migration.
 */

function id(name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
  const { type, length } = idColumn();

  return { name, type, length: String(length), ...options };
}

function varchar(name: string, length: number, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
  return { name, type: "varchar", length: String(length), ...options };
}

function priorityFlagEventTable(): Table {
  return new Table({
    name: "priority_flag_event",
    columns: [
      id("id", { isPrimary: true }),
      id("partnerId"),
      id("flagId"),
      varchar("type", 16),
      varchar("fromStatus", 16),
      varchar("toStatus", 16),
      id("actorId", { isNullable: true }),
      varchar("actorLabel", 200),
      { name: "occurredAt", type: instantColumnType() },
      id("assigneeId", { isNullable: true }),
      varchar("resolutionReason", 24, { isNullable: true }),
      { name: "note", type: "text", isNullable: true },
    ],
    indices: [new TableIndex({ columnNames: ["flagId", "occurredAt"] }), new TableIndex({ columnNames: ["partnerId"] })],
    foreignKeys: [
      new TableForeignKey({ columnNames: ["partnerId"], referencedTableName: "partner", referencedColumnNames: ["id"], onDelete: "CASCADE" }),
      new TableForeignKey({ columnNames: ["flagId"], referencedTableName: "priority_flag", referencedColumnNames: ["id"], onDelete: "CASCADE" }),
      // The history outlives the staff user; `actorLabel` keeps the name.
      new TableForeignKey({ columnNames: ["actorId"], referencedTableName: "staff_user", referencedColumnNames: ["id"], onDelete: "SET NULL" }),
      new TableForeignKey({ columnNames: ["assigneeId"], referencedTableName: "staff_user", referencedColumnNames: ["id"], onDelete: "SET NULL" }),
    ],
  });
}

/** Adds the history of staff actions on priority flags. */
export class PriorityFlagEvents1765065602000 implements MigrationInterface {
  name = "PriorityFlagEvents1765065602000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(priorityFlagEventTable(), true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("priority_flag_event", true);
  }
}
