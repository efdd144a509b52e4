// Ends every jest run with one plain line, "N passed, N failed, N skipped", that CI and people
// can read without knowing jest's own summary format.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    // stderr, where jest writes its own summary, so this line comes last.
    process.stderr.write(
      `\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`,
    );
  }
}
module.exports = SummaryReporter;
