import { NotFoundError } from "../common/errors";
import { buildConnection, type Connection, pageWindow } from "../common/pagination";
import { SortDirection } from "../common/sort-direction.enum";
import { orderByTerms, type SortTerm } from "../common/sorting";
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
    const window = pageWindow(args);
    const filtered = () => this.filteredQuery(args.filter);

    const query = filtered();
    orderByTerms(query, this.sortTerms(args.sort, "participant"));
    const rows = await query.offset(window.offset).limit(window.limit + 1).getMany();

    return buildConnection(rows, window, () => filtered().getCount());
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

    return query;
  }

  private sortTerms(sort: ParticipantSort | null | undefined, alias: string): SortTerm[] {
    const direction = sort?.direction ?? SortDirection.ASC;
    const engine = engineOf(this.scope.dataSource);

    if ((sort?.field ?? ParticipantSortField.NAME) === ParticipantSortField.CREATED_AT) {
      return [
        { expression: `${alias}.createdAt`, direction },
        { expression: `${alias}.id`, direction },
      ];
    }

    return [
      { expression: byteOrderedText(engine, foldedText(`${alias}.lastName`)), direction },
      { expression: byteOrderedText(engine, foldedText(`COALESCE(NULLIF(TRIM(${alias}.preferredName), ''), ${alias}.firstName)`)), direction },
      { expression: `${alias}.id`, direction },
    ];
  }
}
