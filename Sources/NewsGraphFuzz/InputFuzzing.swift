import NewsExtraction

/// The input harness: one input is everything on standard input, parsed as
/// `newsgraph extract -` parses it (JSON Lines, or one plain-text document
/// through the text decoder). Errors are expected; traps are findings.
enum InputFuzzing {
  /// The source that reads standard input, with the default size cap.
  static let source = DocumentSource(paths: ["-"])

  /// Parses one input.
  ///
  /// - Parameter bytes: What standard input would hold.
  static func run(_ bytes: [UInt8]) {
    guard let documents = try? source.parseStandardInput(bytes) else { return }
    for document in documents where document.text.utf8.contains(13) {
      fatalError("document \(document.info.id) keeps a carriage return")
    }
  }
}
