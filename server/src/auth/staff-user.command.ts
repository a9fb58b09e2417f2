import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import {
  CommandInputError,
  type CommandOutput,
  describeArgumentError,
  EXIT_USAGE,
  formatTable,
  rejectExtraPositionals,
  rejectOptions,
  requireText,
} from "../common/command-line";
import type { StaffRole } from "./staff-role.enum";
import {
  checkPassword,
  createStaffUser,
  generatePassword,
  listStaffUsers,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  parseEmail,
  parseStaffRole,
} from "./staff-user-admin.service";

const MAX_DISPLAY_NAME_LENGTH = 200;

export const STAFF_USAGE = `Usage: npm run staff -- <command> [options]

Creates and lists the staff users who sign in to the dashboard, in the database
(DATABASE_URL, or the SQLite file at DATABASE_PATH), after applying pending migrations.

Commands:
  create --partner <slug> --email <email> --name <text> --role <role>
      Creates a staff user and prints their password once; only its scrypt hash is stored.
      --partner  Slug of the user's partner, such as northfield (see npm run partner -- list).
      --email    Sign-in email address, unique across all partners; stored in lowercase.
      --name     Display name shown to other staff (at most ${MAX_DISPLAY_NAME_LENGTH} characters).
      --role     ADMIN (everything of the partner) or ANALYST (no contact details or flag notes).
      The password is generated (24 characters) unless the environment variable
      MENTORLENS_PASSWORD holds one of ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters. It is never read from
      the command line, where other users of the machine could see it.
  list --partner <slug>
      Lists the partner's staff users, without password hashes.

Options:
  --help   Prints this help.

Exit codes: 0 on success, 2 for invalid arguments, 1 when the database fails.
`;

interface StaffCreateInput {
  partnerSlug: string;
  email: string;
  displayName: string;
  role: StaffRole;
}

type ParsedCommand = { command: "help" } | { command: "create"; input: StaffCreateInput } | { command: "list"; partnerSlug: string };

export interface StaffCommandOptions {
  /** Password for `create`, from MENTORLENS_PASSWORD. When it is undefined or empty, a password is generated. */
  password?: string;
  now?: Date;
}

/**
 * Runs one staff command and returns its exit code. `openDatabase` is called only once the
 * arguments are valid, so `--help` and typing mistakes need no database.
 */
export async function runStaffCommand(argv: string[], openDatabase: () => Promise<DataSource>, output: CommandOutput, options: StaffCommandOptions = {}): Promise<number> {
  let parsed: ParsedCommand;
  let chosenPassword: string | undefined;
  try {
    parsed = readArguments(argv);
    chosenPassword = parsed.command === "create" && options.password ? checkPassword(options.password) : undefined;
  } catch (error) {
    output.stderr(`${describeArgumentError(error)}\nRun with --help for usage.\n`);

    return EXIT_USAGE;
  }
  if (parsed.command === "help") {
    output.stdout(STAFF_USAGE);

    return 0;
  }

  const dataSource = await openDatabase();
  try {
    if (parsed.command === "create") {
      const password = chosenPassword ?? generatePassword();
      const { staffUser, partner } = await createStaffUser(dataSource, { ...parsed.input, password }, options.now);
      output.stdout(describeCreated(staffUser.email, staffUser.displayName, staffUser.role, staffUser.id, partner.name, partner.slug, chosenPassword ? null : password));
    } else {
      const { partner, staffUsers } = await listStaffUsers(dataSource, parsed.partnerSlug);
      output.stdout(
        staffUsers.length === 0
          ? `${partner.name} (${partner.slug}) has no staff users.\n`
          : `Staff users of ${partner.name} (${partner.slug}):\n${formatTable(
              ["email", "name", "role", "id", "created"],
              staffUsers.map((user) => [user.email, user.displayName, user.role, user.id, user.createdAt.toISOString()]),
            )}\n`,
      );
    }

    return 0;
  } catch (error) {
    if (error instanceof CommandInputError) {
      output.stderr(`${error.message}\n`);

      return EXIT_USAGE;
    }

    throw error;
  } finally {
    await dataSource.destroy();
  }
}

function readArguments(argv: string[]): ParsedCommand {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      partner: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      help: { type: "boolean", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    return { command: "help" };
  }

  rejectExtraPositionals(command, rest);
  switch (command) {
    case "create":
      return {
        command,
        input: {
          partnerSlug: requirePartner(values.partner),
          email: parseEmail(values.email),
          displayName: requireText("name", values.name, MAX_DISPLAY_NAME_LENGTH, '"Ada Lovelace"'),
          role: parseStaffRole(values.role),
        },
      };
    case "list":
      rejectOptions(command, values, ["email", "name", "role"]);

      return { command, partnerSlug: requirePartner(values.partner) };
    default:
      throw new CommandInputError(`Unknown command "${command}": use create or list.`);
  }
}

function requirePartner(slug: string | undefined): string {
  if (slug === undefined || slug.trim() === "") {
    throw new CommandInputError("Missing --partner: give the partner's slug, such as --partner northfield.");
  }

  return slug.trim();
}

function describeCreated(email: string, displayName: string, role: string, id: string, partnerName: string, partnerSlug: string, generatedPassword: string | null): string {
  const lines = [`Created staff user ${id} ${displayName} <${email}> for ${partnerName} (${partnerSlug}), role ${role}.`, ""];
  if (generatedPassword === null) {
    lines.push("They sign in with the password from MENTORLENS_PASSWORD.", "");
  } else {
    lines.push(
      "Password:",
      "",
      `  ${generatedPassword}`,
      "",
      "Copy the password now and give it to the user over a safe channel: it is shown only this once, and only its hash is stored.",
      "",
    );
  }

  return lines.join("\n");
}
