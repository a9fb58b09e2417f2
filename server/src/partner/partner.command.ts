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
import { createPartner, listPartners, parseSlug } from "./partner-admin.service";

const MAX_NAME_LENGTH = 200;

export const PARTNER_USAGE = `Usage: npm run partner -- <command> [options]

Creates and lists partners (the institutions whose data Mentorlens keeps apart) in the
database (DATABASE_URL, or the SQLite file at DATABASE_PATH), after applying pending migrations.

Commands:
  create --slug <slug> --name <text>
      Creates a partner.
      --slug   Short unique name used in commands, such as northfield: 1 to 64 lowercase
               letters, digits and hyphens.
      --name   Display name, such as "Northfield University" (at most ${MAX_NAME_LENGTH} characters).
  list
      Lists every partner with its number of staff users.

Then add staff users with: npm run staff -- create --partner <slug> ...

Options:
  --help   Prints this help.

Exit codes: 0 on success, 2 for invalid arguments, 1 when the database fails.
`;

type ParsedCommand = { command: "help" } | { command: "create"; slug: string; name: string } | { command: "list" };

/**
 * Runs one partner command and returns its exit code. `openDatabase` is called only once the
 * arguments are valid, so `--help` and typing mistakes need no database.
 */
export async function runPartnerCommand(argv: string[], openDatabase: () => Promise<DataSource>, output: CommandOutput, now = new Date()): Promise<number> {
  let parsed: ParsedCommand;
  try {
    parsed = readArguments(argv);
  } catch (error) {
    output.stderr(`${describeArgumentError(error)}\nRun with --help for usage.\n`);

    return EXIT_USAGE;
  }
  if (parsed.command === "help") {
    output.stdout(PARTNER_USAGE);

    return 0;
  }

  const dataSource = await openDatabase();
  try {
    if (parsed.command === "create") {
      const partner = await createPartner(dataSource, { slug: parsed.slug, name: parsed.name }, now);
      output.stdout(
        `Created partner ${partner.id} "${partner.name}" (${partner.slug}).\n` +
          `Add a staff user with: npm run staff -- create --partner ${partner.slug} --email <email> --name "<name>" --role ADMIN\n`,
      );
    } else {
      const summaries = await listPartners(dataSource);
      output.stdout(
        summaries.length === 0
          ? "The database has no partners.\n"
          : `${formatTable(
              ["slug", "name", "id", "staff users", "created"],
              summaries.map(({ partner, staffUserCount }) => [partner.slug, partner.name, partner.id, String(staffUserCount), partner.createdAt.toISOString()]),
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
      slug: { type: "string" },
      name: { type: "string" },
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
      return { command, slug: parseSlug(values.slug), name: requireText("name", values.name, MAX_NAME_LENGTH, '"Northfield University"') };
    case "list":
      rejectOptions(command, values, ["slug", "name"]);

      return { command };
    default:
      throw new CommandInputError(`Unknown command "${command}": use create or list.`);
  }
}
