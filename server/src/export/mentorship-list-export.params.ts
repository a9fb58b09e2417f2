import { validate, type ValidationError } from "class-validator";
import { LocalDateScalar } from "../common/scalars";
import { SortDirection } from "../common/sort-direction.enum";
import { MentorshipStatus } from "../mentorship/mentorship-enums";
import { MentorshipFilter } from "../mentorship/mentorship-filter.input";
import { MentorshipSort, MentorshipSortField } from "../mentorship/mentorship-sort.input";

/** The filter and order of a mentorship list export, as the `mentorships` GraphQL list takes them. */
export interface MentorshipListExportQuery {
  filter: MentorshipFilter;
  sort: MentorshipSort;
}

/** A query parameter that cannot be read; `parameter` names it. */
export class ExportParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** Query parameters of `GET /export/mentorships.csv`, each named after its GraphQL argument. */
const LIST_PARAMETERS = ["programIds", "statuses"] as const;
const SINGLE_PARAMETERS = ["matchedFrom", "matchedTo", "search", "hasOpenPriorityFlags", "noConversationForDays", "sort", "direction"] as const;
const KNOWN_PARAMETERS: ReadonlySet<string> = new Set([...LIST_PARAMETERS, ...SINGLE_PARAMETERS]);

type QueryValue = string | string[] | undefined;

/**
 * Reads the export's filter and order from URL query parameters and checks them with the same
 * rules as the GraphQL list's arguments. List parameters take comma-separated values, repeated
 * parameters or both. Throws ExportParameterError naming the first invalid parameter.
 */
export async function parseMentorshipListExportQuery(query: Record<string, unknown>): Promise<MentorshipListExportQuery> {
  for (const name of Object.keys(query)) {
    if (!KNOWN_PARAMETERS.has(name)) {
      throw new ExportParameterError(name, `Unknown parameter "${name}". Known parameters: ${[...KNOWN_PARAMETERS].join(", ")}.`);
    }
  }

  const filter = Object.assign(new MentorshipFilter(), {
    programIds: listParameter(query, "programIds"),
    statuses: enumListParameter(query, "statuses", MentorshipStatus),
    matchedFrom: dateParameter(query, "matchedFrom"),
    matchedTo: dateParameter(query, "matchedTo"),
    search: singleParameter(query, "search"),
    hasOpenPriorityFlags: booleanParameter(query, "hasOpenPriorityFlags"),
    noConversationForDays: integerParameter(query, "noConversationForDays"),
  });
  const sort = Object.assign(new MentorshipSort(), {
    field: enumParameter(query, "sort", MentorshipSortField) ?? MentorshipSortField.MATCHED_ON,
    direction: enumParameter(query, "direction", SortDirection) ?? SortDirection.DESC,
  });

  const [violation] = await validate(filter, { skipMissingProperties: true, forbidUnknownValues: false });
  if (violation) {
    throw new ExportParameterError(violation.property, messageOf(violation));
  }

  return { filter, sort };
}

function messageOf(violation: ValidationError): string {
  return `Invalid parameter ${violation.property}: ${Object.values(violation.constraints ?? {})[0] ?? "invalid value"}`;
}

function singleParameter(query: Record<string, unknown>, name: string): string | null {
  const value = query[name] as QueryValue;
  if (value === undefined) {
    return null;
  }
  if (typeof value !== "string") {
    throw new ExportParameterError(name, `Parameter ${name} must be given at most once.`);
  }

  return value;
}

function listParameter(query: Record<string, unknown>, name: string): string[] | null {
  const value = query[name] as QueryValue;
  if (value === undefined) {
    return null;
  }

  const items = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(","));

  return items.map((item) => item.trim()).filter((item) => item !== "");
}

function enumListParameter<E extends string>(query: Record<string, unknown>, name: string, values: Record<string, E>): E[] | null {
  const items = listParameter(query, name);

  return items === null ? null : items.map((item) => enumValue(name, item, values));
}

function enumParameter<E extends string>(query: Record<string, unknown>, name: string, values: Record<string, E>): E | null {
  const value = singleParameter(query, name);

  return value === null ? null : enumValue(name, value, values);
}

function enumValue<E extends string>(name: string, value: string, values: Record<string, E>): E {
  const allowed = Object.values(values);
  if (!allowed.includes(value as E)) {
    throw new ExportParameterError(name, `Invalid parameter ${name}: "${truncate(value)}" is not one of ${allowed.join(", ")}.`);
  }

  return value as E;
}

function dateParameter(query: Record<string, unknown>, name: string): string | null {
  const value = singleParameter(query, name);
  if (value === null) {
    return null;
  }

  try {
    return LocalDateScalar.parseValue(value) as string;
  } catch {
    throw new ExportParameterError(name, `Invalid parameter ${name}: "${truncate(value)}" is not a calendar date written as YYYY-MM-DD.`);
  }
}

function booleanParameter(query: Record<string, unknown>, name: string): boolean | null {
  const value = singleParameter(query, name);
  if (value === null) {
    return null;
  }
  if (value !== "true" && value !== "false") {
    throw new ExportParameterError(name, `Invalid parameter ${name}: expected true or false.`);
  }

  return value === "true";
}

function integerParameter(query: Record<string, unknown>, name: string): number | null {
  const value = singleParameter(query, name);
  if (value === null) {
    return null;
  }
  if (!/^-?\d{1,9}$/.test(value)) {
    throw new ExportParameterError(name, `Invalid parameter ${name}: "${truncate(value)}" is not a whole number.`);
  }

  return Number(value);
}

/** Shortens a caller's value before echoing it in an error message. */
function truncate(value: string, maxLength = 60): string {
  return value.length > maxLength ? `${value.slice(0, maxLength)}…` : value;
}
