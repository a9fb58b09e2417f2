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
    ANALYST: { description: "Everything but contact details and free-text flag notes, unless granted." },
    INTEGRATION: { description: "Read-only access for machines, through an API token; no contact details or free-text flag notes." },
  },
});
