import type { QueryRunner } from "typeorm";
import { newId } from "../common/ids";
import { MIGRATIONS } from "../db/migrations";
import { IncrementalSync1765065600000 } from "../db/migrations/1765065600000-incremental-sync";
import { createTestDatabase, type TestDatabase } from "../test-support/test-database";

describe("incremental sync migration", () => {
  let database: TestDatabase;
  let queryRunner: QueryRunner;

  beforeAll(async () => {
    // Migrated to the step before, so the migration under test runs through TypeORM's own
    // migration runner, as on a deployed database.
    database = await createTestDatabase();
    const migrations = MIGRATIONS as Function[];
    for (let index = migrations.length - 1; index >= migrations.indexOf(IncrementalSync1765065600000); index -= 1) {
      await database.dataSource.undoLastMigration();
    }
    queryRunner = database.dataSource.createQueryRunner();
  });

  afterAll(async () => {
    await queryRunner.release();
    await database.destroy();
  });

  async function insert(table: string, values: Record<string, unknown>): Promise<void> {
    await queryRunner.manager.createQueryBuilder().insert().into(table, Object.keys(values)).values(values).execute();
  }

  it("keeps every row and starts existing rows' updatedAt at their creation or submission", async () => {
    const ids = { partner: newId("partner"), program: newId("program"), participant: newId("participant"), survey: newId("survey"), response: newId("surveyResponse") };
    await insert("partner", { id: ids.partner, slug: "migrated", name: "Migrated", createdAt: "2024-01-01 00:00:00.000" });
    await insert("program", { id: ids.program, partnerId: ids.partner, name: "Old program", createdAt: "2024-01-02 08:30:00.000" });
    await insert("participant", {
      id: ids.participant,
      partnerId: ids.partner,
      programId: ids.program,
      role: "MENTEE",
      firstName: "Ada",
      lastName: "Old",
      createdAt: "2024-01-03 00:00:00.000",
      updatedAt: "2024-01-03 00:00:00.000",
    });
    await insert("survey", { id: ids.survey, partnerId: ids.partner, programId: ids.program, type: "MATCHING", title: "Matching" });
    await insert("survey_response", {
      id: ids.response,
      partnerId: ids.partner,
      programId: ids.program,
      surveyId: ids.survey,
      surveyType: "MATCHING",
      respondentId: ids.participant,
      respondentRole: "MENTEE",
      submittedAt: "2024-01-04 09:15:00.000",
    });

    const applied = await database.dataSource.runMigrations();
    const programs = await queryRunner.query(`SELECT "createdAt", "updatedAt" FROM "program"`);
    const responses = await queryRunner.query(`SELECT "submittedAt", "updatedAt" FROM "survey_response"`);
    const participants = await queryRunner.query(`SELECT "id" FROM "participant"`);

    const [program] = programs;
    const [response] = responses;
    expect(programs).toHaveLength(1);
    expect(responses).toHaveLength(1);
    expect(participants).toHaveLength(1);
    expect(new Date(program.updatedAt).getTime()).toBe(new Date(program.createdAt).getTime());
    expect(new Date(response.updatedAt).getTime()).toBe(new Date(response.submittedAt).getTime());
    expect(applied[0]?.name).toBe("IncrementalSync1765065600000");
    expect(await queryRunner.hasTable("deleted_record")).toBe(true);
  });
});
