import type { DataSource } from "typeorm";
import type { DatabaseEngine } from "../db/column-types";

/*
 * SQL fragments that differ between SQLite and PostgreSQL, so that services write one query
 * for both engines and get the same rows in the same order from each.
 */

/** Returns the engine a data source talks to. */
export function engineOf(dataSource: DataSource): DatabaseEngine {
  return dataSource.options.type === "postgres" ? "postgres" : "sqlite";
}

// Accented Latin letters and typographic apostrophes, which search compares as the plain character
// at the same place in FOLD_TO. Both cases are listed, so the table does not depend on lower().
const FOLD_FROM = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćČčĎďÈÉÊËèéêëĒēĖėĘęĚěĞğÌÍÎÏìíîïĪīĮįıŁłÑñŃńŇňÒÓÔÕÖØòóôõöøŌōŐőŘřŚśŞşŠšŤťŢţÙÚÛÜùúûüŪūŮůŰűŲųÝýÿŸŹźŻżŽž’‘ʼ";
const FOLD_EXCEPTIONS: Record<string, string> = { ı: "i", Ł: "l", ł: "l", Ø: "o", ø: "o", "’": "'", "‘": "'", ʼ: "'" };
const FOLD_TO = Array.from(FOLD_FROM)
  .map((character) => FOLD_EXCEPTIONS[character] ?? character.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase())
  .join("");

/**
 * SQL expression that folds text for search: lower case in every script, Latin accents removed,
 * typographic apostrophes made plain. PostgreSQL has `translate` built in; SQLite gets it, and a
 * `lower` that folds beyond ASCII, from `registerSqliteFunctions`.
 *
 * NOTE: SQLite's `lower` is JavaScript's `toLowerCase`, which applies Unicode's full case
 * mappings (a final sigma becomes ς, İ becomes i̇). PostgreSQL's lower() follows the database's
 * LC_CTYPE, so such rare letters may still fold differently on the two engines.
 */
export function foldedText(expression: string): string {
  return `translate(lower(${expression}), '${FOLD_FROM.replaceAll("'", "''")}', '${FOLD_TO.replaceAll("'", "''")}')`;
}

/**
 * Folds a search term the way `foldedText` folds a column. The term is first composed to NFC, so
 * that "e" followed by a combining diaeresis matches a stored "ë".
 *
 * NOTE: stored text is compared as it was entered; a name stored decomposed is not found by
 * an accented term.
 */
export function foldSearchTerm(term: string): string {
  return translate(term.normalize("NFC").toLowerCase(), FOLD_FROM, FOLD_TO);
}

