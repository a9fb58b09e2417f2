/**
 * Jest reporter that ends a run with one plain line, such as "Tests: 12 passed, 0 failed, 1 skipped",
 * so that logs of several runs (SQLite, PostgreSQL, browser) can be read and summed the same way.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\nTests: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}

module.exports = SummaryReporter;
