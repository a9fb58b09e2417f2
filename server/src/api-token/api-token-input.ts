import { FieldGroup } from "../auth/field-access";
import { StaffRole } from "../auth/staff-role.enum";
import { CommandInputError } from "../common/command-line";

/** Invalid argument of a token command. The message names the value and what to send instead. */
export class ApiTokenInputError extends CommandInputError {
  constructor(message: string) {
    super(message);
    this.name = "ApiTokenInputError";
  }
}

/** Grant names as the token command spells them, and the field group each one unlocks. */
export const GRANT_NAMES: Readonly<Record<string, FieldGroup>> = {
  "contact-details": FieldGroup.CONTACT_DETAILS,
  "flag-notes": FieldGroup.FLAG_NOTES,
};

const MAX_NAME_LENGTH = 200;

/** Parses a role name, in any letter case, such as `analyst`. */
export function parseRole(text: string | undefined): StaffRole {
  const roles = Object.values(StaffRole);
  if (text === undefined || text.trim() === "") {
    throw new ApiTokenInputError(`Missing --role: use one of ${roles.join(", ")}.`);
  }

  const role = roles.find((candidate) => candidate === text.trim().toUpperCase());
  if (!role) {
    throw new ApiTokenInputError(`Unknown role "${text}": use one of ${roles.join(", ")}.`);
  }

  return role;
}

/** Checks a token name: 1 to 200 characters once trimmed. */
export function parseName(text: string | undefined): string {
  const name = text?.trim() ?? "";
  if (name === "") {
    throw new ApiTokenInputError('Missing --name: say what the token is for, such as --name "Warehouse".');
  }
  if (name.length > MAX_NAME_LENGTH) {
    throw new ApiTokenInputError(`The name has ${name.length} characters, above the maximum of ${MAX_NAME_LENGTH}.`);
  }

  return name;
}

/**
 * Parses a comma-separated grant list such as `contact-details,flag-notes`. An ADMIN token reads
 * every field already, so grants on it are rejected rather than stored without effect.
 */
export function parseGrants(text: string | undefined, role: StaffRole): FieldGroup[] {
  if (text === undefined) {
    return [];
  }

  const names = text
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== "");
  const known = Object.keys(GRANT_NAMES);
  const unknown = names.filter((name) => !(name in GRANT_NAMES));
  if (names.length === 0 || unknown.length > 0) {
    throw new ApiTokenInputError(`Unknown grant "${unknown[0] ?? text}": use ${known.join(" and/or ")}, separated by commas.`);
  }
  if (role === StaffRole.ADMIN) {
    throw new ApiTokenInputError("An ADMIN token reads every field already; --grant applies to ANALYST and INTEGRATION tokens only.");
  }

  return [...new Set(names.map((name) => GRANT_NAMES[name]))];
}

/** Returns the command's name for a field group, such as `contact-details`. */
export function grantName(group: FieldGroup): string {
  return Object.entries(GRANT_NAMES).find(([, value]) => value === group)?.[0] ?? group;
}
