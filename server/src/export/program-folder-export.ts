import { createWriteStream, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { StaffUser } from "../auth/staff-user.entity";
import type { TenantScope } from "../common/tenant-scope";
import { Conversation } from "../conversation/conversation.entity";
import { FlagCategory } from "../flag/flag-category.entity";
import { PriorityFlag } from "../flag/priority-flag.entity";
import { IMPORT_FILE_NAMES, importHeader, type ImportFileName } from "../import/import-format";
import { LIST_SEPARATOR } from "../import/cell-parsers";
import { Mentorship } from "../mentorship/mentorship.entity";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { Participant } from "../participant/participant.entity";
import type { Program } from "../partner/program.entity";
import { QuestionKind } from "../survey/survey-enums";
import { SurveyAnswer } from "../survey/survey-answer.entity";
import { SurveyQuestion } from "../survey/survey-question.entity";
import { SurveyResponse } from "../survey/survey-response.entity";
import { Survey } from "../survey/survey.entity";
import { write } from "./program-export.stream";
import { SpreadsheetCsvPieces, type CsvCell, type CsvColumn } from "./spreadsheet-csv";

/** Rows read per statement; each file is read in keyset pages of this size. */
const PAGE_SIZE = 2_000;

type FolderRow = Record<string, CsvCell>;

const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Doubles the quote of text that already starts with a quote and a formula trigger. The import
 * removes one leading quote from such text, as it removes the quote that the CSV writer adds
 * before a trigger, so every text comes back unchanged.
 */
function protectQuote(value: CsvCell): CsvCell {
  return typeof value === "string" && value.startsWith("'") && FORMULA_TRIGGERS.has(value.charAt(1)) ? `'${value}` : value;
}

function columnsOf(file: ImportFileName): Array<CsvColumn<FolderRow>> {
  return importHeader(file).map((header) => ({ header, value: (row: FolderRow) => protectQuote(row[header] ?? null) }));
}

/** Returns the key of a row in the folder: its external id, or its internal id when it has none (the import matches either). */
function keyOf(row: { id: string; externalId?: string | null }): string {
  return row.externalId ?? row.id;
}

function instant(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

function list(values: string[] | null): string | null {
  return values && values.length > 0 ? values.join(`${LIST_SEPARATOR} `) : null;
}

/**
 * Reads a query in keyset pages ordered by `keyColumns` (which must identify a row), so that
 * no statement returns more than PAGE_SIZE rows and no OFFSET is scanned.
 */
async function* pages<E extends ObjectLiteral>(
  build: () => SelectQueryBuilder<E>,
  alias: string,
  keyColumns: string[],
): AsyncGenerator<E[]> {
  let after: E | null = null;
  for (;;) {
    const query = build();
    keyColumns.forEach((column, index) => (index === 0 ? query.orderBy(`${alias}.${column}`, "ASC") : query.addOrderBy(`${alias}.${column}`, "ASC")));
    if (after) {
      // (a, b) > (x, y) written out, because SQLite and PostgreSQL compare row values alike but TypeORM has no helper for it.
      const previous = after;
      const terms = keyColumns.map((column, index) => {
        const equal = keyColumns.slice(0, index).map((earlier) => `${alias}.${earlier} = :after_${earlier}`);
        return `(${[...equal, `${alias}.${column} > :after_${column}`].join(" AND ")})`;
      });
      query.andWhere(`(${terms.join(" OR ")})`, Object.fromEntries(keyColumns.map((column) => [`after_${column}`, previous[column]])));
    }
    const rows = await query.take(PAGE_SIZE).getMany();
    if (rows.length === 0) {
      return;
    }
    yield rows;
    after = rows[rows.length - 1];
  }
}

/** Ids to external ids of the rows another file refers to. Only keys are kept, not whole rows. */
interface KeyMaps {
  participants: Map<string, string>;
  mentorships: Map<string, string>;
  surveys: Map<string, string>;
  questions: Map<string, string>;
  responses: Map<string, string>;
  categories: Map<string, string>;
  definitions: Map<string, string>;
  staffEmails: Map<string, string>;
}

function lookup(map: Map<string, string>, id: string | null): string | null {
  return id === null ? null : (map.get(id) ?? id);
}

async function writeFile(folder: string, file: ImportFileName, produce: (emit: (rows: FolderRow[]) => Promise<void>) => Promise<void>): Promise<number> {
  const stream: Writable = createWriteStream(join(folder, file));
  const pieces = new SpreadsheetCsvPieces<FolderRow>(columnsOf(file));
  let count = 0;
  await write(stream, pieces.format([]));
  await produce(async (rows) => {
    count += rows.length;
    await write(stream, pieces.format(rows));
  });
  await write(stream, "\r\n");
  stream.end();
  await finished(stream);

  return count;
}

/**
 * Writes one program as an import folder (the format of `docs/import-format.md`), one file per
 * kind of record, so that importing the folder into another database (or the same one) gives
 * back the same data. Returns the rows written per file.
 *
 * NOTE: the maps from internal ids to external ids of participants, mentorships, surveys,
 * questions and responses stay in memory while the files are written, at a few hundred bytes
 * per row. Every other row is streamed in pages.
 */
export async function writeProgramFolder(scope: TenantScope, program: Program, folder: string): Promise<Record<ImportFileName, number>> {
  mkdirSync(folder, { recursive: true });
  const programKey = keyOf(program);
  const inProgram = <E extends ObjectLiteral>(entity: new () => E & ObjectLiteral, alias: string) => () =>
    scope.select(entity as never, alias).andWhere(`${alias}.programId = :programId`, { programId: program.id }) as unknown as SelectQueryBuilder<E>;
  const maps: KeyMaps = {
    participants: new Map(),
    mentorships: new Map(),
    surveys: new Map(),
    questions: new Map(),
    responses: new Map(),
    categories: new Map(),
    definitions: new Map(),
    staffEmails: new Map((await scope.select(StaffUser, "staff").getMany()).map((user) => [user.id, user.email])),
  };
  const counts = Object.fromEntries(IMPORT_FILE_NAMES.map((file) => [file, 0])) as Record<ImportFileName, number>;
  const participantsOfProgram = `IN (SELECT p.id FROM participant p WHERE p."programId" = :programId)`;

  counts["programs.csv"] = await writeFile(folder, "programs.csv", (emit) =>
    emit([{ external_id: programKey, name: program.name, description: program.description }]),
  );

  counts["flag_categories.csv"] = await writeFile(folder, "flag_categories.csv", async (emit) => {
    for await (const rows of pages(inProgram(FlagCategory, "row"), "row", ["id"])) {
      rows.forEach((row) => maps.categories.set(row.id, row.key));
      await emit(rows.map((row) => ({ program: programKey, key: row.key, label: row.label })));
    }
  });

  counts["custom_attributes.csv"] = await writeFile(folder, "custom_attributes.csv", async (emit) => {
    for await (const rows of pages(inProgram(CustomAttributeDefinition, "row"), "row", ["id"])) {
      rows.forEach((row) => maps.definitions.set(row.id, row.key));
      await emit(
        rows.map((row) => ({
          program: programKey,
          key: row.key,
          label: row.label,
          value_type: row.valueType,
          source: row.source,
          comparable: row.comparable,
          identifying: row.identifying,
          position: row.position,
        })),
      );
    }
  });

  counts["participants.csv"] = await writeFile(folder, "participants.csv", async (emit) => {
    for await (const rows of pages(inProgram(Participant, "row"), "row", ["id"])) {
      rows.forEach((row) => maps.participants.set(row.id, keyOf(row)));
      await emit(
        rows.map((row) => ({
          program: programKey,
          external_id: keyOf(row),
          role: row.role,
          first_name: row.firstName,
          last_name: row.lastName,
          preferred_name: row.preferredName,
          pronouns: row.pronouns,
          picture_url: row.pictureUrl,
          email: row.email,
          phone: row.phone,
          gender: row.gender,
          race_ethnicity: row.raceEthnicity,
          first_generation: row.firstGeneration,
          graduation_year: row.graduationYear,
          field_of_study_or_work: row.fieldOfStudyOrWork,
        })),
      );
    }
  });

  const ofParticipants = <E extends ObjectLiteral>(entity: new () => E) => () =>
    (scope.select(entity as never, "row") as unknown as SelectQueryBuilder<E>).andWhere(`row.participantId ${participantsOfProgram}`, { programId: program.id });

  counts["participant_attributes.csv"] = await writeFile(folder, "participant_attributes.csv", async (emit) => {
    for await (const rows of pages(ofParticipants(CustomAttributeValue), "row", ["participantId", "definitionId"])) {
      await emit(
        rows.map((row) => ({
          program: programKey,
          participant: lookup(maps.participants, row.participantId),
          key: lookup(maps.definitions, row.definitionId),
          value: row.value,
        })),
      );
    }
  });

  counts["life_experiences.csv"] = await writeFile(folder, "life_experiences.csv", async (emit) => {
    for await (const rows of pages(ofParticipants(ParticipantLifeExperience), "row", ["participantId", "experience"])) {
      await emit(rows.map((row) => ({ program: programKey, participant: lookup(maps.participants, row.participantId), experience: row.experience })));
    }
  });

  counts["goals.csv"] = await writeFile(folder, "goals.csv", async (emit) => {
    for await (const rows of pages(ofParticipants(ParticipantGoal), "row", ["participantId", "position"])) {
      await emit(
        rows.map((row) => ({ program: programKey, participant: lookup(maps.participants, row.participantId), position: row.position, goal: row.goal })),
      );
    }
  });

  counts["mentorships.csv"] = await writeFile(folder, "mentorships.csv", async (emit) => {
    for await (const rows of pages(inProgram(Mentorship, "row"), "row", ["id"])) {
      rows.forEach((row) => maps.mentorships.set(row.id, keyOf(row)));
      await emit(
        rows.map((row) => ({
          program: programKey,
          external_id: keyOf(row),
          mentor: lookup(maps.participants, row.mentorId),
          mentee: lookup(maps.participants, row.menteeId),
          status: row.status,
          matched_on: row.matchedOn,
          unmatched_on: row.unmatchedOn,
          unmatch_reason: row.unmatchReason,
          unmatch_note: row.unmatchNote,
        })),
      );
    }
  });

  counts["surveys.csv"] = await writeFile(folder, "surveys.csv", async (emit) => {
    for await (const rows of pages(inProgram(Survey, "row"), "row", ["id"])) {
      rows.forEach((row) => maps.surveys.set(row.id, keyOf(row)));
      await emit(rows.map((row) => ({ program: programKey, external_id: keyOf(row), type: row.type, title: row.title, wave: row.wave })));
    }
  });

  counts["survey_questions.csv"] = await writeFile(folder, "survey_questions.csv", async (emit) => {
    const ofSurveys = () =>
      scope.select(SurveyQuestion, "row").andWhere(`row.surveyId IN (SELECT s.id FROM survey s WHERE s."programId" = :programId)`, { programId: program.id });
    for await (const rows of pages(ofSurveys, "row", ["id"])) {
      rows.forEach((row) => maps.questions.set(row.id, keyOf(row)));
      await emit(
        rows.map((row) => ({
          program: programKey,
          survey: lookup(maps.surveys, row.surveyId),
          external_id: keyOf(row),
          position: row.position,
          prompt: row.prompt,
          kind: row.kind,
          required: row.required,
          highlight: row.highlight,
          comparable: row.comparable,
          area: row.area,
          options: list(row.options),
        })),
      );
    }
  });

  counts["survey_responses.csv"] = await writeFile(folder, "survey_responses.csv", async (emit) => {
    for await (const rows of pages(inProgram(SurveyResponse, "row"), "row", ["id"])) {
      rows.forEach((row) => maps.responses.set(row.id, keyOf(row)));
      await emit(
        rows.map((row) => ({
          program: programKey,
          external_id: keyOf(row),
          survey: lookup(maps.surveys, row.surveyId),
          respondent: lookup(maps.participants, row.respondentId),
          mentorship: lookup(maps.mentorships, row.mentorshipId),
          submitted_at: instant(row.submittedAt),
        })),
      );
    }
  });

  counts["survey_answers.csv"] = await writeFile(folder, "survey_answers.csv", async (emit) => {
    const ofResponses = () =>
      scope
        .select(SurveyAnswer, "row")
        .andWhere(`row.responseId IN (SELECT r.id FROM survey_response r WHERE r."programId" = :programId)`, { programId: program.id });
    const kinds = new Map<string, QuestionKind>();
    for (const question of await scope
      .select(SurveyQuestion, "question")
      .andWhere(`question.surveyId IN (SELECT s.id FROM survey s WHERE s."programId" = :programId)`, { programId: program.id })
      .getMany()) {
      kinds.set(question.id, question.kind);
    }
    for await (const rows of pages(ofResponses, "row", ["id"])) {
      await emit(
        rows.map((row) => ({
          program: programKey,
          response: lookup(maps.responses, row.responseId),
          question: lookup(maps.questions, row.questionId),
          value: answerCell(row, kinds.get(row.questionId)),
        })),
      );
    }
  });

  counts["conversations.csv"] = await writeFile(folder, "conversations.csv", async (emit) => {
    for await (const rows of pages(inProgram(Conversation, "row"), "row", ["id"])) {
      await emit(
        rows.map((row) => ({
          program: programKey,
          external_id: keyOf(row),
          mentorship: lookup(maps.mentorships, row.mentorshipId),
          occurred_at: instant(row.occurredAt),
          medium: row.medium,
          duration_minutes: row.durationMinutes,
          topics: list(row.topics),
          logged_by_role: row.loggedByRole,
          source: row.source,
          survey_response: lookup(maps.responses, row.surveyResponseId),
        })),
      );
    }
  });

  counts["priority_flags.csv"] = await writeFile(folder, "priority_flags.csv", async (emit) => {
    for await (const rows of pages(inProgram(PriorityFlag, "row"), "row", ["id"])) {
      await emit(
        rows.map((row) => ({
          program: programKey,
          external_id: keyOf(row),
          subject: lookup(maps.participants, row.subjectId),
          mentorship: lookup(maps.mentorships, row.mentorshipId),
          reported_by: lookup(maps.participants, row.reportedById),
          reported_by_role: row.reportedByRole,
          channel: row.channel,
          category: lookup(maps.categories, row.categoryId),
          urgent: row.urgent,
          status: row.status,
          description: row.description,
          reported_at: instant(row.reportedAt),
          first_response_at: instant(row.firstResponseAt),
          resolved_at: instant(row.resolvedAt),
          assignee_email: lookup(maps.staffEmails, row.assigneeId),
          resolution_reason: row.resolutionReason,
          resolution_note: row.resolutionNote,
        })),
      );
    }
  });

  return counts;
}

function answerCell(answer: SurveyAnswer, kind: QuestionKind | undefined): CsvCell {
  switch (kind) {
    case QuestionKind.SINGLE_CHOICE:
    case QuestionKind.MULTIPLE_CHOICE:
      return list(answer.choiceValues);
    case QuestionKind.LIKERT:
    case QuestionKind.RATING:
    case QuestionKind.NUMBER:
      return answer.numberValue;
    case QuestionKind.DATE:
      return answer.dateValue;
    default:
      return answer.textValue;
  }
}
