import { registerEnumType } from "type-graphql";

/** What a staff user or API token may see of its partner's data. */
export enum StaffRole {
  ADMIN = "ADMIN",
  ANALYST = "ANALYST",
  INTEGRATION = "INTEGRATION",
}

registerEnumType(StaffRole, {
  name: "StaffRole",
  description: "What a staff user or API token may see of its partner's data.",
  valuesConfig: {
    ADMIN: { description: "Everything of the partner, including contact details and flag notes." },
    ANALYST: { description: "Everything but contact details and free-text flag notes, unless granted." },
    INTEGRATION: { description: "Read-only access for machines, through an API token; no contact details or free-text flag notes." },
  },
});
