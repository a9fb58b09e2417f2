import DataLoader from "dataloader";
import { findFirstPerParent } from "../common/first-per-parent";
import { createByIdLoader, groupByKey, LoadersByArguments } from "../common/loaders";
import { listLimit } from "../common/pagination";
import { SortDirection } from "../common/sort-direction.enum";
import { engineOf } from "../common/sql-dialect";
import type { TenantScope } from "../common/tenant-scope";
import { Mentorship } from "../mentorship/mentorship.entity";
import type { ParticipantSurveyResponsesArgs } from "../participant/participant-survey-responses.args";
import type { MentorshipSurveyResponsesArgs } from "./mentorship-survey-responses.args";
import { displayValueOf } from "./survey-answer-display";
import { SurveyAnswer } from "./survey-answer.entity";
import type { SurveyAnswerView } from "./survey-answer.type";
import { QuestionKind, SurveyType } from "./survey-enums";
import type { AreaScore } from "./survey-highlights";
import { SurveyQuestion } from "./survey-question.entity";
import type { SurveyResponseFilter } from "./survey-response-filter.input";
import { applySurveyResponseFilter, surveyResponseSortTerms } from "./survey-response-query";
import { SurveyResponseSortField } from "./survey-response-sort.input";
import { SurveyResponse } from "./survey-response.entity";
import { Survey } from "./survey.entity";
import { loadQuoteContexts, type QuoteContext, type QuoteContextSources } from "./quote-context.loader";

/** Per-request loaders of surveys, responses and answers, each one SQL statement per batch unless noted. */
export function createSurveyLoaders(
  scope: TenantScope,
  mentorshipById: DataLoader<string, Mentorship | null>,
  sources: Omit<QuoteContextSources, "responseById">,
) {
  const responseById = createByIdLoader(scope, SurveyResponse);

  return {
    surveyById: createByIdLoader(scope, Survey),
    responseById,
    /** About four statements per batch: responses, pairs, people and their identifying values, programs. */
    quoteContextByResponse: new DataLoader<string, QuoteContext | null>((responseIds) =>
      loadQuoteContexts(scope, { ...sources, responseById }, responseIds),
    ),
    answersByResponse: new DataLoader<string, SurveyAnswerView[]>((responseIds) => loadAnswers(scope, responseIds)),
    areaScoresByResponse: new DataLoader<string, AreaScore[]>((responseIds) => loadAreaScores(scope, responseIds)),
    responsesByRespondent: new LoadersByArguments<ParticipantSurveyResponsesArgs, string, SurveyResponse[]>(
      (args) => new DataLoader((participantIds) => loadRespondentResponses(scope, participantIds, args)),
    ),
    responsesByMentorship: new LoadersByArguments<MentorshipSurveyResponsesArgs, string, SurveyResponse[]>(
      (args) => new DataLoader((mentorshipIds) => loadResponses(scope, mentorshipById, mentorshipIds, args)),
    ),
  };
}

/**
 * Loads every answer of each response, in question order, in one SQL statement. The statement
 * runs even for an empty list, so that callers run a fixed number of statements.
 */
export async function loadAnswers(scope: TenantScope, responseIds: readonly string[]): Promise<SurveyAnswerView[][]> {
  const answers = (await scope
    .select(SurveyAnswer, "answer")
    .innerJoinAndMapOne("answer.question", SurveyQuestion, "question", "question.id = answer.questionId")
    .andWhere(responseIds.length > 0 ? "answer.responseId IN (:...responseIds)" : "1 = 0", { responseIds: [...responseIds] })
    .orderBy("answer.responseId")
    .addOrderBy("question.position")
    .addOrderBy("answer.id")
    .getMany()) as Array<SurveyAnswer & { question: SurveyQuestion }>;

  return groupByKey(responseIds, answers, (answer) => answer.responseId).map((group) =>
    group.map((answer) => ({
      id: answer.id,
      responseId: answer.responseId,
      question: answer.question,
      text: answer.textValue,
      number: answer.numberValue,
      choices: answer.choiceValues,
      date: answer.dateValue,
      displayValue: displayValueOf(answer, answer.question),
    })),
  );
}

interface AreaScoreRow {
  responseId: string;
  area: string;
  average: string | number;
}

