import { randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { CommandInputError } from "../common/command-line";
import { newId } from "../common/ids";
import type { Partner } from "../partner/partner.entity";
import { findPartnerBySlug } from "../partner/partner-admin.service";
import { hashPassword } from "./password";
import { StaffRole } from "./staff-role.enum";
import { StaffUser } from "./staff-user.entity";

/** Roles a person can have. INTEGRATION is for API tokens only. */
export const STAFF_USER_ROLES = [StaffRole.ADMIN, StaffRole.ANALYST] as const;

/** Length bounds of a chosen password. The maximum is the longest password that `/auth/login` accepts. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 320;

const MAX_EMAIL_LENGTH = 320;
// One @, no spaces, and a dot in the domain: enough to catch typing mistakes, not a full RFC 5322 check.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface CreateStaffUserInput {
  partnerSlug: string;
  email: string;
  displayName: string;
  role: StaffRole;
  password: string;
}

/** Normalizes an email the way sign-in does (trimmed, lowercase) and checks its form. */
export function parseEmail(text: string | undefined): string {
  const email = text?.trim().toLowerCase() ?? "";
  if (email === "") {
    throw new CommandInputError("Missing --email: give the sign-in email address, such as --email ada@example.edu.");
  }
  if (email.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(email)) {
    throw new CommandInputError(`Invalid email "${text?.trim()}": give one address such as ada@example.edu, at most ${MAX_EMAIL_LENGTH} characters.`);
  }

  return email;
}

/** Parses a staff user's role, ADMIN or ANALYST, in any letter case. */
export function parseStaffRole(text: string | undefined): StaffRole {
  const roles = STAFF_USER_ROLES.join(" or ");
  if (text === undefined || text.trim() === "") {
    throw new CommandInputError(`Missing --role: use ${roles}.`);
  }

  const value = text.trim().toUpperCase();
  if (value === StaffRole.INTEGRATION) {
    throw new CommandInputError("INTEGRATION is a role for API tokens, not people: create one with npm run token -- create, or use ADMIN or ANALYST here.");
  }
  const role = STAFF_USER_ROLES.find((candidate) => candidate === value);
  if (!role) {
    throw new CommandInputError(`Unknown role "${text}": use ${roles}.`);
  }

  return role;
}

/** Checks a password chosen by the operator, such as one from MENTORLENS_PASSWORD. */
export function checkPassword(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
    throw new CommandInputError(
      `The password in MENTORLENS_PASSWORD has ${password.length} characters; use ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH}, or unset it to get a generated one.`,
    );
  }

  return password;
}

/** Generates a password of 24 URL-safe characters (144 random bits). */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Creates a staff user who signs in with `input.password`, stored only as its scrypt hash.
 * Throws CommandInputError for an unknown partner or an email that any partner's user has.
 */
export async function createStaffUser(dataSource: DataSource, input: CreateStaffUserInput, now = new Date()): Promise<{ staffUser: StaffUser; partner: Partner }> {
  const partner = await findPartnerBySlug(dataSource, input.partnerSlug);
  const repository = dataSource.getRepository(StaffUser);
  // Emails are unique across partners, because sign-in finds the user by email alone.
  if (await repository.existsBy({ email: input.email })) {
    throw new CommandInputError(`A staff user with the email "${input.email}" exists already; emails are unique across all partners.`);
  }

  const staffUser: StaffUser = {
    id: newId("staffUser"),
    partnerId: partner.id,
    email: input.email,
    displayName: input.displayName,
    role: input.role,
    passwordHash: await hashPassword(input.password),
    signedOutAt: null,
    createdAt: now,
  };
  await repository.insert(staffUser);

  return { staffUser, partner };
}

/** Lists a partner's staff users by email. */
export async function listStaffUsers(dataSource: DataSource, partnerSlug: string): Promise<{ partner: Partner; staffUsers: StaffUser[] }> {
  const partner = await findPartnerBySlug(dataSource, partnerSlug);
  const staffUsers = await dataSource.getRepository(StaffUser).find({ where: { partnerId: partner.id }, order: { email: "ASC" } });

  return { partner, staffUsers };
}
