import { listLimit } from "../common/pagination";
import { SortDirection } from "../common/sort-direction.enum";
import { orderByTerms } from "../common/sorting";
import { containsPattern, foldedText, foldSearchTerm, LIKE_ESCAPE } from "../common/sql-dialect";
import type { TenantScope } from "../common/tenant-scope";
import { Program } from "./program.entity";
import { ProgramSortField } from "./program-sort.input";
import type { ProgramsArgs } from "./programs.args";

/** Reads the viewer's programs. */
export class ProgramService {
  constructor(private readonly scope: TenantScope) {}

  /** Returns the programs matching the filter, sorted, at most `first` of them. */
  async list(args: ProgramsArgs): Promise<Program[]> {
    const query = this.scope.select(Program, "program");
    const { filter } = args;

    if (filter?.ids) {
      query.andWhere(filter.ids.length > 0 ? "program.id IN (:...programIds)" : "1 = 0", { programIds: filter.ids });
    }
    if (filter?.search) {
      query.andWhere(`${foldedText("program.name")} LIKE :programSearch ${LIKE_ESCAPE}`, {
        programSearch: containsPattern(foldSearchTerm(filter.search)),
      });
    }

    const direction = args.sort?.direction ?? SortDirection.ASC;
    const sortExpression = (args.sort?.field ?? ProgramSortField.NAME) === ProgramSortField.NAME ? "lower(program.name)" : "program.createdAt";
    orderByTerms(query, [
      { expression: sortExpression, direction },
      { expression: "program.id", direction },
    ]);

    return query.limit(listLimit(args)).getMany();
  }
}
