import type { SelectQueryBuilder } from "typeorm";
import { NotFoundError } from "../common/errors";
import { findKeysetPage } from "../common/keyset-page";
import type { Connection } from "../common/pagination";
import { SortDirection } from "../common/sort-direction.enum";
import { engineOf } from "../common/sql-dialect";
import type { TenantScope } from "../common/tenant-scope";
import { requireIdOfKind } from "../common/validation";
import type { PriorityFlagFilter } from "./priority-flag-filter.input";
import { applyPriorityFlagFilter, priorityFlagSortTerms } from "./priority-flag-query";
import { PriorityFlagSortField } from "./priority-flag-sort.input";
import { PriorityFlag } from "./priority-flag.entity";
import type { PriorityFlagsArgs } from "./priority-flags.args";

/** Reads priority flags of the viewer's partner. */
export class PriorityFlagService {
  constructor(private readonly scope: TenantScope) {}

  /** Returns the flag, or throws NOT_FOUND for an unknown id or one of another partner. */
  async findById(id: string, argumentName = "id"): Promise<PriorityFlag> {
    requireIdOfKind("priorityFlag", id, argumentName);

    const flag = await this.scope.findById(PriorityFlag, id);
    if (!flag) {
      throw new NotFoundError("PriorityFlag", id);
    }

    return flag;
  }

  /** Returns one page of flags matching the filter, in the requested order. */
  async list(args: PriorityFlagsArgs): Promise<Connection<PriorityFlag>> {
    const field = args.sort?.field ?? PriorityFlagSortField.REPORTED_AT;
    const direction = args.sort?.direction ?? SortDirection.DESC;

    return findKeysetPage({
      query: this.filteredQuery(args.filter),
      sortKey: `priorityFlags:${field}:${direction}`,
      terms: priorityFlagSortTerms(engineOf(this.scope.dataSource), "flag", args.sort),
      args,
      engine: engineOf(this.scope.dataSource),
      countTotal: () => this.filteredQuery(args.filter).getCount(),
    });
  }

  private filteredQuery(filter: PriorityFlagFilter | null | undefined): SelectQueryBuilder<PriorityFlag> {
    const query = this.scope.select(PriorityFlag, "flag");
    applyPriorityFlagFilter(query, "flag", filter);

    return query;
  }
}
