import type { SelectQueryBuilder } from "typeorm";
import { findKeysetPage } from "../common/keyset-page";
import type { Connection } from "../common/pagination";
import { SortDirection } from "../common/sort-direction.enum";
import { engineOf } from "../common/sql-dialect";
import type { TenantScope } from "../common/tenant-scope";
import type { SurveyResponseFilter } from "./survey-response-filter.input";
import { applySurveyResponseFilter, surveyResponseSortTerms } from "./survey-response-query";
import { SurveyResponseSortField } from "./survey-response-sort.input";
import { SurveyResponse } from "./survey-response.entity";
import type { SurveyResponsesArgs } from "./survey-responses.args";

/** Reads survey responses of the viewer's partner across every mentorship. */
export class SurveyResponseService {
  constructor(private readonly scope: TenantScope) {}

  /** Returns one page of responses matching the filter, in the requested order. */
  async list(args: SurveyResponsesArgs): Promise<Connection<SurveyResponse>> {
    const field = args.sort?.field ?? SurveyResponseSortField.SUBMITTED_AT;
    const direction = args.sort?.direction ?? SortDirection.DESC;

    return findKeysetPage({
      query: this.filteredQuery(args.filter),
      sortKey: `surveyResponses:${field}:${direction}`,
      terms: surveyResponseSortTerms("response", field, direction),
      args,
      engine: engineOf(this.scope.dataSource),
      countTotal: () => this.filteredQuery(args.filter).getCount(),
    });
  }

  private filteredQuery(filter: SurveyResponseFilter | null | undefined): SelectQueryBuilder<SurveyResponse> {
    const query = this.scope.select(SurveyResponse, "response");
    applySurveyResponseFilter(engineOf(this.scope.dataSource), query, "response", filter);

    return query;
  }
}
