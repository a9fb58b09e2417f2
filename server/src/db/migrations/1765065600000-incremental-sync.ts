import { Table, TableColumn, TableForeignKey, TableIndex } from "typeorm";
import type { MigrationInterface, QueryRunner } from "typeorm";
import { idColumn, instantColumnType } from "../column-types";

/*
 * Adds what incremental sync reads: an `updatedAt` on programs and survey responses, an index
 * on (partnerId, updatedAt) for every list that `updatedSince` filters, and the tombstone table
 * `deleted_record`. Names of indexes and keys are left to TypeORM's naming strategy, as in the
 * initial schema, so they match the entity metadata.
 */

/** Tables that get an `updatedAt` column, and the column whose value existing rows start with. */
const NEW_UPDATED_AT: Array<{ table: string; initialValueFrom: string }> = [
  { table: "program", initialValueFrom: "createdAt" },
  { table: "survey_response", initialValueFrom: "submittedAt" },
];

const UPDATED_AT_INDEXED = ["program", "participant", "mentorship", "survey_response", "priority_flag"];

function deletedRecordTable(): Table {
  const { type, length } = idColumn();

  return new Table({
    name: "deleted_record",
    columns: [
      { name: "id", type, length: String(length), isPrimary: true },
      { name: "partnerId", type, length: String(length) },
      { name: "recordType", type: "varchar", length: "32" },
      { name: "recordId", type, length: String(length) },
      { name: "deletedAt", type: instantColumnType() },
    ],
    indices: [new TableIndex({ columnNames: ["partnerId", "deletedAt"] }), new TableIndex({ columnNames: ["recordId"] })],
    foreignKeys: [new TableForeignKey({ columnNames: ["partnerId"], referencedTableName: "partner", referencedColumnNames: ["id"], onDelete: "CASCADE" })],
  });
}

/** Adds updatedAt where it was missing, the indexes that `updatedSince` uses, and the `deleted_record` table. */
export class IncrementalSync1765065600000 implements MigrationInterface {
  name = "IncrementalSync1765065600000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const { table, initialValueFrom } of NEW_UPDATED_AT) {
      // Added as nullable and filled before NOT NULL is set, because the tables may have rows.
      // NOTE: on SQLite, changeColumn rebuilds the table. That is safe only because TypeORM's
      // migration runner switches foreign keys off first; run by hand with them on, dropping the
      // old `program` table would cascade to every row that references a program.
      await queryRunner.addColumn(table, new TableColumn({ name: "updatedAt", type: instantColumnType(), isNullable: true }));
      await queryRunner.query(`UPDATE "${table}" SET "updatedAt" = "${initialValueFrom}"`);
      await queryRunner.changeColumn(table, "updatedAt", new TableColumn({ name: "updatedAt", type: instantColumnType(), isNullable: false }));
    }

    for (const table of UPDATED_AT_INDEXED) {
      await queryRunner.createIndex(table, new TableIndex({ columnNames: ["partnerId", "updatedAt"] }));
    }

    await queryRunner.createTable(deletedRecordTable(), true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("deleted_record", true);

    for (const table of UPDATED_AT_INDEXED) {
      await queryRunner.dropIndex(table, queryRunner.connection.namingStrategy.indexName(table, ["partnerId", "updatedAt"]));
    }

    for (const { table } of NEW_UPDATED_AT) {
      await queryRunner.dropColumn(table, "updatedAt");
    }
  }
}