/** LIKE pattern that matches any text containing `foldedTerm`, for use with `LIKE_ESCAPE`. */
export function containsPattern(foldedTerm: string): string {
  return `%${foldedTerm.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** ESCAPE clause matching `containsPattern`, written after the LIKE pattern. */
export const LIKE_ESCAPE = "ESCAPE '\\'";

/**
 * SQL condition that text is present and not only spaces, tabs and line breaks. Code that
 * applies the same rule in TypeScript uses `isBlankText`.
 */
export function isNonBlankText(engine: DatabaseEngine, expression: string): string {
  const whitespace = engine === "postgres" ? "' ' || chr(9) || chr(10) || chr(13)" : "' ' || char(9) || char(10) || char(13)";
  const trimmed = engine === "postgres" ? `btrim(${expression}, ${whitespace})` : `trim(${expression}, ${whitespace})`;

  return `(${expression} IS NOT NULL AND ${trimmed} <> '')`;
}

/** Tells whether text is missing or only spaces, tabs and line breaks, as `isNonBlankText` decides in SQL. */
export function isBlankText(text: string | null | undefined): boolean {
  return text == null || !/[^ \t\n\r]/.test(text);
}

/**
 * Text expression that sorts by code point on both engines; PostgreSQL would otherwise use the
 * database's collation, which may order punctuation and case differently from SQLite.
 */
export function byteOrderedText(engine: DatabaseEngine, expression: string): string {
  return engine === "postgres" ? `(${expression}) COLLATE "C"` : expression;
}

/**
 * FROM-clause item that expands a `simple-json` column holding a JSON array of strings into
 * rows of one column, `alias.value`.
 */
export function jsonTextArrayElements(engine: DatabaseEngine, column: string, alias: string): string {
  return engine === "postgres"
    ? `json_array_elements_text(CAST(${column} AS json)) AS ${alias}(value)`
    : `json_each(${column}) AS ${alias}`;
}

/**
 * Adds to a SQLite connection the SQL functions that the queries above expect as PostgreSQL has
 * them: `translate`, and a `lower` that folds every script. It replaces SQLite's built-in
 * lower(), which folds ASCII letters only, so that "ИВАНОВ" finds "Иванов" (an application
 * function overrides a built-in one of the same name and argument count).
 */
export function registerSqliteFunctions(database: SqliteFunctionRegistry): void {
  database.function("translate", { deterministic: true }, (text: unknown, from: unknown, to: unknown) =>
    typeof text === "string" && typeof from === "string" && typeof to === "string" ? translate(text, from, to) : null,
  );
  database.function("lower", { deterministic: true }, (value: unknown) => lowerCase(value));
}

/** Lower-cases any SQLite value. NULL stays NULL, and numbers and blobs become text first, as in the built-in lower(). */
function lowerCase(value: unknown): string | null {
  if (value === null || value === undefined) {
    return null;
  }

  return (typeof value === "string" ? value : String(value)).toLowerCase();
}

/** The part of a better-sqlite3 connection that registers user-defined functions. */
export interface SqliteFunctionRegistry {
  function(name: string, options: { deterministic: boolean }, implementation: (...args: unknown[]) => unknown): unknown;
}

/** PostgreSQL's `translate`: replaces each character found in `from` by the one at the same place in `to`, or drops it. */
function translate(text: string, from: string, to: string): string {
  const table = translationTable(from, to);
  let result = "";

  for (const character of text) {
    result += table.get(character) ?? character;
  }

  return result;
}

/**
 * Translation tables by `from` and `to`. SQLite calls `translate` for every row, and building the
 * table once made a name search over 100,000 rows about 4 times faster than building it per call
 * (measured with better-sqlite3 12). Queries pass only the constant pairs above, so the cache stays small.
 */
const translationTables = new Map<string, Map<string, string>>();
const MAX_TRANSLATION_TABLES = 16;

/** Maps each character of `from` to its replacement: the character at the same place in `to`, or "" to drop it. */
function translationTable(from: string, to: string): Map<string, string> {
  const key = `${from}\u0000${to}`;
  const cached = translationTables.get(key);
  if (cached) {
    return cached;
  }

  const fromCharacters = Array.from(from);
  const toCharacters = Array.from(to);
  const table = new Map<string, string>();
  fromCharacters.forEach((character, index) => {
    // As in PostgreSQL, the first occurrence of a repeated character decides.
    if (!table.has(character)) {
      table.set(character, toCharacters[index] ?? "");
    }
  });

  if (translationTables.size >= MAX_TRANSLATION_TABLES) {
    translationTables.clear();
  }
  translationTables.set(key, table);

  return table;
}

/**
 * Writes `"alias"."column"` with both names quoted, as SQLite and PostgreSQL both accept. Raw
 * subqueries use it for aliases the query builder does not know, whose camelCase column names
 * PostgreSQL would otherwise fold to lower case.
 */
export function qualifiedColumn(alias: string, column: string): string {
  return `"${alias}"."${column}"`;
}

/**
 * Scalar subquery returning, as a JSON array, the strings of the `simple-json` array column
 * `column` that also occur in the array column `otherColumn`, in `column`'s order. Read the
 * result with `parseJsonTextArray`.
 */
export function sharedJsonTextElementsSql(engine: DatabaseEngine, column: string, otherColumn: string): string {
  const aggregate = engine === "postgres" ? "json_agg(mine.value ORDER BY mine.ordinal)" : "json_group_array(mine.value)";
  const mine =
    engine === "postgres"
      ? `json_array_elements_text(CAST(${column} AS json)) WITH ORDINALITY AS mine(value, ordinal)`
      : `json_each(${column}) AS mine`;
  const theirs = jsonTextArrayElements(engine, otherColumn, "theirs");

  return `(SELECT ${aggregate} FROM ${mine} WHERE mine.value IN (SELECT theirs.value FROM ${theirs}))`;
}

/** Reads a JSON array of strings returned by `sharedJsonTextElementsSql`: parsed already on PostgreSQL, text on SQLite, NULL when empty. */
export function parseJsonTextArray(value: unknown): string[] {
  if (value == null) {
    return [];
  }

  const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;

  return Array.isArray(parsed) ? parsed.map(String) : [];
}
