import { byteOrderedText, engineOf, jsonTextArrayElements } from "../common/sql-dialect";
import type { TenantScope } from "../common/tenant-scope";
import { CustomAttributeDefinition } from "../participant/custom-attribute-definition.entity";
import { CustomAttributeValue } from "../participant/custom-attribute-value.entity";
import { LIFE_EXPERIENCE_LABELS, LifeExperience } from "../participant/life-experience.enum";
import { ParticipantGoal } from "../participant/participant-goal.entity";
import { ParticipantLifeExperience } from "../participant/participant-life-experience.entity";
import { SurveyType } from "../survey/survey-enums";
import { CommonGroundKind } from "./common-ground.type";
import {
  conversationCountSql,
  lastConversationAtSql,
  openPriorityFlagCountSql,
  priorityFlagCountSql,
} from "./mentorship-aggregates";
import { Mentorship } from "./mentorship.entity";

/** One thing both participants of a mentorship share. */
export interface CommonGroundItem {
  kind: CommonGroundKind;
  /** Life experience label, question prompt, or custom attribute label. */
  label: string;
  /** The shared choice or attribute value, or null for a life experience. */
  value: string | null;
}

/** Conversations of one mentorship, counted over every source (survey, check-in, backfill). */
export interface ConversationTotals {
  conversationCount: number;
  lastConversationAt: Date | null;
}

/** Priority flags of one mentorship. */
export interface FlagTotals {
  priorityFlagCount: number;
  /** Flags not yet resolved: status `OPEN` or `IN_PROGRESS`. */
  openPriorityFlagCount: number;
}

/** Everything the relevant-info panel shows beyond the mentorship's own columns. */
export interface RelevantInfo extends ConversationTotals, FlagTotals {
  /** The mentee's goals from the matching survey, in the order chosen. */
  menteeGoals: string[];
  commonGround: CommonGroundItem[];
}

const EMPTY_TOTALS: ConversationTotals & FlagTotals = {
  conversationCount: 0,
  lastConversationAt: null,
  priorityFlagCount: 0,
  openPriorityFlagCount: 0,
};

/**
 * Loads the relevant info of several mentorships in five statements, whatever their number.
 * Every requested id gets an entry. Every statement is limited to the viewer's partner, so an
 * id of another partner gets zeros and empty lists.
 */
export async function loadRelevantInfo(scope: TenantScope, mentorshipIds: readonly string[]): Promise<Map<string, RelevantInfo>> {
  const [totals, goals, commonGround] = await Promise.all([
    loadMentorshipTotals(scope, mentorshipIds),
    loadMenteeGoals(scope, mentorshipIds),
    loadCommonGround(scope, mentorshipIds),
  ]);

  return new Map(
    mentorshipIds.map((id) => [
      id,
      {
        ...(totals.get(id) ?? EMPTY_TOTALS),
        menteeGoals: goals.get(id) ?? [],
        commonGround: commonGround.get(id) ?? [],
      },
    ]),
  );
}

/**
 * Counts conversations (every source) and priority flags per mentorship, and finds the latest
 * conversation, in one statement. The numbers come from the same SQL that the mentorships list
 * sorts by. Ids of other partners are left out.
 */
export async function loadMentorshipTotals(
  scope: TenantScope,
  mentorshipIds: readonly string[],
): Promise<Map<string, ConversationTotals & FlagTotals>> {
  if (mentorshipIds.length === 0) {
    return new Map();
  }

  const rows = await scope
    .select(Mentorship, "mentorship")
    .select("mentorship.id", "mentorshipId")
    .addSelect(conversationCountSql("mentorship"), "conversationCount")
    .addSelect(lastConversationAtSql("mentorship"), "lastConversationAt")
    .addSelect(priorityFlagCountSql("mentorship"), "priorityFlagCount")
    .addSelect(openPriorityFlagCountSql("mentorship"), "openPriorityFlagCount")
    .andWhere("mentorship.id IN (:...mentorshipIds)", { mentorshipIds })
    .getRawMany<{
      mentorshipId: string;
      conversationCount: number | string;
      lastConversationAt: unknown;
      priorityFlagCount: number | string;
      openPriorityFlagCount: number | string;
    }>();

  // PostgreSQL returns COUNT(*) as a bigint string, SQLite as a number.
  return new Map(
    rows.map((row) => [
      row.mentorshipId,
      {
        conversationCount: Number(row.conversationCount),
        lastConversationAt: instantFromRaw(row.lastConversationAt),
        priorityFlagCount: Number(row.priorityFlagCount),
        openPriorityFlagCount: Number(row.openPriorityFlagCount),
      },
    ]),
  );
}

