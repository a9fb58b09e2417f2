import type { FieldGroup } from "./field-access";
import type { StaffRole } from "./staff-role.enum";

/** The credential with which a request authenticated. */
export type ViewerCredential = "session" | "apiToken";

/**
 * The staff user or API token on whose behalf a request runs. Exactly one of `userId` and
 * `apiTokenId` is set, matching `credential`.
 */
export interface Viewer {
  credential: ViewerCredential;
  /** Staff user of a dashboard session; null for an API token. */
  userId: string | null;
  /** API token of a Bearer request; null for a session. */
  apiTokenId: string | null;
  partnerId: string;
  role: StaffRole;
  /** The staff user's name, or the API token's name. */
  displayName: string;
  /** The staff user's sign-in email; null for an API token. */
  email: string | null;
  /** Field groups granted on top of the role; only API tokens have grants. */
  grants: readonly FieldGroup[];
}
