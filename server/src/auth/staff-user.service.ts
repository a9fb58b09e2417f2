import type { TenantScope } from "../common/tenant-scope";
import { StaffUser } from "./staff-user.entity";

/** Reads the staff users of the viewer's partner. */
export class StaffUserService {
  constructor(private readonly scope: TenantScope) {}

  /** Returns every staff user of the partner, by display name, then id. */
  list(): Promise<StaffUser[]> {
    return this.scope.select(StaffUser, "staff").orderBy("staff.displayName", "ASC").addOrderBy("staff.id", "ASC").getMany();
  }
}
