import ArgumentParser
import Foundation
import Exporters
import NewsExtraction

extension NewsGraphCommand {
  /// `newsgraph extract`: per-document JSON Lines on standard output.
  struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write one JSON line per document: entities, statements and relations.",
      discussion: """
        A pipe stage: only JSON Lines go to standard output; warnings go to
        standard error. Standard input (-) may be plain text (one document) or
        JSON Lines of {"id": ..., "text": ...}.

        Example: newsgraph extract seeds/ > extractions.jsonl
        """)

    @OptionGroup var input: InputOptions

    func run() async throws {
      let paths = input.paths.isEmpty ? ["-"] : input.paths
      let job = try ExtractionJob(
        paths: paths, maxBytes: input.maxMegabytes * 1_000_000, names: input.names, jobs: input.jobs)
      var emitted = 0
      let result = await job.run { delivery in
        if let extraction = delivery.extraction, let line = try? ExtractionsWriter().line(for: extraction) {
          FileHandle.standardOutput.write(Data((line + "\n").utf8))
          emitted += 1
        }
      }
      if emitted == 0 {
        Console.error("newsgraph: no document could be read (\(result.failures) failed)")
        throw ExitCode.failure
      }
    }
  }
}
