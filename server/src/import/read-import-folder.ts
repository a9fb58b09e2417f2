import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { restoreNeutralizedText } from "./cell-parsers";
import { IMPORT_FILE_NAMES, IMPORT_FORMATS, type ImportFileFormat, type ImportFileName } from "./import-format";
import type { ImportProblem, ImportProblems } from "./import-problem";

/** One data row of an import file with its cells read into typed values; an empty optional cell is null. */
export interface ImportRecord {
  file: ImportFileName;
  /** Line on which the record starts, the header being line 1. */
  line: number;
  values: Record<string, unknown>;
  /** The cells as written, for problem reports. */
  texts: Record<string, string>;
  /** Whether every cell of the row was valid. */
  valid: boolean;
}

export type ImportRecords = Record<ImportFileName, ImportRecord[]>;

const UTF8 = new TextDecoder("utf-8", { fatal: true });
const LENIENT_UTF8 = new TextDecoder("utf-8");
const REPLACEMENT_CHARACTER = "\uFFFD";
const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];
const KNOWN_FILES: ReadonlySet<string> = new Set(IMPORT_FILE_NAMES);

/**
 * Reads every CSV file of a folder and checks each one's encoding, header and cells, adding a
 * problem for each fault found. Rows with faulty cells are still returned (marked invalid), so
 * that references to them do not cause a second, misleading problem.
 */
export function readImportFolder(folder: string, problems: ImportProblems): ImportRecords {
  const records = Object.fromEntries(IMPORT_FILE_NAMES.map((file) => [file, [] as ImportRecord[]])) as ImportRecords;
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    problems.add({ file: folder, line: null, column: null, value: null, expected: "a folder of CSV files" });
    return records;
  }

  for (const entry of readdirSync(folder).sort()) {
    if (!KNOWN_FILES.has(entry) && !entry.startsWith(".")) {
      problems.add({ file: entry, line: null, column: null, value: null, expected: `only the files ${IMPORT_FILE_NAMES.join(", ")}` });
    }
  }
  if (!existsSync(join(folder, "programs.csv"))) {
    problems.add({ file: "programs.csv", line: null, column: null, value: null, expected: "a programs.csv file listing the programs of the folder" });
  }

  for (const format of IMPORT_FORMATS) {
    const path = join(folder, format.file);
    if (existsSync(path)) {
      records[format.file] = readImportFile(format, readFileSync(path), problems);
    }
  }

  return records;
}

/**
 * Reads one file; returns no records when its header is wrong or it is not CSV. A line with
 * bytes of another encoding is reported and its record marked invalid; every other row is
 * still checked.
 */
export function readImportFile(format: ImportFileFormat, bytes: Buffer, problems: ImportProblems): ImportRecord[] {
  const decoded = decodeUtf8(format.file, bytes, problems);
  if (decoded === null) {
    return [];
  }

  const data = Buffer.from(decoded.text, "utf8");
  const lineAt = lineLocator(data);
  let rows: Array<{ record: string[]; info: { bytes: number } }>;
  try {
    // Both line breaks end a record, so a file whose lines end in a mix of CRLF and LF reads as it looks.
    rows = parse(data, { info: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ["\r\n", "\n"] }) as unknown as typeof rows;
  } catch (error) {
    problems.add(csvSyntaxProblem(format.file, error as Error & { code?: string; bytes?: number }, lineAt));
    return [];
  }
  if (rows.length === 0) {
    problems.add({ file: format.file, line: 1, column: null, value: null, expected: `a header line: ${format.columns.map((c) => c.name).join(",")}` });
    return [];
  }

  const header = rows[0].record;
  if (!checkHeader(format, header, problems)) {
    return [];
  }

  const records: ImportRecord[] = [];
  for (let index = 1; index < rows.length; index += 1) {
    const line = lineAt(rows[index - 1].info.bytes);
    const lastLine = lineAt(rows[index].info.bytes) - 1;
    const undecodable = decoded.badLines.some((badLine) => badLine >= line && badLine <= Math.max(line, lastLine));
    records.push(readRecord(format, header, rows[index].record, line, undecodable, problems));
  }

  return records;
}

/**
 * Describes a CSV syntax error at the line where the faulty record starts. csv-parse counts
 * a CRLF inside a quoted cell as two lines, so the line is found from the offset at which the
 * faulty record starts.
 */
function csvSyntaxProblem(file: string, error: Error & { code?: string; bytes?: number }, lineAt: (offset: number) => number): ImportProblem {
  const line = typeof error.bytes === "number" ? lineAt(error.bytes) : null;
  const expected =
    error.code === "CSV_QUOTE_NOT_CLOSED"
      ? "valid CSV; a quoted cell starts in the record on this line and its closing quote is missing"
      : `valid CSV (${error.message.replace(/ at line \d+/g, "")})`;

  return { file, line, column: null, value: null, expected };
}

