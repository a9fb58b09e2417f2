/** Exit code for invalid arguments, as command-line tools conventionally use it. */
export const EXIT_USAGE = 2;

/** Output streams of a command: standard output and error in the script, strings in tests. */
export interface CommandOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Invalid argument of an administration command. The message names the value and what to send instead. */
export class CommandInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandInputError";
  }
}

/**
 * Returns the message of an argument error: a CommandInputError, or a `node:util` parseArgs error
 * for an unknown option or a missing option value, whose message names the option. Rethrows any other error.
 */
export function describeArgumentError(error: unknown): string {
  if (error instanceof CommandInputError) {
    return error.message;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_")) {
    return (error as Error).message;
  }

  throw error;
}

/** Throws when a command got more positional arguments than its name. */
export function rejectExtraPositionals(command: string, rest: string[]): void {
  if (rest.length > 0) {
    throw new CommandInputError(`Unexpected argument "${rest[0]}" for ${command}.`);
  }
}

/** Throws when one of the options in `names` was given to a command that does not take it. */
export function rejectOptions(command: string, values: Record<string, unknown>, names: string[]): void {
  const unexpected = names.find((name) => values[name] !== undefined);
  if (unexpected) {
    throw new CommandInputError(`${command} does not take --${unexpected}.`);
  }
}

/** Formats rows as left-aligned columns separated by two spaces, with a header row. */
export function formatTable(header: string[], rows: string[][]): string {
  const table = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column].length)));

  return table.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd()).join("\n");
}

/** Checks a required free-text option: 1 to `maxLength` characters once trimmed. */
export function requireText(option: string, text: string | undefined, maxLength: number, example: string): string {
  const value = text?.trim() ?? "";
  if (value === "") {
    throw new CommandInputError(`Missing --${option}: give it as, for example, --${option} ${example}.`);
  }
  if (value.length > maxLength) {
    throw new CommandInputError(`--${option} has ${value.length} characters, above the maximum of ${maxLength}.`);
  }

  return value;
}
