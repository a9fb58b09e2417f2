import type { ImportProblem } from "./import-problem";
import type { ImportSummary } from "./import-folder";

/** Problems printed in full; the JSON report always has all of them. */
const MAX_PRINTED_PROBLEMS = 500;

/** Formats the problems of a rejected folder, one per line, grouped by file. */
export function formatProblems(problems: ImportProblem[]): string {
  const lines = [`The folder has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was imported.`, ""];
  let file: string | null = null;
  for (const problem of problems.slice(0, MAX_PRINTED_PROBLEMS)) {
    if (problem.file !== file) {
      file = problem.file;
      lines.push(`${file}:`);
    }
    const where = [problem.line === null ? null : `line ${problem.line}`, problem.column === null ? null : `column ${problem.column}`]
      .filter((part) => part !== null)
      .join(", ");
    const value = problem.value === null ? "" : ` value ${JSON.stringify(problem.value)}:`;
    lines.push(`  ${where || "file"}:${value} expected ${problem.expected}`);
  }
  if (problems.length > MAX_PRINTED_PROBLEMS) {
    lines.push(`  ... and ${problems.length - MAX_PRINTED_PROBLEMS} more; write them all with --report-json FILE`);
  }

  return `${lines.join("\n")}\n`;
}

/** Formats the per-file counts of a finished (or dry-run) import, and on a dry run the external ids it would delete. */
export function formatSummary(summary: ImportSummary): string {
  const width = Math.max(...summary.files.map((file) => file.file.length));
  const counts = (file: { created: number; updated: number; unchanged: number; deleted: number }) =>
    `${file.created} created, ${file.updated} updated, ${file.unchanged} unchanged, ${file.deleted} deleted`;
  const lines = summary.files.map((file) => `  ${file.file.padEnd(width)}  ${counts(file)}`);
  const totals = summary.files.reduce(
    (sum, file) => ({
      created: sum.created + file.created,
      updated: sum.updated + file.updated,
      unchanged: sum.unchanged + file.unchanged,
      deleted: sum.deleted + file.deleted,
    }),
    { created: 0, updated: 0, unchanged: 0, deleted: 0 },
  );
  const heading = summary.dryRun
    ? "Dry run: the folder is valid and nothing was written. An import would make these changes:"
    : `Imported in ${(summary.durationMs / 1000).toFixed(1)} s:`;
  const deletions = summary.files
    .filter((file) => file.deleted > 0)
    .map((file) => `  ${file.file} ${summary.dryRun ? "would delete" : "deleted"}: ${file.deletedExternalIds.join(", ")}`);

  return `${[heading, ...lines, `  ${"total".padEnd(width)}  ${counts(totals)}`, ...deletions].join("\n")}\n`;
}
