import { TableColumn, TableIndex } from "typeorm";
import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Tables that get a partner's own id for their rows, each with the columns its external id is
 * unique within. Participants and mentorships had external ids from the start.
 */
const EXTERNAL_ID_SCOPES: ReadonlyArray<readonly [table: string, scope: string]> = [
  ["program", "partnerId"],
  ["survey", "programId"],
  ["survey_question", "surveyId"],
  ["survey_response", "programId"],
  ["conversation", "programId"],
  ["priority_flag", "programId"],
];

/**
 * Adds an `externalId` column to the tables that lacked one, unique within its program (or
 * partner, or survey), so that a repeated CSV import finds the rows it created before. Both
 * engines let a unique index hold many NULLs, so rows without an external id stay valid.
 */
export class ExternalIds1765065603000 implements MigrationInterface {
  name = "ExternalIds1765065603000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [table, scope] of EXTERNAL_ID_SCOPES) {
      await queryRunner.addColumn(table, new TableColumn({ name: "externalId", type: "varchar", length: "100", isNullable: true }));
      await queryRunner.createIndex(table, new TableIndex({ columnNames: [scope, "externalId"], isUnique: true }));
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, scope] of [...EXTERNAL_ID_SCOPES].reverse()) {
      const loaded = await queryRunner.getTable(table);
      const index = loaded?.indices.find((candidate) => candidate.columnNames.join() === [scope, "externalId"].join());
      if (index) {
        await queryRunner.dropIndex(table, index);
      }
      await queryRunner.dropColumn(table, "externalId");
    }
  }
}
