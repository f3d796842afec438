import KnowledgeGraph

/// The passage a statement was read from, as plain text: its paragraph
/// (cut to whole sentences around the statement when long), for answers
/// that show where a statement came from.
///
/// ```swift
/// let passages = StatementPassage(text: documentText)
/// print(passages.passage(for: statement) ?? "(source text changed)")
/// ```
public struct StatementPassage: Sendable {
  private let context: StatementContext

  /// Prepares a document's text.
  ///
  /// - Parameter text: The document's text, as extracted (line endings
  ///   normalised).
  public init(text: String) {
    context = StatementContext(text: text)
  }

  /// The passage around a statement of this document.
  ///
  /// - Parameter statement: The statement.
  /// - Returns: The passage, or nil when the statement's spans do not match
  ///   the text (the file changed since the build).
  public func passage(for statement: Statement) -> String? {
    context.segments(for: statement)?.joined()
  }
}
