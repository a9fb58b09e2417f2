import { Table, TableForeignKey, TableIndex } from "typeorm";
import type { MigrationInterface, QueryRunner } from "typeorm";
import { idColumn, instantColumnType } from "../column-types";

/** Mirrors the `ApiToken` entity exactly, because tests compare the two with TypeORM's schema builder. */
function apiTokenTable(): Table {
  const id = { type: idColumn().type, length: String(idColumn().length) };

  return new Table({
    name: "api_token",
    columns: [
      { name: "id", ...id, isPrimary: true },
      { name: "partnerId", ...id },
      { name: "name", type: "varchar", length: "200" },
      { name: "role", type: "varchar", length: "16" },
      { name: "grants", type: "text" },
      { name: "tokenHash", type: "varchar", length: "64" },
      { name: "createdAt", type: instantColumnType() },
      { name: "lastUsedAt", type: instantColumnType(), isNullable: true },
      { name: "revokedAt", type: instantColumnType(), isNullable: true },
    ],
    indices: [new TableIndex({ columnNames: ["partnerId"] }), new TableIndex({ columnNames: ["tokenHash"], isUnique: true })],
    foreignKeys: [new TableForeignKey({ columnNames: ["partnerId"], referencedTableName: "partner", referencedColumnNames: ["id"], onDelete: "CASCADE" })],
  });
}

/** Adds API tokens, with which analysts' tools and integrations call the API without a session. */
export class ApiTokens1765065601000 implements MigrationInterface {
  name = "ApiTokens1765065601000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(apiTokenTable(), true);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("api_token", true);
  }
}
