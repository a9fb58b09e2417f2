import type { SelectQueryBuilder } from "typeorm";
import { findKeysetPage } from "../common/keyset-page";
import type { Connection } from "../common/pagination";
import { SortDirection } from "../common/sort-direction.enum";
import { engineOf } from "../common/sql-dialect";
import type { TenantScope } from "../common/tenant-scope";
import { DeletedRecord } from "./deleted-record.entity";
import type { DeletedRecordsArgs } from "./deleted-records.args";

/** Reads the tombstones of the viewer's partner. */
export class DeletedRecordService {
  constructor(private readonly scope: TenantScope) {}

  /** Returns one page of tombstones written at or after `since`, oldest first, ties broken by tombstone id. */
  list(args: DeletedRecordsArgs): Promise<Connection<DeletedRecord>> {
    return findKeysetPage({
      query: this.filteredQuery(args),
      sortKey: "deletedRecords:DELETED_AT:ASC",
      terms: [
        { expression: "tombstone.deletedAt", direction: SortDirection.ASC, valueType: "instant" },
        { expression: "tombstone.id", direction: SortDirection.ASC, valueType: "id" },
      ],
      args,
      engine: engineOf(this.scope.dataSource),
      countTotal: () => this.filteredQuery(args).getCount(),
    });
  }

  private filteredQuery(args: DeletedRecordsArgs): SelectQueryBuilder<DeletedRecord> {
    const query = this.scope.select(DeletedRecord, "tombstone").andWhere("tombstone.deletedAt >= :since", { since: args.since });

    if (args.types) {
      query.andWhere(args.types.length > 0 ? "tombstone.recordType IN (:...recordTypes)" : "1 = 0", { recordTypes: args.types });
    }

    return query;
  }
}
