/** One reason why a folder cannot be imported, pointing at the cell (or file) that causes it. */
export interface ImportProblem {
  /** File name inside the folder, such as `participants.csv`. */
  file: string;
  /** Line of the file on which the record starts, counting the header as line 1; null for a problem with the whole file. */
  line: number | null;
  /** Header of the offending column; null when the problem is not about one cell. */
  column: string | null;
  /** The cell's text as read, or null when there is no cell. */
  value: string | null;
  /** Description of what the cell, row or file should contain instead. */
  expected: string;
}

/** Collects every problem of a folder, so that the report lists all of them and not only the first. */
export class ImportProblems {
  readonly list: ImportProblem[] = [];

  add(problem: ImportProblem): void {
    this.list.push(problem);
  }

  get count(): number {
    return this.list.length;
  }

  /** Returns the problems ordered by file, then line, then column, as a reader goes through the folder. */
  sorted(): ImportProblem[] {
    return [...this.list].sort(
      (a, b) =>
        a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? "").localeCompare(b.column ?? ""),
    );
  }
}

/** Thrown when a folder has problems; nothing has been written. */
export class ImportValidationError extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super(`The folder has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was imported.`);
    this.name = "ImportValidationError";
  }
}
