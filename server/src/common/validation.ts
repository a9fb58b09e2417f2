import { ValidateBy, type ValidationArguments, type ValidationOptions } from "class-validator";
import { BadUserInputError } from "./errors";
import { ID_PREFIXES, type IdKind, isIdOfKind } from "./ids";

/** Accepts a typed id of the given kind, such as `prg_` and 32 hex digits; use `{ each: true }` on lists. */
export function IsTypedId(kind: IdKind, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isTypedId",
      constraints: [kind],
      validator: {
        validate: (value: unknown) => typeof value === "string" && isIdOfKind(kind, value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property ?? "value"} must contain ${kind} ids: "${ID_PREFIXES[kind]}_" followed by 32 lowercase hex digits.`,
      },
    },
    options,
  );
}

/**
 * Accepts the end of a range only when it is not before its start, the sibling property
 * `startProperty`. Both are instants (`Date`) or calendar dates (`YYYY-MM-DD` strings); an open
 * range, with either end missing, is always accepted.
 */
export function IsNotBefore(startProperty: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: "isNotBefore",
      constraints: [startProperty],
      validator: {
        validate: (end: unknown, args?: ValidationArguments) => {
          const start = (args?.object as Record<string, unknown> | undefined)?.[startProperty];

          return start == null || end == null || comparableTime(start) <= comparableTime(end);
        },
        defaultMessage: (args?: ValidationArguments) => `${args?.property ?? "end"} must not be before ${startProperty}.`,
      },
    },
    options,
  );
}

function comparableTime(value: unknown): number | string {
  return value instanceof Date ? value.getTime() : String(value);
}

/** Throws BAD_USER_INPUT naming `argumentName` unless `value` is a typed id of the given kind. */
export function requireIdOfKind(kind: IdKind, value: string, argumentName: string): string {
  if (!isIdOfKind(kind, value)) {
    throw new BadUserInputError(
      argumentName,
      `Invalid ${argumentName} "${truncate(value)}": expected "${ID_PREFIXES[kind]}_" followed by 32 lowercase hex digits.`,
    );
  }

  return value;
}

/** Shortens a caller's value before echoing it in an error message. */
function truncate(value: string, maxLength = 60): string {
  return value.length > maxLength ? `${value.slice(0, maxLength)}…` : value;
}
