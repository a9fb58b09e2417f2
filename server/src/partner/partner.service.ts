import { Partner } from "./partner.entity";
import type { TenantScope } from "../common/tenant-scope";

/** Reads the viewer's own partner, the one row of `partner` a tenant may see. */
export class PartnerService {
  constructor(private readonly scope: TenantScope) {}

  /** Returns the viewer's partner; it exists for as long as the viewer's session does. */
  async current(): Promise<Partner> {
    // `partner` has no partnerId column, so its tenant filter is its own id.
    return this.scope.dataSource.getRepository(Partner).findOneByOrFail({ id: this.scope.partnerId });
  }
}
