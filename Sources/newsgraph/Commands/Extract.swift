import ArgumentParser
import Foundation
import NewsExtraction
import NewsGraphBuild

extension NewsGraphCommand {
  /// `newsgraph extract`: per-document JSON Lines on standard output, as a
  /// streaming pipe stage.
  struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write one JSON line per document: entities, statements and relations.",
      discussion: """
        A pipe stage: only JSON Lines go to standard output; warnings go to
        standard error. Standard input (-) may be plain text (one document) or
        JSON Lines of {"id": ..., "text": ...} (optional "path", "date", "url",
        "title", "source", carried into the document record). JSON Lines are
        read as they arrive and each output line is written as soon as it and
        the lines before it are done, in input order, so extract works in a
        pipe of any length (xargs -P, GNU parallel, Spark's RDD.pipe). A bad
        line is named (<stdin>:LINE: reason) and skipped; the others go on.

        --with-text adds each document's text to its line ("text"), so that
        `newsgraph merge` of the lines builds exactly what `build` of the
        documents builds: shard a corpus, extract the shards anywhere, merge.

        Exit status: 0 all done; 2 some inputs skipped (each named on
        standard error); 1 nothing extracted.

        Example: newsgraph extract seeds/ > extractions.jsonl
        """)

    @OptionGroup var input: InputOptions

    @Flag(help: "Add each document's text to its line (\"text\"), for `newsgraph merge`.")
    var withText = false

    func run() async throws {
      let paths = input.paths.isEmpty ? ["-"] : input.paths
      let job = ExtractionJob(
        paths: paths, maxBytes: input.maxMegabytes * 1_000_000, names: input.names, jobs: input.jobs,
        timeout: input.documentTimeout)
      var emitted = 0
      var outputClosed = false
      let result: ExtractionJob.Result
      do {
        result = try job.run { delivery in
          guard case .extractedLine(var line) = delivery.outcome else { return true }
          if withText { line = ShardRecord.line(line, addingText: delivery.text) }
          line.append(10)
          guard StandardOutput.write(line) else {
            outputClosed = true
            return false
          }
          emitted += 1
          return true
        }
      } catch {
        Console.error("\(error)")
        throw ExitCode.failure
      }
      if outputClosed {
        Console.error("newsgraph: standard output was closed; stopped")
        throw ExitCode.failure
      }
      if emitted == 0 {
        Console.error("newsgraph: no document could be read (\(result.failures) failed)")
        throw ExitCode.failure
      }
      try RunStatus.finish(failures: result.failures)
    }
  }
}

/// Writes straight to standard output, unbuffered, so each line leaves as
/// soon as it is written.
enum StandardOutput {
  /// Writes bytes.
  ///
  /// - Returns: False when standard output is closed or failing.
  static func write(_ bytes: [UInt8]) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written > 0 {
        offset += written
      } else if written < 0 && errno == EINTR {
        continue
      } else {
        return false
      }
    }
    return true
  }
}
