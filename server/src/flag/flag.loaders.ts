import DataLoader from "dataloader";
import { StaffUser } from "../auth/staff-user.entity";
import { findFirstPerParent } from "../common/first-per-parent";
import { createByIdLoader, LoadersByArguments } from "../common/loaders";
import { listLimit } from "../common/pagination";
import type { TenantScope } from "../common/tenant-scope";
import { FlagCategory } from "./flag-category.entity";
import type { MentorshipPriorityFlagsArgs } from "./mentorship-priority-flags.args";
import { applyPriorityFlagFilter, priorityFlagSortTerms } from "./priority-flag-query";
import { PriorityFlag } from "./priority-flag.entity";

/** Per-request loaders of flags, their categories and assignees, each one SQL statement per batch. */
export function createFlagLoaders(scope: TenantScope) {
  return {
    categoryById: createByIdLoader(scope, FlagCategory),
    staffUserById: createByIdLoader(scope, StaffUser),
    byMentorship: new LoadersByArguments<MentorshipPriorityFlagsArgs, string, PriorityFlag[]>(
      (args) =>
        new DataLoader((mentorshipIds) =>
          findFirstPerParent({
            scope,
            entity: PriorityFlag,
            parentIds: mentorshipIds,
            limit: listLimit(args),
            joinParents: (query, alias) => {
              query.andWhere(`${alias}.mentorshipId IN (:...parentIds)`);
              return `${alias}.mentorshipId`;
            },
            parentIdsOf: (flag) => (flag.mentorshipId ? [flag.mentorshipId] : []),
            applyFilter: (query, alias) => applyPriorityFlagFilter(query, alias, args.filter),
            sortTerms: (alias) => priorityFlagSortTerms(alias, args.sort),
          }),
        ),
    ),
  };
}