/** Returns the mentee's goals per mentorship, in the order the mentee chose them. */
export async function loadMenteeGoals(scope: TenantScope, mentorshipIds: readonly string[]): Promise<Map<string, string[]>> {
  if (mentorshipIds.length === 0) {
    return new Map();
  }

  const rows = await scope
    .select(Mentorship, "mentorship")
    .innerJoin(ParticipantGoal, "goal", "goal.participantId = mentorship.menteeId AND goal.partnerId = mentorship.partnerId")
    .select("mentorship.id", "mentorshipId")
    .addSelect("goal.goal", "goal")
    .andWhere("mentorship.id IN (:...mentorshipIds)", { mentorshipIds })
    .orderBy("goal.position", "ASC")
    .getRawMany<{ mentorshipId: string; goal: string }>();

  return groupBy(rows, (row) => row.mentorshipId, (row) => row.goal);
}

/**
 * Finds what each pair has in common, in this order:
 * - life experiences that both participants report,
 * - options that both chose on the same `comparable` question of a matching survey,
 * - `comparable` custom attributes whose two values are exactly equal.
 */
export async function loadCommonGround(scope: TenantScope, mentorshipIds: readonly string[]): Promise<Map<string, CommonGroundItem[]>> {
  if (mentorshipIds.length === 0) {
    return new Map();
  }

  const [experiences, characteristics, attributes] = await Promise.all([
    loadSharedLifeExperiences(scope, mentorshipIds),
    loadSharedMatchingChoices(scope, mentorshipIds),
    loadEqualComparableAttributes(scope, mentorshipIds),
  ]);

  const byMentorship = new Map<string, CommonGroundItem[]>();
  for (const [mentorshipId, item] of [...experiences, ...characteristics, ...attributes]) {
    const items = byMentorship.get(mentorshipId) ?? [];
    items.push(item);
    byMentorship.set(mentorshipId, items);
  }

  return byMentorship;
}

const LIFE_EXPERIENCE_ORDER = Object.values(LifeExperience);

async function loadSharedLifeExperiences(scope: TenantScope, mentorshipIds: readonly string[]): Promise<Array<[string, CommonGroundItem]>> {
  const rows = await scope
    .select(Mentorship, "mentorship")
    .innerJoin(
      ParticipantLifeExperience,
      "mentorExperience",
      "mentorExperience.participantId = mentorship.mentorId AND mentorExperience.partnerId = mentorship.partnerId",
    )
    .innerJoin(
      ParticipantLifeExperience,
      "menteeExperience",
      "menteeExperience.participantId = mentorship.menteeId AND menteeExperience.experience = mentorExperience.experience",
    )
    .select("mentorship.id", "mentorshipId")
    .addSelect("mentorExperience.experience", "experience")
    .andWhere("mentorship.id IN (:...mentorshipIds)", { mentorshipIds })
    .getRawMany<{ mentorshipId: string; experience: LifeExperience }>();

  // Sorted here because the display order is the enum's declaration order, which SQL does not know.
  rows.sort((a, b) => LIFE_EXPERIENCE_ORDER.indexOf(a.experience) - LIFE_EXPERIENCE_ORDER.indexOf(b.experience));

  return rows.map((row) => [
    row.mentorshipId,
    { kind: CommonGroundKind.LIFE_EXPERIENCE, label: LIFE_EXPERIENCE_LABELS[row.experience] ?? row.experience, value: null },
  ]);
}

/**
 * Intersects the choices of both participants' matching-survey answers to the same
 * `comparable` question. Choices are stored as a JSON array in text, so the statement
 * unnests them with each engine's own JSON function. TypeORM's query builder cannot join a
 * table-valued function, so this statement is written by hand and repeats the tenant
 * condition itself.
 */
