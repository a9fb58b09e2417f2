import { registerEnumType } from "type-graphql";

/** Access level of a staff user or API token to its partner's data. */
export enum StaffRole {
  ADMIN = "ADMIN",
  ANALYST = "ANALYST",
  INTEGRATION = "INTEGRATION",
}

registerEnumType(StaffRole, {
  name: "StaffRole",
  description: "Access level of a staff user or API token to its partner's data.",
  valuesConfig: {
    ADMIN: { description: "Everything of the partner, including contact details and flag notes." },
    ANALYST: { description: "Everything but contact details and free-text flag notes, unless an API token grants them." },
    INTEGRATION: { description: "Read-only access for machines, through an API token: every mutation is rejected with FORBIDDEN, and contact details and free-text flag notes only with a grant." },
  },
});
