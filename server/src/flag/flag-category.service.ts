import type { TenantScope } from "../common/tenant-scope";
import { requireIdOfKind } from "../common/validation";
import type { FlagCategoriesArgs } from "./flag-categories.args";
import { FlagCategory } from "./flag-category.entity";

/** Reads the flag categories that the partner's programs configure. */
export class FlagCategoryService {
  constructor(private readonly scope: TenantScope) {}

  /** Returns the categories of the requested programs, ordered by program id, then label. */
  list(args: FlagCategoriesArgs): Promise<FlagCategory[]> {
    const query = this.scope.select(FlagCategory, "category");

    if (args.programIds) {
      args.programIds.forEach((id) => requireIdOfKind("program", id, "programIds"));
      query.andWhere(args.programIds.length > 0 ? "category.programId IN (:...categoryProgramIds)" : "1 = 0", { categoryProgramIds: args.programIds });
    }

    return query.orderBy("category.programId", "ASC").addOrderBy("lower(category.label)", "ASC").addOrderBy("category.id", "ASC").getMany();
  }
}
