import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { TenantEntity } from "../db/entities";

/**
 * The only way request code reads tenant data: every query it builds is already limited to
 * the viewer's partner. A row of another partner is therefore indistinguishable from a
 * missing row, whichever resolver, loader or export asks for it.
 */
export class TenantScope {
  constructor(
    readonly dataSource: DataSource,
    readonly partnerId: string,
  ) {}

  /**
   * Starts a SELECT on `entity` with `alias.partnerId = viewer's partner` already applied.
   * Calling `where` on the result adds a condition instead of replacing the tenant filter.
   */
  select<E extends ObjectLiteral>(
    entity: TenantEntity & (new () => E),
    alias: string,
  ): SelectQueryBuilder<E> {
    const query = this.dataSource
      .createQueryBuilder<E>(entity, alias)
      .where(`${alias}.partnerId = :tenantPartnerId`, { tenantPartnerId: this.partnerId });

    // TypeORM's `where` replaces all earlier conditions, which would silently drop the tenant filter.
    query.where = query.andWhere.bind(query) as typeof query.where;

    return query;
  }

  /** Returns one row by id, or null when it is missing or belongs to another partner. */
  async findById<E extends ObjectLiteral>(
    entity: TenantEntity & (new () => E),
    id: string,
  ): Promise<E | null> {
    return this.select(entity, "row").andWhere("row.id = :id", { id }).getOne();
  }
}
