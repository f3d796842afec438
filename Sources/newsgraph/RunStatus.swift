import ArgumentParser

/// The exit statuses of `build` and `extract`.
///
/// - 0: every input was read and every document extracted.
/// - 1: nothing was built (no document could be read or extracted, or a
///   fatal error such as a full disk); the outputs are unchanged.
/// - 2: done with errors: the outputs were written (or are current) for
///   every other document, but some inputs or documents were skipped
///   (unreadable, bad JSON line, over the size cap, crashed, timed out, or
///   failed so in an earlier build); each was named on standard error.
enum RunStatus {
  /// Outputs written, some inputs skipped.
  static let doneWithErrors = ExitCode(2)

  /// Exits with ``doneWithErrors`` when anything was skipped.
  ///
  /// - Parameter failures: How many inputs or documents were skipped.
  /// - Throws: ``doneWithErrors`` when `failures` is not zero.
  static func finish(failures: Int) throws {
    if failures > 0 { throw doneWithErrors }
  }
}
