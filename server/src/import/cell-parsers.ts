/** The typed value of a cell, or what the cell should have contained. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; expected: string };

/** Reads the text of one non-empty cell into a typed value. */
export type CellParser<T> = (text: string) => CellResult<T>;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const invalid = <T>(expected: string): CellResult<T> => ({ ok: false, expected });

/** Separates the items of a list cell (topics, options, chosen options), as the CSV export joins them. */
export const LIST_SEPARATOR = ";";

/** Characters after which a spreadsheet would read a cell as a formula; the export prefixes such text with `'`. */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Removes the single quote that the CSV exports put before text a spreadsheet would read as a
 * formula (or before text that already started with a quote and a trigger), so an exported
 * value is imported unchanged.
 */
export function restoreNeutralizedText(text: string): string {
  if (text.startsWith("'") && (FORMULA_TRIGGERS.has(text.charAt(1)) || (text.charAt(1) === "'" && FORMULA_TRIGGERS.has(text.charAt(2))))) {
    return text.slice(1);
  }

  return text;
}

export function textCell(maxLength: number): CellParser<string> {
  return (text) => {
    const value = text;

    return [...value].length <= maxLength ? ok(value) : invalid(`text of at most ${maxLength} characters (found ${[...value].length})`);
  };
}

/**
 * Most characters a long text cell (a description, note, prompt, answer or attribute value)
 * may hold. The database stores these in `text` columns, which have no bound of their own.
 */
export const MAX_LONG_TEXT_LENGTH = 10_000;

/** Long text, such as a description, up to `MAX_LONG_TEXT_LENGTH` characters. */
export const longTextCell: CellParser<string> = textCell(MAX_LONG_TEXT_LENGTH);

/** Reads an external id: 1 to 100 characters without leading or trailing spaces. */
export const externalIdCell: CellParser<string> = (text) => {
  if (text !== text.trim()) {
    return invalid("an id without leading or trailing spaces");
  }

  return text.length <= 100 ? ok(text) : invalid("an id of at most 100 characters");
};

export function integerCell(minimum: number, maximum: number): CellParser<number> {
  return (text) => {
    const value = Number(text);

    return /^-?\d+$/.test(text.trim()) && value >= minimum && value <= maximum
      ? ok(value)
      : invalid(`a whole number from ${minimum} to ${maximum}`);
  };
}

export const numberCell: CellParser<number> = (text) => {
  const value = Number(text);

  return text.trim() !== "" && Number.isFinite(value) ? ok(value) : invalid("a number, such as 4 or 3.5");
};

const TRUE_WORDS = new Set(["true", "yes", "1"]);
const FALSE_WORDS = new Set(["false", "no", "0"]);

export const booleanCell: CellParser<boolean> = (text) => {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) {
    return ok(true);
  }
  if (FALSE_WORDS.has(word)) {
    return ok(false);
  }

  return invalid("true or false (also accepted: yes, no, 1, 0)");
};

/** Reads a calendar date, `YYYY-MM-DD`, that exists (no 2025-02-30). */
export const dateCell: CellParser<string> = (text) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    return invalid("a date as YYYY-MM-DD, such as 2025-09-01");
  }

  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));

  return date.toISOString().slice(0, 10) === text ? ok(text) : invalid("a date that exists in the calendar, as YYYY-MM-DD");
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads an instant in ISO 8601 with its offset, such as `2025-09-01T14:30:00Z` or `2025-09-01T10:30:00-04:00`. */
export const instantCell: CellParser<Date> = (text) => {
  const value = new Date(text);
  if (!INSTANT.test(text) || Number.isNaN(value.getTime()) || !dateCell(text.slice(0, 10)).ok) {
    return invalid("a date and time in ISO 8601 with a UTC offset, such as 2025-09-01T14:30:00Z");
  }

  return ok(value);
};

export function enumCell<E extends string>(values: Record<string, E>): CellParser<E> {
  const allowed = new Set<string>(Object.values(values));

  return (text) => (allowed.has(text) ? ok(text as E) : invalid(`one of ${[...allowed].join(", ")}`));
}

/** Reads a list of items separated by `;`, dropping spaces around items and empty items. */
export function listCell(maxItemLength: number): CellParser<string[]> {
  return (text) => {
    const items = text
      .split(LIST_SEPARATOR)
      .map((item) => item.trim())
      .filter((item) => item !== "");
    const tooLong = items.find((item) => [...item].length > maxItemLength);

    return tooLong === undefined ? ok(items) : invalid(`items of at most ${maxItemLength} characters, separated by "${LIST_SEPARATOR}"`);
  };
}

/** Reads an email address, lowercased as staff users sign in with it. */
export const emailCell: CellParser<string> = (text) =>
  /^[^\s@]+@[^\s@]+$/.test(text) && text.length <= 320 ? ok(text.toLowerCase()) : invalid("an email address of a staff user of the partner");
