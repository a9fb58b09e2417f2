import type { SelectQueryBuilder } from "typeorm";
import { NotFoundError } from "../common/errors";
import { findFirstPerParent } from "../common/first-per-parent";
import { buildConnection, type Connection, listLimit, pageWindow } from "../common/pagination";
import { orderByTerms } from "../common/sorting";
import { engineOf } from "../common/sql-dialect";
import type { TenantScope } from "../common/tenant-scope";
import { requireIdOfKind } from "../common/validation";
import { Participant } from "../participant/participant.entity";
import type { ParticipantMentorshipsArgs } from "../participant/participant-mentorships.args";
import type { MentorshipFilter } from "./mentorship-filter.input";
import type { MentorshipSort } from "./mentorship-sort.input";
import { applyMentorshipFilter, mentorshipSortTerms } from "./mentorship-query";
import { Mentorship } from "./mentorship.entity";
import type { MentorshipsArgs } from "./mentorships.args";

/** Reads mentorships of the viewer's partner. */
export class MentorshipService {
  constructor(private readonly scope: TenantScope) {}

  /** Returns the mentorship, or throws NOT_FOUND for an unknown id or one of another partner. */
  async findById(id: string, argumentName = "id"): Promise<Mentorship> {
    requireIdOfKind("mentorship", id, argumentName);

    const mentorship = await this.scope.findById(Mentorship, id);
    if (!mentorship) {
      throw new NotFoundError("Mentorship", id);
    }

    return mentorship;
  }

  /** Returns one page of mentorships matching the filter, in the requested order. */
  async list(args: MentorshipsArgs): Promise<Connection<Mentorship>> {
    const window = pageWindow(args);

    const rows = await this.findSlice(args.filter, args.sort, window.offset, window.limit + 1);

    return buildConnection(rows, window, () => this.filteredQuery(args.filter).getCount());
  }

  /**
   * Returns up to `limit` mentorships matching the filter, in the list's order, after skipping
   * `offset` of them. The list and the CSV export both read through it, so they agree.
   */
  findSlice(filter: MentorshipFilter | null | undefined, sort: MentorshipSort | null | undefined, offset: number, limit: number): Promise<Mentorship[]> {
    const engine = engineOf(this.scope.dataSource);

    const query = this.filteredQuery(filter);
    orderByTerms(query, mentorshipSortTerms(engine, "mentorship", sort));

    return query.offset(offset).limit(limit).getMany();
  }

  /** Returns, for each participant, their first `args.first` mentorships matching the filter, in one statement. */
  listForParticipants(participantIds: readonly string[], args: ParticipantMentorshipsArgs): Promise<Mentorship[][]> {
    const engine = engineOf(this.scope.dataSource);

    return findFirstPerParent({
      scope: this.scope,
      entity: Mentorship,
      parentIds: participantIds,
      limit: listLimit(args),
      joinParents: (query, alias) => {
        query.innerJoin(Participant, "parent", `parent.id IN (${alias}.mentorId, ${alias}.menteeId)`).andWhere("parent.id IN (:...parentIds)");
        return "parent.id";
      },
      parentIdsOf: (mentorship) => [mentorship.mentorId, mentorship.menteeId],
      applyFilter: (query, alias) => applyMentorshipFilter(query, alias, args.filter),
      sortTerms: (alias) => mentorshipSortTerms(engine, alias, args.sort),
    });
  }

  private filteredQuery(filter: MentorshipFilter | null | undefined): SelectQueryBuilder<Mentorship> {
    const query = this.scope.select(Mentorship, "mentorship");
    applyMentorshipFilter(query, "mentorship", filter);

    return query;
  }
}
