import DataLoader from "dataloader";
import { findFirstPerParent } from "../common/first-per-parent";
import { LoadersByArguments } from "../common/loaders";
import { listLimit } from "../common/pagination";
import { SortDirection } from "../common/sort-direction.enum";
import type { TenantScope } from "../common/tenant-scope";
import { Conversation } from "./conversation.entity";
import type { MentorshipConversationsArgs } from "./mentorship-conversations.args";

/** Per-request loaders of conversations, one SQL statement per batch. */
export function createConversationLoaders(scope: TenantScope) {
  return {
    byMentorship: new LoadersByArguments<MentorshipConversationsArgs, string, Conversation[]>(
      (args) => new DataLoader((mentorshipIds) => loadConversations(scope, mentorshipIds, args)),
    ),
  };
}

function loadConversations(scope: TenantScope, mentorshipIds: readonly string[], args: MentorshipConversationsArgs): Promise<Conversation[][]> {
  const { filter } = args;
  const direction = args.sort?.direction ?? SortDirection.DESC;

  return findFirstPerParent({
    scope,
    entity: Conversation,
    parentIds: mentorshipIds,
    limit: listLimit(args),
    joinParents: (query, alias) => {
      query.andWhere(`${alias}.mentorshipId IN (:...parentIds)`);
      return `${alias}.mentorshipId`;
    },
    parentIdsOf: (conversation) => [conversation.mentorshipId],
    applyFilter: (query, alias) => {
      if (filter?.occurredFrom) {
        query.andWhere(`${alias}.occurredAt >= :occurredFrom`, { occurredFrom: filter.occurredFrom });
      }
      if (filter?.occurredTo) {
        query.andWhere(`${alias}.occurredAt <= :occurredTo`, { occurredTo: filter.occurredTo });
      }
      if (filter?.sources) {
        query.andWhere(filter.sources.length > 0 ? `${alias}.source IN (:...sources)` : "1 = 0", { sources: filter.sources });
      }
      if (filter?.media) {
        query.andWhere(filter.media.length > 0 ? `${alias}.medium IN (:...media)` : "1 = 0", { media: filter.media });
      }
    },
    sortTerms: (alias) => [
      { expression: `${alias}.occurredAt`, direction },
      { expression: `${alias}.id`, direction },
    ],
  });
}
