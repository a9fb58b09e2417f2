import { StaffRole } from "./staff-role.enum";
import type { Viewer } from "./viewer";

/**
 * Groups of fields that only some staff roles may read. The GraphQL fields, `Viewer.fieldAccess`
 * (which the dashboard reads) and the CSV export all decide through `canRead`, so they agree.
 */
export enum FieldGroup {
  /** A participant's email address and phone number, and a staff member's email address. */
  CONTACT_DETAILS = "CONTACT_DETAILS",
  /** Staff's free-text note on how a priority flag was resolved. */
  FLAG_NOTES = "FLAG_NOTES",
}

/** Roles that read a group without a grant. ANALYST and INTEGRATION viewers need a grant, which only API tokens carry. */
const ROLES_ALLOWED: Record<FieldGroup, ReadonlySet<StaffRole>> = {
  [FieldGroup.CONTACT_DETAILS]: new Set([StaffRole.ADMIN]),
  [FieldGroup.FLAG_NOTES]: new Set([StaffRole.ADMIN]),
};

/** The viewer properties that `canRead` reads: the role, and any grants of an API token. */
export type FieldAccessSubject = Pick<Viewer, "role"> & Partial<Pick<Viewer, "grants">>;

/** Whether the viewer may read each field group, as `Viewer.fieldAccess` reports it. */
export interface FieldAccess {
  contactDetails: boolean;
  flagNotes: boolean;
}

/** Tells whether `viewer` may read the fields of `group`, through its role or a grant. */
export function canRead(viewer: FieldAccessSubject, group: FieldGroup): boolean {
  return ROLES_ALLOWED[group].has(viewer.role) || (viewer.grants ?? []).includes(group);
}

/** Returns, for every field group, whether `viewer` may read it. */
export function fieldAccessOf(viewer: FieldAccessSubject): FieldAccess {
  return {
    contactDetails: canRead(viewer, FieldGroup.CONTACT_DETAILS),
    flagNotes: canRead(viewer, FieldGroup.FLAG_NOTES),
  };
}
