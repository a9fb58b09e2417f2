import DataLoader from "dataloader";
import { StaffUser } from "../auth/staff-user.entity";
import { findFirstPerParent } from "../common/first-per-parent";
import { createByIdLoader, groupByKey, LoadersByArguments } from "../common/loaders";
import { listLimit } from "../common/pagination";
import { engineOf } from "../common/sql-dialect";
import type { TenantScope } from "../common/tenant-scope";
import { FlagCategory } from "./flag-category.entity";
import type { ParticipantPriorityFlagsArgs } from "../participant/participant-priority-flags.args";
import type { MentorshipPriorityFlagsArgs } from "./mentorship-priority-flags.args";
import { PriorityFlagEvent } from "./priority-flag-event.entity";
import { applyPriorityFlagFilter, priorityFlagSortTerms } from "./priority-flag-query";
import { PriorityFlag } from "./priority-flag.entity";

/** Per-request loaders of flags, their categories, assignees and histories, each one SQL statement per batch. */
export function createFlagLoaders(scope: TenantScope) {
  return {
    categoryById: createByIdLoader(scope, FlagCategory),
    staffUserById: createByIdLoader(scope, StaffUser),
    historyByFlag: new DataLoader<string, PriorityFlagEvent[]>((flagIds) => loadHistories(scope, flagIds)),
    bySubject: new LoadersByArguments<ParticipantPriorityFlagsArgs, string, PriorityFlag[]>(
      (args) =>
        new DataLoader((participantIds) =>
          findFirstPerParent({
            scope,
            entity: PriorityFlag,
            parentIds: participantIds,
            limit: listLimit(args),
            joinParents: (query, alias) => {
              query.andWhere(`${alias}.subjectId IN (:...parentIds)`);
              return `${alias}.subjectId`;
            },
            parentIdsOf: (flag) => [flag.subjectId],
            applyFilter: (query, alias) => applyPriorityFlagFilter(query, alias, args.filter),
            sortTerms: (alias) => priorityFlagSortTerms(engineOf(scope.dataSource), alias, args.sort),
          }),
        ),
    ),
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
            sortTerms: (alias) => priorityFlagSortTerms(engineOf(scope.dataSource), alias, args.sort),
          }),
        ),
    ),
  };
}

/** Loads each flag's history, oldest step first, in one SQL statement. */
async function loadHistories(scope: TenantScope, flagIds: readonly string[]): Promise<PriorityFlagEvent[][]> {
  const events = await scope
    .select(PriorityFlagEvent, "event")
    .andWhere("event.flagId IN (:...flagIds)", { flagIds: [...flagIds] })
    .orderBy("event.occurredAt", "ASC")
    .addOrderBy("event.id", "ASC")
    .getMany();

  return groupByKey(flagIds, events, (event) => event.flagId);
}
