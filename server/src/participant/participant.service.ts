import { NotFoundError } from "../common/errors";
import { findKeysetPage } from "../common/keyset-page";
import type { Connection } from "../common/pagination";
import { SortDirection } from "../common/sort-direction.enum";
import type { SortTerm } from "../common/sorting";
import { byteOrderedText, engineOf, foldedText } from "../common/sql-dialect";
import type { TenantScope } from "../common/tenant-scope";
import { requireIdOfKind } from "../common/validation";
import type { SelectQueryBuilder } from "typeorm";
import type { ParticipantFilter } from "./participant-filter.input";
import { nameSearchCondition, nameSearchParameters } from "./participant-name-search";
import { type ParticipantSort, ParticipantSortField } from "./participant-sort.input";
import { Participant } from "./participant.entity";
import type { ParticipantsArgs } from "./participants.args";

/** Reads participants of the viewer's partner. */
export class ParticipantService {
  constructor(private readonly scope: TenantScope) {}

  /** Returns the participant, or throws NOT_FOUND for an unknown id or one of another partner. */
  async findById(id: string, argumentName = "id"): Promise<Participant> {
    requireIdOfKind("participant", id, argumentName);

    const participant = await this.scope.findById(Participant, id);
    if (!participant) {
      throw new NotFoundError("Participant", id);
    }

    return participant;
  }

  /** Returns one page of participants matching the filter, in the requested order. */
  async list(args: ParticipantsArgs): Promise<Connection<Participant>> {
    const field = args.sort?.field ?? ParticipantSortField.NAME;
    const direction = args.sort?.direction ?? SortDirection.ASC;

    return findKeysetPage({
      query: this.filteredQuery(args.filter),
      sortKey: `participants:${field}:${direction}`,
      terms: this.sortTerms(args.sort, "participant"),
      args,
      engine: engineOf(this.scope.dataSource),
      countTotal: () => this.filteredQuery(args.filter).getCount(),
    });
  }

  private filteredQuery(filter: ParticipantFilter | null | undefined): SelectQueryBuilder<Participant> {
    const query = this.scope.select(Participant, "participant");

    if (filter?.programIds) {
      query.andWhere(filter.programIds.length > 0 ? "participant.programId IN (:...programIds)" : "1 = 0", { programIds: filter.programIds });
    }
    if (filter?.roles) {
      query.andWhere(filter.roles.length > 0 ? "participant.role IN (:...roles)" : "1 = 0", { roles: filter.roles });
    }
    if (filter?.search?.trim()) {
      query.andWhere(nameSearchCondition("participant"), nameSearchParameters(filter.search));
    }
    if (filter?.updatedSince) {
      query.andWhere("participant.updatedAt >= :updatedSince", { updatedSince: filter.updatedSince });
    }

    return query;
  }

  private sortTerms(sort: ParticipantSort | null | undefined, alias: string): SortTerm[] {
    const direction = sort?.direction ?? SortDirection.ASC;
    const engine = engineOf(this.scope.dataSource);

    const field = sort?.field ?? ParticipantSortField.NAME;

    if (field === ParticipantSortField.CREATED_AT || field === ParticipantSortField.UPDATED_AT) {
      return [
        { expression: field === ParticipantSortField.CREATED_AT ? `${alias}.createdAt` : `${alias}.updatedAt`, direction, valueType: "instant" },
        { expression: `${alias}.id`, direction, valueType: "id" },
      ];
    }

    return [
      { expression: byteOrderedText(engine, foldedText(`${alias}.lastName`)), direction, valueType: "text" },
      { expression: byteOrderedText(engine, foldedText(`COALESCE(NULLIF(TRIM(${alias}.preferredName), ''), ${alias}.firstName)`)), direction, valueType: "text" },
      { expression: `${alias}.id`, direction, valueType: "id" },
    ];
  }
}
