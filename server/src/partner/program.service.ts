import type { SelectQueryBuilder } from "typeorm";
import { findKeysetPage } from "../common/keyset-page";
import type { Connection } from "../common/pagination";
import { SortDirection } from "../common/sort-direction.enum";
import type { SortTerm } from "../common/sorting";
import { containsPattern, engineOf, foldedText, foldSearchTerm, LIKE_ESCAPE } from "../common/sql-dialect";
import type { TenantScope } from "../common/tenant-scope";
import type { ProgramFilter } from "./program-filter.input";
import { type ProgramSort, ProgramSortField } from "./program-sort.input";
import { Program } from "./program.entity";
import type { ProgramsArgs } from "./programs.args";

/** Reads the viewer's programs. */
export class ProgramService {
  constructor(private readonly scope: TenantScope) {}

  /** Returns one page of programs matching the filter, in the requested order. */
  async list(args: ProgramsArgs): Promise<Connection<Program>> {
    const field = args.sort?.field ?? ProgramSortField.NAME;
    const direction = args.sort?.direction ?? SortDirection.ASC;

    return findKeysetPage({
      query: this.filteredQuery(args.filter),
      sortKey: `programs:${field}:${direction}`,
      terms: programSortTerms("program", args.sort),
      args,
      engine: engineOf(this.scope.dataSource),
      countTotal: () => this.filteredQuery(args.filter).getCount(),
    });
  }

  private filteredQuery(filter: ProgramFilter | null | undefined): SelectQueryBuilder<Program> {
    const query = this.scope.select(Program, "program");

    if (filter?.ids) {
      query.andWhere(filter.ids.length > 0 ? "program.id IN (:...programIds)" : "1 = 0", { programIds: filter.ids });
    }
    if (filter?.search) {
      query.andWhere(`${foldedText("program.name")} LIKE :programSearch ${LIKE_ESCAPE}`, {
        programSearch: containsPattern(foldSearchTerm(filter.search)),
      });
    }
    if (filter?.updatedSince) {
      query.andWhere("program.updatedAt >= :programUpdatedSince", { programUpdatedSince: filter.updatedSince });
    }

    return query;
  }
}

function programSortTerms(alias: string, sort: ProgramSort | null | undefined): SortTerm[] {
  const direction = sort?.direction ?? SortDirection.ASC;
  const field = sort?.field ?? ProgramSortField.NAME;
  const primary: Record<ProgramSortField, SortTerm> = {
    NAME: { expression: `lower(${alias}.name)`, direction, valueType: "text" },
    CREATED_AT: { expression: `${alias}.createdAt`, direction, valueType: "instant" },
    UPDATED_AT: { expression: `${alias}.updatedAt`, direction, valueType: "instant" },
  };

  return [primary[field], { expression: `${alias}.id`, direction, valueType: "id" }];
}
