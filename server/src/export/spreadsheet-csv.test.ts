import { parse } from "csv-parse/sync";
import { neutralizeFormula, SpreadsheetCsvWriter, spreadsheetTextFormatter, writeSpreadsheetCsv, type CsvColumn } from "./spreadsheet-csv";

interface SampleRow {
  text: string | null;
  amount: number | null;
  done: boolean | null;
}

const COLUMNS: CsvColumn<SampleRow>[] = [
  { header: "text", value: (row) => row.text },
  { header: "amount", value: (row) => row.amount },
  { header: "done", value: (row) => row.done },
];

describe("neutralizeFormula", () => {
  it.each([
    ["equals sign", "=SUM(A1:A2)"],
    ["plus sign", "+1+2"],
    ["minus sign", "-2+3"],
    ["at sign", "@SUM(A1)"],
    ["tab", "\t=1+1"],
    ["carriage return", "\r=1+1"],
  ])("prefixes a quote to a leading %s", (_name, value) => {
    const neutralized = neutralizeFormula(value);

    expect(neutralized).toBe(`'${value}`);
  });

  it.each([
    ["ordinary text", "Explore careers"],
    ["an ISO instant", "2026-03-01T23:58:00.000Z"],
    ["a calendar date", "2026-03-01"],
    ["a digit-led number text", "3.5"],
    ["an empty string", ""],
    ["a trigger after the first character", "a=b, c-d"],
    ["a leading space before a trigger", " =1+1"],
  ])("leaves %s alone", (_name, value) => {
    const neutralized = neutralizeFormula(value);

    expect(neutralized).toBe(value);
  });
});

describe("spreadsheetTextFormatter", () => {
  const format = spreadsheetTextFormatter();

  it("quotes ordinary text", () => {
    expect(format("plain")).toBe('"plain"');
  });

  it("doubles inner double quotes", () => {
    expect(format('She said "hi"')).toBe('"She said ""hi"""');
  });

  it("keeps commas inside the quotes", () => {
    expect(format("one, two")).toBe('"one, two"');
  });

  it("keeps line breaks inside the quotes", () => {
    expect(format("line 1\r\nline 2\nline 3")).toBe('"line 1\r\nline 2\nline 3"');
  });

  it("neutralizes before quoting", () => {
    expect(format('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe("writeSpreadsheetCsv", () => {
  it("starts with a UTF-8 byte order mark", () => {
    const csv = writeSpreadsheetCsv(COLUMNS, [{ text: "a", amount: 1, done: true }]);

    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it("ends records with CRLF", () => {
    const csv = writeSpreadsheetCsv(COLUMNS, [{ text: "a", amount: 1, done: true }]);

    expect(csv).toBe('\ufeff"text","amount","done"\r\n"a",1,true');
  });

  it("writes numbers and booleans unquoted and untouched", () => {
    const csv = writeSpreadsheetCsv(COLUMNS, [{ text: "x", amount: -3, done: false }]);

    expect(csv.split("\r\n")[1]).toBe('"x",-3,false');
  });

  it("leaves null cells empty", () => {
    const csv = writeSpreadsheetCsv(COLUMNS, [{ text: null, amount: null, done: null }]);

    expect(csv.split("\r\n")[1]).toBe(",,");
  });

  it("round-trips awkward text through a CSV parser", () => {
    const awkward = ['Commas, "quotes"', "multi\r\nline\ntext", "Zoë 王小明 Ана", "x".repeat(5000), "-5 is text here"];
    const csv = writeSpreadsheetCsv(
      COLUMNS,
      awkward.map((text) => ({ text, amount: 0, done: true })),
    );

    const records = parse(csv, { bom: true, columns: true }) as Array<{ text: string }>;

    expect(records.map((record) => record.text)).toEqual([...awkward.slice(0, 4), "'-5 is text here"]);
  });
});

describe("SpreadsheetCsvWriter", () => {
  const rows: SampleRow[] = [
    { text: "=1+1", amount: -3, done: true },
    { text: "multi\r\nline", amount: null, done: false },
    { text: "Zoë", amount: 2.5, done: null },
  ];

  it("writes in pieces what writeSpreadsheetCsv writes at once", () => {
    const writer = new SpreadsheetCsvWriter(COLUMNS);

    const pieces = writer.head() + writer.rows(rows.slice(0, 2)) + writer.rows([]) + writer.rows(rows.slice(2));

    expect(pieces).toBe(writeSpreadsheetCsv(COLUMNS, rows));
  });

  it("writes the byte order mark and header alone for no rows", () => {
    const writer = new SpreadsheetCsvWriter(COLUMNS);

    expect(writer.head()).toBe('\ufeff"text","amount","done"');
  });
});
