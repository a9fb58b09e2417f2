/** Destination of progress lines: stderr in the command, none in tests. */
export interface ProgressSink {
  write(text: string): void;
  /** Whether the sink is a terminal, where one line is redrawn in place. */
  isTTY: boolean;
}

/** Redraws on a terminal at most this often, so that printing never slows the import down. */
const TTY_INTERVAL_MS = 250;
/** Prints a new line at most this often when stderr is a file or a pipe, such as a CI log. */
const LOG_INTERVAL_MS = 10_000;

/**
 * Reports rows written per second and the estimated time left, in place on a terminal and as an
 * occasional line otherwise.
 */
export class ImportProgress {
  private written = 0;
  private lastPrinted = 0;
  private readonly started: number;

  constructor(
    private readonly sink: ProgressSink | null,
    private readonly total: number,
    private readonly clock: () => number = Date.now,
  ) {
    this.started = clock();
  }

  advance(rows: number): void {
    this.written += rows;
    const now = this.clock();
    if (!this.sink || now - this.lastPrinted < (this.sink.isTTY ? TTY_INTERVAL_MS : LOG_INTERVAL_MS)) {
      return;
    }

    this.lastPrinted = now;
    this.print(now);
  }

  finish(): void {
    if (this.sink && this.total > 0) {
      this.print(this.clock());
      if (this.sink.isTTY) {
        this.sink.write("\n");
      }
    }
  }

  private print(now: number): void {
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const rate = this.written / seconds;
    const left = rate > 0 ? (this.total - this.written) / rate : Number.NaN;
    const percent = this.total > 0 ? Math.floor((100 * this.written) / this.total) : 100;
    const line = `Writing: ${this.written.toLocaleString("en-US")} of ${this.total.toLocaleString("en-US")} rows (${percent}%), ${Math.round(rate).toLocaleString("en-US")} rows/s, about ${formatDuration(left)} left`;
    this.sink?.write(this.sink.isTTY ? `\r${line}\u001b[K` : `${line}\n`);
  }
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) {
    return "? s";
  }
  if (seconds < 60) {
    return `${Math.ceil(seconds)} s`;
  }

  return `${Math.floor(seconds / 60)} min ${Math.ceil(seconds % 60)} s`;
}
