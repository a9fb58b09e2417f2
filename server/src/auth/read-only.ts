import { StaffRole } from "./staff-role.enum";
import type { Viewer } from "./viewer";

/** Roles that may read but never change data: machines pulling data need no more. */
const READ_ONLY_ROLES: ReadonlySet<StaffRole> = new Set([StaffRole.INTEGRATION]);

/** Tells whether `viewer` may only read, so that every mutation it sends is rejected. */
export function isReadOnlyViewer(viewer: Pick<Viewer, "role">): boolean {
  return READ_ONLY_ROLES.has(viewer.role);
}