async function loadSharedMatchingChoices(scope: TenantScope, mentorshipIds: readonly string[]): Promise<Array<[string, CommonGroundItem]>> {
  const engine = engineOf(scope.dataSource);
  const sql = `
    SELECT m."id" AS "mentorshipId", q."prompt" AS "prompt", mentor_choice.value AS "choice"
    FROM "mentorship" m
    INNER JOIN "survey_response" mentor_response
      ON mentor_response."respondentId" = m."mentorId" AND mentor_response."partnerId" = m."partnerId"
     AND mentor_response."surveyType" = :matching
    INNER JOIN "survey_answer" mentor_answer ON mentor_answer."responseId" = mentor_response."id"
    INNER JOIN "survey_question" q ON q."id" = mentor_answer."questionId" AND q."comparable" = TRUE
    INNER JOIN "survey_response" mentee_response
      ON mentee_response."respondentId" = m."menteeId" AND mentee_response."partnerId" = m."partnerId"
     AND mentee_response."surveyType" = :matching
    INNER JOIN "survey_answer" mentee_answer
      ON mentee_answer."responseId" = mentee_response."id" AND mentee_answer."questionId" = mentor_answer."questionId"
    CROSS JOIN ${jsonTextArrayElements(engine, 'mentor_answer."choiceValues"', "mentor_choice")}
    INNER JOIN ${jsonTextArrayElements(engine, 'mentee_answer."choiceValues"', "mentee_choice")} ON mentee_choice.value = mentor_choice.value
    WHERE m."partnerId" = :partnerId AND m."id" IN (:...mentorshipIds)
    GROUP BY m."id", q."surveyId", q."position", q."prompt", mentor_choice.value
    ORDER BY m."id", q."surveyId", q."position", ${byteOrderedText(engine, "mentor_choice.value")}`;
  const [query, parameters] = scope.dataSource.driver.escapeQueryWithParameters(
    sql,
    { partnerId: scope.partnerId, mentorshipIds, matching: SurveyType.MATCHING },
  );

  const rows: Array<{ mentorshipId: string; prompt: string; choice: string }> = await scope.dataSource.query(query, parameters);

  return rows.map((row) => [row.mentorshipId, { kind: CommonGroundKind.CHARACTERISTIC, label: row.prompt, value: row.choice }]);
}

async function loadEqualComparableAttributes(scope: TenantScope, mentorshipIds: readonly string[]): Promise<Array<[string, CommonGroundItem]>> {
  const rows = await scope
    .select(Mentorship, "mentorship")
    .innerJoin(
      CustomAttributeValue,
      "mentorValue",
      "mentorValue.participantId = mentorship.mentorId AND mentorValue.partnerId = mentorship.partnerId",
    )
    .innerJoin(CustomAttributeDefinition, "definition", "definition.id = mentorValue.definitionId AND definition.comparable = TRUE")
    .innerJoin(
      CustomAttributeValue,
      "menteeValue",
      "menteeValue.participantId = mentorship.menteeId AND menteeValue.definitionId = mentorValue.definitionId" +
        " AND menteeValue.value = mentorValue.value",
    )
    .select("mentorship.id", "mentorshipId")
    .addSelect("definition.label", "label")
    .addSelect("mentorValue.value", "value")
    .addSelect("definition.position", "position")
    .addSelect("definition.key", "key")
    .andWhere("mentorship.id IN (:...mentorshipIds)", { mentorshipIds })
    .getRawMany<{ mentorshipId: string; label: string; value: string; position: number; key: string }>();

  // Sorted here so that keys compare by code point on both engines, whatever PostgreSQL's collation.
  rows.sort((a, b) => a.position - b.position || compareCodePoints(a.key, b.key));

  return rows.map((row) => [row.mentorshipId, { kind: CommonGroundKind.CUSTOM_ATTRIBUTE, label: row.label, value: row.value }]);
}

/**
 * Reads an instant from a raw (not hydrated) result: PostgreSQL's driver returns a Date,
 * SQLite returns TypeORM's UTC text `YYYY-MM-DD HH:MM:SS.SSS`.
 */
export function instantFromRaw(value: unknown): Date | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (value instanceof Date) {
    return value;
  }

  const text = String(value);

  return new Date(text.includes("T") ? text : `${text.replace(" ", "T")}Z`);
}

function groupBy<Row, Value>(rows: Row[], keyOf: (row: Row) => string, valueOf: (row: Row) => Value): Map<string, Value[]> {
  const groups = new Map<string, Value[]>();
  for (const row of rows) {
    const values = groups.get(keyOf(row)) ?? [];
    values.push(valueOf(row));
    groups.set(keyOf(row), values);
  }

  return groups;
}

/**
 * Compares two strings by UTF-16 code units. For ASCII text, such as machine keys, this is the
 * byte order of SQLite and of PostgreSQL's "C" collation.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) {
    return 0;
  }

  return a < b ? -1 : 1;
}
