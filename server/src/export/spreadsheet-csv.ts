import { string as quotedString, type Formatter } from "@json2csv/formatters";
import { Parser } from "@json2csv/plainjs";

/** A value the CSV writer accepts: text is quoted and neutralized, numbers and booleans are written as they are. */
export type CsvCell = string | number | boolean | null;

/** First characters that make Excel, LibreOffice Calc or Google Sheets read a cell as a formula. */
const FORMULA_TRIGGERS: ReadonlySet<string> = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Prefixes a single quote to text that a spreadsheet would otherwise evaluate as a formula
 * (CSV or formula injection: `=HYPERLINK(...)` typed into a survey answer must not run on a
 * staff member's computer). The single quote is the spreadsheet's own "this cell is text"
 * marker, so the cell is shown as text instead of being evaluated, and unlike a leading space
 * or tab it is a convention that readers of the file can recognize and strip.
 */
export function neutralizeFormula(value: string): string {
  return FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}

/**
 * Formats text cells: neutralizes a leading formula trigger, then quotes the cell as
 * RFC 4180 specifies, doubling inner double quotes. Every text cell is quoted, so commas, CR
 * and LF inside a value never need a separate check. Numbers and booleans use other
 * formatters and are never prefixed, so a negative number stays `-3`.
 */
export function spreadsheetTextFormatter(): Formatter<string> {
  const quote = quotedString({ quote: '"', escapedQuote: '""' });

  return (value) => quote(neutralizeFormula(value));
}

/** A CSV column: its header and how to read the cell from a row. */
export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvCell;
}

/**
 * Writes rows as a CSV file for spreadsheet users: UTF-8 with a byte order mark (so Excel
 * detects the encoding), CRLF line endings and RFC 4180 quoting. Null cells are left empty.
 */
export function writeSpreadsheetCsv<Row extends object>(columns: ReadonlyArray<CsvColumn<Row>>, rows: Row[]): string {
  return csvParser(columns, { header: true }).parse(rows);
}

/**
 * Writes the same CSV format in pieces, for files too large to build in memory: `head()` once,
 * then `rows()` for each batch. Joined, the pieces equal `writeSpreadsheetCsv` of all rows.
 */
export class SpreadsheetCsvWriter<Row extends object> {
  private readonly bodyParser: Parser<Row, Row>;

  constructor(private readonly columns: ReadonlyArray<CsvColumn<Row>>) {
    this.bodyParser = csvParser(columns, { header: false });
  }

  /** Returns the byte order mark and the header row. */
  head(): string {
    return csvParser(this.columns, { header: true }).parse([]);
  }

  /** Returns the records of `rows`, each preceded by the CRLF that ends the record before it; empty for no rows. */
  rows(rows: Row[]): string {
    return rows.length === 0 ? "" : `\r\n${this.bodyParser.parse(rows)}`;
  }
}

function csvParser<Row extends object>(columns: ReadonlyArray<CsvColumn<Row>>, options: { header: boolean }): Parser<Row, Row> {
  return new Parser<Row, Row>({
    fields: columns.map((column) => ({ label: column.header, value: (row: Row) => column.value(row) ?? undefined })),
    header: options.header,
    withBOM: options.header,
    eol: "\r\n",
    includeEmptyRows: true,
    formatters: {
      header: quotedString(),
      string: spreadsheetTextFormatter(),
    },
  });
}

/**
 * Formats batches of rows as consecutive pieces of one spreadsheet CSV file, for files too large
 * to build in memory. The first piece starts with the byte order mark and the header; joined,
 * the pieces equal what `writeSpreadsheetCsv` returns for all rows at once.
 */
export class SpreadsheetCsvPieces<Row extends object> {
  private started = false;
  private readonly rowsOnly: Parser<Row, Row>;

  constructor(private readonly columns: ReadonlyArray<CsvColumn<Row>>) {
    this.rowsOnly = new Parser<Row, Row>({
      fields: columns.map((column) => ({ label: column.header, value: (row: Row) => column.value(row) ?? undefined })),
      header: false,
      eol: "\r\n",
      includeEmptyRows: true,
      formatters: { string: spreadsheetTextFormatter() },
    });
  }

  /** Returns the next piece; the first call returns the header even when `rows` is empty. */
  format(rows: Row[]): string {
    if (!this.started) {
      this.started = true;
      return writeSpreadsheetCsv(this.columns, rows);
    }

    return rows.length === 0 ? "" : `\r\n${this.rowsOnly.parse(rows)}`;
  }
}
