import { Table, TableForeignKey, TableIndex } from "typeorm";
import type { MigrationInterface, QueryRunner, TableColumnOptions } from "typeorm";
import type { OnDeleteType } from "typeorm/metadata/types/OnDeleteType";
import { databaseEngine, idColumn, instantColumnType } from "../column-types";

/*
 * Column, index and foreign key definitions mirror the entities exactly, because tests compare
 * them with TypeORM's schema builder. Index, primary key and foreign key names are left out so
 * that TypeORM's default naming strategy derives them from the table and column names, just as
 * it does for the entity metadata.
 */

function id(name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
  const { type, length } = idColumn();

  return { name, type, length: String(length), ...options };
}

function primaryId(name = "id"): TableColumnOptions {
  return id(name, { isPrimary: true });
}

function nullableId(name: string): TableColumnOptions {
  return id(name, { isNullable: true });
}

function instant(name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
  return { name, type: instantColumnType(), ...options };
}

function varchar(name: string, length: number, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
  return { name, type: "varchar", length: String(length), ...options };
}

function text(name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
  return { name, type: "text", ...options };
}

/** A JSON document stored as text, as TypeORM's `simple-json` column type stores it. */
function simpleJson(name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
  return text(name, options);
}

function integer(name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
  return { name, type: "integer", ...options };
}

function date(name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
  return { name, type: "date", ...options };
}

function boolean(name: string, options: Partial<TableColumnOptions> = {}): TableColumnOptions {
  return { name, type: "boolean", ...options };
}

/** A boolean column defaulting to false, written as each engine stores the literal. */
function booleanDefaultFalse(name: string): TableColumnOptions {
  return boolean(name, { default: databaseEngine() === "postgres" ? "false" : "0" });
}

function references(column: string, table: string, onDelete: OnDeleteType): TableForeignKey {
  return new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ["id"], onDelete });
}

function index(columnNames: string[], options: { unique?: boolean } = {}): TableIndex {
  return new TableIndex({ columnNames, isUnique: options.unique ?? false });
}

/**
 * Returns the tables in foreign-key order, so every table comes after the tables it references.
 * Column types depend on the engine, so they are read when the migration runs.
 */
