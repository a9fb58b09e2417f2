import type { StaffRole } from "./staff-role.enum";

/** The signed-in staff user on whose behalf a request runs. */
export interface Viewer {
  userId: string;
  partnerId: string;
  role: StaffRole;
  displayName: string;
  email: string;
}
