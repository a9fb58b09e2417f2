import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { DataSource } from "typeorm";
import { ENTITIES } from "../db/entities";

/** The example folder that `docs/import-format.md` describes. */
export const EXAMPLE_FOLDER = resolve(__dirname, "../../../examples/import");

/** Copies the example folder to a temporary folder that a test may change. */
export function copyExampleFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "mentorlens-import-"));
  cpSync(EXAMPLE_FOLDER, folder, { recursive: true });

  return folder;
}

/** Replaces the first occurrence of `search` in a file of the folder; fails when it is missing. */
export function editFile(folder: string, file: string, search: string, replacement: string): void {
  const path = join(folder, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(search)) {
    throw new Error(`${file} does not contain ${JSON.stringify(search)}`);
  }
  writeFileSync(path, text.replace(search, replacement));
}

/** Returns every table's row count and a checksum of its rows, so that a test can tell whether anything changed. */
export async function databaseFingerprint(dataSource: DataSource): Promise<Record<string, { rows: number; checksum: string }>> {
  const fingerprint: Record<string, { rows: number; checksum: string }> = {};
  for (const entity of ENTITIES) {
    const metadata = dataSource.getMetadata(entity);
    const rows = await dataSource.getRepository(entity).find();
    const primaryColumns = metadata.primaryColumns.map((column) => column.propertyName);
    const key = (row: Record<string, unknown>) => primaryColumns.map((column) => String(row[column])).join("|");
    const sorted = (rows as unknown as Array<Record<string, unknown>>).sort((a, b) => key(a).localeCompare(key(b)));
    fingerprint[metadata.tableName] = { rows: rows.length, checksum: createHash("sha256").update(JSON.stringify(sorted)).digest("hex") };
  }

  return fingerprint;
}

/** Replaces every occurrence of `search` in a file of the folder. */
export function replaceEverywhere(folder: string, file: string, search: string, replacement: string): void {
  const path = join(folder, file);
  writeFileSync(path, readFileSync(path, "utf8").split(search).join(replacement));
}

/** Returns the line of a file (1 for the header) on which `text` first appears. */
export function lineOf(folder: string, file: string, text: string): number {
  const index = readFileSync(join(folder, file), "utf8").split("\n").findIndex((line) => line.includes(text));
  if (index === -1) {
    throw new Error(`${file} has no line containing ${JSON.stringify(text)}`);
  }

  return index + 1;
}

/** Appends one CSV line to a file of the folder. */
export function appendLine(folder: string, file: string, line: string): void {
  const path = join(folder, file);
  writeFileSync(path, `${readFileSync(path, "utf8").replace(/\r?\n?$/, "\r\n")}${line}\r\n`);
}
