import { performance } from "node:perf_hooks";
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { hashPassword } from "../auth/password";
import { StaffUser } from "../auth/staff-user.entity";
import { logger } from "../common/logger";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlagEvent } from "../flag/priority-flag-event.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { Participant } from "../participant/participant.entity";
import { Partner } from "../partner/partner.entity";
import { Program } from "../partner/program.entity";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";
import { countDemoRows, DEFAULT_DEMO_SEED, generateDemoData, type DemoData, type DemoDataOptions } from "./demo-data";

/** Tables in foreign-key order, each with the key of its rows in the generated data. */
const INSERT_ORDER: ReadonlyArray<readonly [keyof DemoData, EntityTarget<ObjectLiteral>]> = [
  ["partners", Partner],
  ["programs", Program],
  ["staffUsers", StaffUser],
  ["flagCategories", FlagCategory],
  ["customAttributeDefinitions", CustomAttributeDefinition],
  ["participants", Participant],
  ["participantLifeExperiences", ParticipantLifeExperience],
  ["participantGoals", ParticipantGoal],
  ["customAttributeValues", CustomAttributeValue],
  ["mentorships", Mentorship],
  ["surveys", Survey],
  ["surveyQuestions", SurveyQuestion],
  ["surveyResponses", SurveyResponse],
  ["surveyAnswers", SurveyAnswer],
  ["conversations", Conversation],
  ["priorityFlags", PriorityFlag],
  ["priorityFlagEvents", PriorityFlagEvent],
];

/**
 * Bound parameters allowed in one statement. The SQLite bundled with better-sqlite3 (3.53)
 * rejects a 32,767th parameter, and PostgreSQL's wire protocol counts parameters in 16 bits.
 */
const MAX_PARAMETERS = { sqlite: 32_766, postgres: 65_535 } as const;

export interface SeedOptions extends DemoDataOptions {
  /** Deletes every existing row first; without it, seeding a database that has a partner fails. */
  reset?: boolean;
}

export interface SeedSummary {
  seed: number;
  scale: number;
  counts: Record<keyof DemoData, number>;
  durationMs: number;
}

/** Tells whether the database has no partner, and so no data of any tenant. */
export async function isDatabaseEmpty(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.getRepository(Partner).exists());
}

function rowsPerStatement(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): number {
  const maxParameters = manager.connection.options.type === "postgres" ? MAX_PARAMETERS.postgres : MAX_PARAMETERS.sqlite;
  const columnCount = manager.connection.getMetadata(entity).columns.length;

  return Math.max(1, Math.floor(maxParameters / columnCount));
}

async function insertInChunks(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, rows: readonly ObjectLiteral[]): Promise<void> {
  const chunkSize = rowsPerStatement(manager, entity);
  for (let start = 0; start < rows.length; start += chunkSize) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(start, start + chunkSize))
      .updateEntity(false)
      .execute();
  }
}

async function deleteAllRows(manager: EntityManager): Promise<void> {
  for (const [, entity] of [...INSERT_ORDER].reverse()) {
    await manager.createQueryBuilder().delete().from(entity).execute();
  }
}

async function withPasswordHashes(staffUsers: DemoData["staffUsers"]): Promise<StaffUser[]> {
  return Promise.all(
    staffUsers.map(async ({ password, ...user }) => ({ ...user, passwordHash: await hashPassword(password) })),
  );
}

/**
 * Generates the demo data and inserts it in one transaction, in foreign-key order and in
 * statements that stay under the engine's parameter limit. Rejects a database that already
 * has data unless `reset` is set, in which case the existing rows are deleted in the same transaction.
 */
export async function seedDatabase(dataSource: DataSource, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const scale = options.scale ?? 1;
  logger.info({ seed, scale, reset: options.reset ?? false }, "seeding demo data");

  const data = generateDemoData({ seed, scale, now: options.now });
  const staffUsers = await withPasswordHashes(data.staffUsers);
  const counts = countDemoRows(data);
  logger.info({ rows: Object.values(counts).reduce((sum, count) => sum + count, 0), durationMs: Math.round(performance.now() - started) }, "demo data generated");

  await dataSource.transaction(async (manager) => {
    if (options.reset) {
      await deleteAllRows(manager);
    } else if (await manager.getRepository(Partner).exists()) {
      throw new Error("The database already contains data; seed it with the reset option to replace that data");
    }

    for (const [key, entity] of INSERT_ORDER) {
      const rows: readonly ObjectLiteral[] = key === "staffUsers" ? staffUsers : data[key];
      await insertInChunks(manager, entity, rows);
      logger.info({ table: manager.connection.getMetadata(entity).tableName, rows: rows.length }, "demo rows inserted");
    }
  });
  // Fresh statistics let both engines' planners pick the per-mentorship indexes right away.
  await dataSource.query("ANALYZE");

  const durationMs = Math.round(performance.now() - started);
  logger.info({ seed, scale, durationMs }, "demo data seeded");

  return { seed, scale, counts, durationMs };
}