/** Decodes a file as UTF-8. Lines with bytes of another encoding are reported, read with replacement characters, and listed in `badLines`. */
function decodeUtf8(file: string, bytes: Buffer, problems: ImportProblems): { text: string; badLines: number[] } | null {
  if (UTF16_BOMS.some((bom) => bytes.subarray(0, 2).equals(bom))) {
    problems.add({ file, line: null, column: null, value: null, expected: "UTF-8 text, but the file is UTF-16; save it as CSV UTF-8" });
    return null;
  }

  try {
    return { text: UTF8.decode(bytes).replace(/^\uFEFF/, ""), badLines: [] };
  } catch {
    // Each line is decoded on its own, so that the report names every line with invalid bytes.
    const badLines: number[] = [];
    const parts: string[] = [];
    let line = 1;
    let start = 0;
    for (let end = bytes.indexOf(0x0a); start <= bytes.length; end = bytes.indexOf(0x0a, start)) {
      const lineBytes = bytes.subarray(start, end === -1 ? bytes.length : end);
      try {
        parts.push(UTF8.decode(lineBytes));
      } catch {
        badLines.push(line);
        parts.push(LENIENT_UTF8.decode(lineBytes));
        problems.add({
          file,
          line,
          column: null,
          value: lineBytes.toString("latin1").replace(/\r$/, "").slice(0, 80),
          expected: "UTF-8 text; this line has bytes of another encoding (such as Windows-1252), so it was not imported; save the file as CSV UTF-8",
        });
      }
      if (end === -1) {
        break;
      }
      start = end + 1;
      line += 1;
    }

    return { text: parts.join("\n").replace(/^\uFEFF/, ""), badLines };
  }
}

function checkHeader(format: ImportFileFormat, header: string[], problems: ImportProblems): boolean {
  const known = new Set(format.columns.map((column) => column.name));
  const seen = new Set<string>();
  let valid = true;
  const report = (column: string | null, value: string | null, expected: string) => {
    problems.add({ file: format.file, line: 1, column, value, expected });
    valid = false;
  };

  for (const name of header) {
    if (!known.has(name)) {
      report(null, name, `a known column (${[...known].join(", ")})`);
    } else if (seen.has(name)) {
      report(name, name, "each column once");
    }
    seen.add(name);
  }
  for (const column of format.columns) {
    if (column.required && !seen.has(column.name)) {
      report(column.name, null, `a "${column.name}" column, which is required`);
    }
  }

  return valid;
}

/**
 * Reads the cells of one record. An `undecodable` record (one with bytes of another encoding,
 * already reported) is invalid, and its cells with unreadable characters are left empty
 * without a second problem, so that only its readable cells are checked.
 */
function readRecord(format: ImportFileFormat, header: string[], cells: string[], line: number, undecodable: boolean, problems: ImportProblems): ImportRecord {
  const record: ImportRecord = { file: format.file, line, values: {}, texts: {}, valid: !undecodable };
  if (cells.length !== header.length) {
    problems.add({ file: format.file, line, column: null, value: null, expected: `${header.length} cells, as in the header (found ${cells.length})` });
    record.valid = false;
  }

  for (const column of format.columns) {
    const position = header.indexOf(column.name);
    const text = position === -1 ? "" : restoreNeutralizedText(cells[position] ?? "");
    record.texts[column.name] = text;
    if (undecodable && text.includes(REPLACEMENT_CHARACTER)) {
      record.values[column.name] = null;
      continue;
    }
    if (text === "") {
      record.values[column.name] = null;
      if (column.required) {
        problems.add({ file: format.file, line, column: column.name, value: text, expected: "a value; this column is required" });
        record.valid = false;
      }
      continue;
    }

    const result = column.parse(text);
    if (result.ok) {
      record.values[column.name] = result.value;
    } else {
      record.values[column.name] = null;
      problems.add({ file: format.file, line, column: column.name, value: text, expected: result.expected });
      record.valid = false;
    }
  }

  return record;
}

/**
 * Returns a function from a byte offset at which a record may start (after the previous
 * record's line break, as csv-parse counts `info.bytes`) to the line of its first character,
 * skipping blank lines.
 */
function lineLocator(data: Buffer): (offset: number) => number {
  const lineStarts = [0];
  for (let index = data.indexOf(0x0a); index !== -1; index = data.indexOf(0x0a, index + 1)) {
    lineStarts.push(index + 1);
  }

  return (offset) => {
    let start = offset;
    while (start < data.length && (data[start] === 0x0a || data[start] === 0x0d)) {
      start += 1;
    }
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (lineStarts[middle] <= start) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }

    return low + 1;
  };
}
