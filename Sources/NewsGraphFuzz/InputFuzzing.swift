import NewsExtraction
import DocumentInput

/// The input harness: one input is everything on standard input, parsed as
/// `newsgraph extract -` parses it (JSON Lines, or one plain-text document
/// through the text decoder). Reported problems are expected; traps,
/// carriage returns left in a text and input that silently disappears are
/// findings.
enum InputFuzzing {
  /// The source that reads standard input, with the default size cap.
  static let source = DocumentSource(paths: ["-"])

  /// Parses one input.
  ///
  /// - Parameter bytes: What standard input would hold.
  static func run(_ bytes: [UInt8]) {
    var problems = 0
    let documents = source.parseStandardInput(bytes) { _ in problems += 1 }
    if documents.isEmpty, problems == 0, bytes.contains(where: { $0 > 32 }) {
      fatalError("input with visible bytes gave neither a document nor a reported problem")
    }
    for document in documents where document.text.utf8.contains(13) {
      fatalError("document \(document.info.id) keeps a carriage return")
    }
  }
}