/** Averages each assessment area's Likert answers per response, in SQL, ordered by the area's first question. */
async function loadAreaScores(scope: TenantScope, responseIds: readonly string[]): Promise<AreaScore[][]> {
  const rows = await scope
    .select(SurveyAnswer, "answer")
    .innerJoin(SurveyQuestion, "question", "question.id = answer.questionId")
    .innerJoin(SurveyResponse, "response", "response.id = answer.responseId")
    .select("answer.responseId", "responseId")
    .addSelect("question.area", "area")
    .addSelect("AVG(answer.numberValue)", "average")
    .andWhere("answer.responseId IN (:...responseIds)", { responseIds: [...responseIds] })
    .andWhere("response.surveyType = :assessment", { assessment: SurveyType.ASSESSMENT })
    .andWhere("question.kind = :likert", { likert: QuestionKind.LIKERT })
    .andWhere("question.area IS NOT NULL")
    .andWhere("answer.numberValue IS NOT NULL")
    .groupBy("answer.responseId")
    .addGroupBy("question.area")
    .orderBy("answer.responseId")
    .addOrderBy("MIN(question.position)")
    .addOrderBy("question.area")
    .getRawMany<AreaScoreRow>();

  return groupByKey(responseIds, rows, (row) => row.responseId).map((group) =>
    // PostgreSQL returns AVG as a numeric string.
    group.map((row) => ({ area: row.area, average: Math.round(Number(row.average) * 10) / 10 })),
  );
}

/** Filter, order and size of a pair's response list, as `Mentorship.surveyResponses` takes them. */
export interface PairResponseListOptions {
  filter?: SurveyResponseFilter | null;
  /** `SUBMITTED_AT` when omitted. */
  field?: SurveyResponseSortField;
  direction: SortDirection;
  /** Largest number of responses returned per pair. */
  limit: number;
}

async function loadResponses(
  scope: TenantScope,
  mentorshipById: DataLoader<string, Mentorship | null>,
  mentorshipIds: readonly string[],
  args: MentorshipSurveyResponsesArgs,
): Promise<SurveyResponse[][]> {
  // Usually already cached, because the mentorships were loaded to get here.
  const pairs = (await mentorshipById.loadMany(mentorshipIds)).filter((row): row is Mentorship => row instanceof Mentorship);
  if (pairs.length === 0) {
    return mentorshipIds.map(() => []);
  }

  const lists = await loadPairResponses(scope, pairs, {
    filter: args.filter,
    field: args.sort?.field,
    direction: args.sort?.direction ?? SortDirection.DESC,
    limit: listLimit(args),
  });
  const listsById = new Map(pairs.map((pair, index) => [pair.id, lists[index]]));

  return mentorshipIds.map((id) => listsById.get(id) ?? []);
}

/**
 * Loads each pair's responses in one SQL statement: those concerning the mentorship, plus
 * responses of its mentor or mentee that concern no mentorship, such as a matching survey
 * answered before the match. Returns one list per pair, in the order of `pairs`.
 */
export function loadPairResponses(scope: TenantScope, pairs: readonly Mentorship[], options: PairResponseListOptions): Promise<SurveyResponse[][]> {
  const engine = engineOf(scope.dataSource);
  const pairIds = new Set(pairs.map((pair) => pair.id));

  return findFirstPerParent({
    scope,
    entity: SurveyResponse,
    parentIds: pairs.map((pair) => pair.id),
    limit: options.limit,
    joinParents: (query, alias) => {
      query
        .innerJoin(
          Mentorship,
          "parent",
          `(${alias}.mentorshipId = parent.id OR (${alias}.mentorshipId IS NULL AND ${alias}.respondentId IN (parent.mentorId, parent.menteeId)))`,
        )
        .andWhere("parent.id IN (:...parentIds)");
      return "parent.id";
    },
    parentIdsOf: (response) =>
      response.mentorshipId !== null
        ? [response.mentorshipId].filter((id) => pairIds.has(id))
        : pairs.filter((pair) => pair.mentorId === response.respondentId || pair.menteeId === response.respondentId).map((pair) => pair.id),
    applyFilter: (query, alias) => applySurveyResponseFilter(engine, query, alias, options.filter),
    sortTerms: (alias) => surveyResponseSortTerms(alias, options.field ?? SurveyResponseSortField.SUBMITTED_AT, options.direction),
  });
}

/** Loads each participant's own responses, filtered and sorted, in one SQL statement. */
function loadRespondentResponses(scope: TenantScope, participantIds: readonly string[], args: ParticipantSurveyResponsesArgs): Promise<SurveyResponse[][]> {
  const engine = engineOf(scope.dataSource);
  const direction = args.sort?.direction ?? SortDirection.DESC;

  return findFirstPerParent({
    scope,
    entity: SurveyResponse,
    parentIds: participantIds,
    limit: listLimit(args),
    joinParents: (query, alias) => {
      query.andWhere(`${alias}.respondentId IN (:...parentIds)`);
      return `${alias}.respondentId`;
    },
    parentIdsOf: (response) => [response.respondentId],
    applyFilter: (query, alias) => applySurveyResponseFilter(engine, query, alias, args.filter),
    sortTerms: (alias) => [
      { expression: `${alias}.submittedAt`, direction },
      { expression: `${alias}.id`, direction },
    ],
  });
}