function initialTables(): Table[] {
  return [
    new Table({
      name: "partner",
      columns: [primaryId(), varchar("slug", 64), varchar("name", 200), instant("createdAt")],
      indices: [index(["slug"], { unique: true })],
    }),
    new Table({
      name: "program",
      columns: [primaryId(), id("partnerId"), varchar("name", 200), text("description", { isNullable: true }), instant("createdAt")],
      indices: [index(["partnerId", "name"])],
      foreignKeys: [references("partnerId", "partner", "CASCADE")],
    }),
    new Table({
      name: "staff_user",
      columns: [
        primaryId(),
        id("partnerId"),
        varchar("email", 320),
        varchar("displayName", 200),
        varchar("role", 16),
        varchar("passwordHash", 200),
        instant("signedOutAt", { isNullable: true }),
        instant("createdAt"),
      ],
      indices: [index(["partnerId"]), index(["email"], { unique: true })],
      foreignKeys: [references("partnerId", "partner", "CASCADE")],
    }),
    new Table({
      name: "flag_category",
      columns: [primaryId(), id("partnerId"), id("programId"), varchar("key", 64), varchar("label", 200)],
      indices: [index(["partnerId"]), index(["programId", "key"], { unique: true })],
      foreignKeys: [references("partnerId", "partner", "CASCADE"), references("programId", "program", "CASCADE")],
    }),
    new Table({
      name: "custom_attribute_definition",
      columns: [
        primaryId(),
        id("partnerId"),
        id("programId"),
        varchar("key", 64),
        varchar("label", 200),
        varchar("valueType", 16),
        varchar("source", 16),
        booleanDefaultFalse("comparable"),
        booleanDefaultFalse("identifying"),
        integer("position", { default: 0 }),
      ],
      indices: [index(["partnerId"]), index(["programId", "key"], { unique: true })],
      foreignKeys: [references("partnerId", "partner", "CASCADE"), references("programId", "program", "CASCADE")],
    }),
    new Table({
      name: "participant",
      columns: [
        primaryId(),
        id("partnerId"),
        id("programId"),
        varchar("externalId", 100, { isNullable: true }),
        varchar("role", 16),
        varchar("firstName", 100),
        varchar("lastName", 100),
        varchar("preferredName", 100, { isNullable: true }),
        varchar("pronouns", 50, { isNullable: true }),
        varchar("pictureUrl", 2000, { isNullable: true }),
        varchar("email", 320, { isNullable: true }),
        varchar("phone", 40, { isNullable: true }),
        varchar("gender", 100, { isNullable: true }),
        varchar("raceEthnicity", 200, { isNullable: true }),
        boolean("firstGeneration", { isNullable: true }),
        integer("graduationYear", { isNullable: true }),
        varchar("fieldOfStudyOrWork", 200, { isNullable: true }),
        instant("createdAt"),
        instant("updatedAt"),
      ],
      indices: [index(["partnerId", "lastName", "firstName"]), index(["programId", "externalId"], { unique: true })],
      foreignKeys: [references("partnerId", "partner", "CASCADE"), references("programId", "program", "CASCADE")],
    }),
    new Table({
      name: "participant_life_experience",
      columns: [id("partnerId"), primaryId("participantId"), varchar("experience", 40, { isPrimary: true })],
      indices: [index(["partnerId"]), index(["experience", "participantId"])],
      foreignKeys: [references("partnerId", "partner", "CASCADE"), references("participantId", "participant", "CASCADE")],
    }),
    new Table({
      name: "participant_goal",
      columns: [id("partnerId"), primaryId("participantId"), integer("position", { isPrimary: true }), varchar("goal", 200)],
      indices: [index(["partnerId"])],
      foreignKeys: [references("partnerId", "partner", "CASCADE"), references("participantId", "participant", "CASCADE")],
    }),
    new Table({
      name: "custom_attribute_value",
      columns: [id("partnerId"), primaryId("participantId"), primaryId("definitionId"), text("value")],
      indices: [index(["partnerId"]), index(["definitionId", "value"])],
      foreignKeys: [
        references("partnerId", "partner", "CASCADE"),
        references("participantId", "participant", "CASCADE"),
        references("definitionId", "custom_attribute_definition", "CASCADE"),
      ],
    }),
    new Table({
      name: "mentorship",
      columns: [
        primaryId(),
        id("partnerId"),
        id("programId"),
        varchar("externalId", 100, { isNullable: true }),
        id("mentorId"),
        id("menteeId"),
        varchar("status", 16),
        date("matchedOn"),
        date("unmatchedOn", { isNullable: true }),
        varchar("unmatchReason", 32, { isNullable: true }),
        text("unmatchNote", { isNullable: true }),
        instant("createdAt"),
        instant("updatedAt"),
      ],
      indices: [
        index(["partnerId", "matchedOn"]),
        index(["partnerId", "status", "matchedOn"]),
        index(["programId", "matchedOn"]),
        index(["programId", "externalId"], { unique: true }),
        index(["mentorId"]),
        index(["menteeId"]),
      ],
      foreignKeys: [
        references("partnerId", "partner", "CASCADE"),
        references("programId", "program", "CASCADE"),
        references("mentorId", "participant", "CASCADE"),
        references("menteeId", "participant", "CASCADE"),
      ],
    }),
    new Table({
      name: "survey",
      columns: [primaryId(), id("partnerId"), id("programId"), varchar("type", 16), varchar("title", 200), varchar("wave", 100, { isNullable: true })],
      indices: [index(["partnerId"]), index(["programId", "type"])],
      foreignKeys: [references("partnerId", "partner", "CASCADE"), references("programId", "program", "CASCADE")],
    }),
    new Table({
      name: "survey_question",
      columns: [
        primaryId(),
        id("partnerId"),
        id("surveyId"),
        integer("position"),
        text("prompt"),
        varchar("kind", 16),
        booleanDefaultFalse("required"),
        booleanDefaultFalse("highlight"),
        booleanDefaultFalse("comparable"),
        varchar("area", 100, { isNullable: true }),
        simpleJson("options"),
      ],
      indices: [index(["surveyId", "position"])],
      foreignKeys: [references("partnerId", "partner", "CASCADE"), references("surveyId", "survey", "CASCADE")],
    }),
    new Table({
      name: "survey_response",
      columns: [
        primaryId(),
        id("partnerId"),
        id("programId"),
        id("surveyId"),
        varchar("surveyType", 16),
        nullableId("mentorshipId"),
        id("respondentId"),
        varchar("respondentRole", 16),
        instant("submittedAt"),
      ],
      indices: [
        index(["mentorshipId", "submittedAt"]),
        index(["respondentId", "submittedAt"]),
        index(["partnerId", "submittedAt"]),
        index(["surveyId"]),
      ],
      foreignKeys: [
        references("partnerId", "partner", "CASCADE"),
        references("programId", "program", "CASCADE"),
        references("surveyId", "survey", "CASCADE"),
        // A response stays with its respondent when the mentorship it concerned is deleted.
        references("mentorshipId", "mentorship", "SET NULL"),
        references("respondentId", "participant", "CASCADE"),
      ],
    }),
    new Table({
      name: "survey_answer",
      columns: [
        primaryId(),
        id("partnerId"),
        id("responseId"),
        id("questionId"),
        text("textValue", { isNullable: true }),
        { name: "numberValue", type: "double precision", isNullable: true },
        simpleJson("choiceValues", { isNullable: true }),
        date("dateValue", { isNullable: true }),
      ],
      indices: [index(["responseId", "questionId"], { unique: true }), index(["questionId"])],
      foreignKeys: [
        references("partnerId", "partner", "CASCADE"),
        references("responseId", "survey_response", "CASCADE"),
        references("questionId", "survey_question", "CASCADE"),
      ],
    }),
    new Table({
      name: "conversation",
      columns: [
        primaryId(),
        id("partnerId"),
        id("programId"),
        id("mentorshipId"),
        instant("occurredAt"),
        varchar("medium", 16),
        integer("durationMinutes", { isNullable: true }),
        simpleJson("topics"),
        varchar("loggedByRole", 16, { isNullable: true }),
        varchar("source", 24),
        nullableId("surveyResponseId"),
      ],
      indices: [index(["mentorshipId", "occurredAt"]), index(["partnerId", "occurredAt"]), index(["surveyResponseId"])],
      foreignKeys: [
        references("partnerId", "partner", "CASCADE"),
        references("programId", "program", "CASCADE"),
        references("mentorshipId", "mentorship", "CASCADE"),
        // The conversation still happened when the response that logged it is deleted.
        references("surveyResponseId", "survey_response", "SET NULL"),
      ],
    }),
    new Table({
      name: "priority_flag",
      columns: [
        primaryId(),
        id("partnerId"),
        id("programId"),
        nullableId("mentorshipId"),
        id("subjectId"),
        nullableId("reportedById"),
        varchar("reportedByRole", 16, { isNullable: true }),
        varchar("channel", 24),
        id("categoryId"),
        boolean("urgent"),
        varchar("status", 16),
        text("description"),
        instant("reportedAt"),
        instant("firstResponseAt", { isNullable: true }),
        instant("resolvedAt", { isNullable: true }),
        nullableId("assigneeId"),
        varchar("resolutionReason", 24, { isNullable: true }),
        text("resolutionNote", { isNullable: true }),
        instant("updatedAt"),
      ],
      indices: [
        index(["mentorshipId", "reportedAt"]),
        index(["partnerId", "reportedAt"]),
        index(["partnerId", "status", "reportedAt"]),
        index(["programId", "reportedAt"]),
        index(["subjectId"]),
        index(["categoryId"]),
      ],
      foreignKeys: [
        references("partnerId", "partner", "CASCADE"),
        references("programId", "program", "CASCADE"),
        // A flag is about its subject, so it outlives the mentorship and the reporter.
        references("mentorshipId", "mentorship", "SET NULL"),
        references("subjectId", "participant", "CASCADE"),
        references("reportedById", "participant", "SET NULL"),
        // A category in use cannot be deleted, so no flag loses its category.
        references("categoryId", "flag_category", "RESTRICT"),
        references("assigneeId", "staff_user", "SET NULL"),
      ],
    }),
  ];
}

/** Creates every table of the data model with its indexes and foreign keys. */
export class InitialSchema1764892800000 implements MigrationInterface {
  name = "InitialSchema1764892800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of initialTables()) {
      await queryRunner.createTable(table, true);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of initialTables().reverse()) {
      await queryRunner.dropTable(table.name, true);
    }
  }
}
