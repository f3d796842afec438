import Exporters
import Foundation
import KnowledgeGraph
import NewsExtraction

/// The libFuzzer harnesses: each takes one input's bytes and runs one part
/// of NewsGraph that reads untrusted text.
///
/// A harness returns normally whatever the input; a trap, a failed
/// invariant (reported with `fatalError`) or a sanitizer report is a
/// finding. Loaded data (word lists, models) is loaded once per process.
enum FuzzHarness: String, CaseIterable, Sendable {
  /// The whole extraction of one document with the trained models.
  case extractModels = "extract-models"
  /// The whole extraction of one document with the rule-based name finder.
  case extractRules = "extract-rules"
  /// The tokenizer and the sentence splitter.
  case tokenizer
  /// Standard input parsing: JSON Lines of `{"id": ..., "text": ...}`, or
  /// plain text through the text decoder.
  case jsonLines = "json-lines"
  /// The graph readers (`graph.json` and `graph.graphml`) and what
  /// `render`, `ask` and `explain` do with the graph they read.
  case graphReaders = "graph-readers"

  /// Runs the harness on one input.
  ///
  /// - Parameter bytes: The input, as libFuzzer or a replayed file gives it.
  func run(_ bytes: [UInt8]) {
    switch self {
    case .extractModels: ExtractionFuzzing.run(bytes, extractor: ExtractionFuzzing.withModels)
    case .extractRules: ExtractionFuzzing.run(bytes, extractor: ExtractionFuzzing.withRules)
    case .tokenizer: TokenizerFuzzing.run(bytes)
    case .jsonLines: InputFuzzing.run(bytes)
    case .graphReaders: GraphReaderFuzzing.run(bytes)
    }
  }

  /// The harness named by the `NEWSGRAPH_FUZZ_HARNESS` environment
  /// variable; the process exits with a usage message when it names none.
  static let selected: FuzzHarness = {
    let name = ProcessInfo.processInfo.environment["NEWSGRAPH_FUZZ_HARNESS"] ?? ""
    guard let harness = FuzzHarness(rawValue: name) else {
      let names = FuzzHarness.allCases.map(\.rawValue).joined(separator: ", ")
      FileHandle.standardError.write(Data("NEWSGRAPH_FUZZ_HARNESS must be one of: \(names)\n".utf8))
      exit(2)
    }
    return harness
  }()
}
