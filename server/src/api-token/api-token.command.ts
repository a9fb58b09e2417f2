import { parseArgs } from "node:util";
import type { DataSource } from "typeorm";
import { type CommandOutput, describeArgumentError, EXIT_USAGE, rejectExtraPositionals, rejectOptions } from "../common/command-line";
import { ApiTokenInputError, grantName, parseGrants, parseName, parseRole } from "./api-token-input";
import type { ApiToken } from "./api-token.entity";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-token.service";

export const TOKEN_USAGE = `Usage: npm run token -- <command> [options]

Creates, lists and revokes API tokens in the database (DATABASE_URL, or the SQLite file at
DATABASE_PATH), after applying pending migrations.

Commands:
  create --partner <slug> --role <role> --name <text> [--grant <grants>]
      Creates a token and prints it once; only its SHA-256 hash is stored.
      --role   ADMIN, ANALYST or INTEGRATION (read-only, for machines).
      --name   What the token is for, such as "Warehouse" (at most 200 characters).
      --grant  Comma-separated: contact-details, flag-notes. Lets an ANALYST or
               INTEGRATION token read participants' email and phone, staff emails,
               or flags' resolution notes.
  list --partner <slug>
      Lists the partner's tokens without their secrets.
  revoke <token id>
      Revokes a token (an id such as tok_…); requests with it then get 401.

Options:
  --help   Prints this help.

Exit codes: 0 on success, 2 for invalid arguments, 1 when the database fails.
`;

export { EXIT_USAGE };

/**
 * Runs one token command and returns its exit code. `openDatabase` is called only once the
 * arguments are valid, so `--help` and typing mistakes need no database.
 */
export async function runTokenCommand(argv: string[], openDatabase: () => Promise<DataSource>, output: CommandOutput, now = new Date()): Promise<number> {
  let parsed: ReturnType<typeof readArguments>;
  try {
    parsed = readArguments(argv);
  } catch (error) {
    output.stderr(`${describeArgumentError(error)}\nRun with --help for usage.\n`);

    return EXIT_USAGE;
  }
  if (parsed.command === "help") {
    output.stdout(TOKEN_USAGE);

    return 0;
  }

  const dataSource = await openDatabase();
  try {
    switch (parsed.command) {
      case "create": {
        const created = await createApiToken(dataSource, parsed.input, now);
        output.stdout(describeCreated(created.apiToken, created.partner.name, created.partner.slug, created.token));
        break;
      }
      case "list": {
        const { partner, apiTokens } = await listApiTokens(dataSource, parsed.partnerSlug);
        output.stdout(describeList(partner.name, partner.slug, apiTokens));
        break;
      }
      case "revoke": {
        const apiToken = await revokeApiToken(dataSource, parsed.id, now);
        output.stdout(`Revoked API token ${apiToken.id} ("${apiToken.name}") at ${apiToken.revokedAt?.toISOString()}. Requests with it now get 401.\n`);
        break;
      }
    }

    return 0;
  } catch (error) {
    if (error instanceof ApiTokenInputError) {
      output.stderr(`${error.message}\n`);

      return EXIT_USAGE;
    }

    throw error;
  } finally {
    await dataSource.destroy();
  }
}

type ParsedCommand =
  | { command: "help" }
  | { command: "create"; input: { partnerSlug: string; role: ReturnType<typeof parseRole>; name: string; grants: ReturnType<typeof parseGrants> } }
  | { command: "list"; partnerSlug: string }
  | { command: "revoke"; id: string };

function readArguments(argv: string[]): ParsedCommand {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      partner: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      grant: { type: "string" },
      help: { type: "boolean", default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    return { command: "help" };
  }

  switch (command) {
    case "create": {
      rejectExtraPositionals(command, rest);
      const role = parseRole(values.role);

      return {
        command,
        input: { partnerSlug: requirePartner(values.partner), role, name: parseName(values.name), grants: parseGrants(values.grant, role) },
      };
    }
    case "list":
      rejectExtraPositionals(command, rest);
      rejectOptions(command, values, ["role", "name", "grant"]);

      return { command, partnerSlug: requirePartner(values.partner) };
    case "revoke": {
      rejectOptions(command, values, ["partner", "role", "name", "grant"]);
      if (rest.length !== 1) {
        throw new ApiTokenInputError("revoke takes exactly one token id, such as: npm run token -- revoke tok_0123…");
      }

      return { command, id: rest[0] };
    }
    default:
      throw new ApiTokenInputError(`Unknown command "${command}": use create, list or revoke.`);
  }
}

function requirePartner(slug: string | undefined): string {
  if (slug === undefined || slug.trim() === "") {
    throw new ApiTokenInputError("Missing --partner: give the partner's slug, such as --partner northfield.");
  }

  return slug.trim();
}

function describeCreated(apiToken: ApiToken, partnerName: string, partnerSlug: string, token: string): string {
  return [
    `Created API token ${apiToken.id} "${apiToken.name}" for ${partnerName} (${partnerSlug}), role ${apiToken.role}, grants: ${describeGrants(apiToken)}.`,
    "",
    `  ${token}`,
    "",
    "Copy the token now: it is shown only this once, and only its hash is stored.",
    "Send it with each request as the header  Authorization: Bearer <token>",
    "",
  ].join("\n");
}

function describeList(partnerName: string, partnerSlug: string, apiTokens: ApiToken[]): string {
  if (apiTokens.length === 0) {
    return `${partnerName} (${partnerSlug}) has no API tokens.\n`;
  }

  const rows = apiTokens.map((apiToken) => [
    apiToken.id,
    apiToken.name,
    apiToken.role,
    describeGrants(apiToken),
    apiToken.createdAt.toISOString(),
    apiToken.lastUsedAt?.toISOString() ?? "never",
    apiToken.revokedAt ? `revoked ${apiToken.revokedAt.toISOString()}` : "active",
  ]);
  const table = [["id", "name", "role", "grants", "created", "last used", "status"], ...rows];
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  const lines = table.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd());

  return `API tokens of ${partnerName} (${partnerSlug}):\n${lines.join("\n")}\n`;
}

function describeGrants(apiToken: ApiToken): string {
  return apiToken.grants.length > 0 ? apiToken.grants.map(grantName).join(",") : "none";
}
