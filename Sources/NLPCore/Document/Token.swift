/// A view of one token of a document.
public struct Token: Sendable {
  /// The document.
  public let document: Document
  /// The token's index in the document.
  public let index: Int

  /// Creates a view of token `index`.
  ///
  /// - Parameters:
  ///   - document: The document.
  ///   - index: A valid token index.
  public init(document: Document, index: Int) {
    self.document = document
    self.index = index
  }

  package var record: TokenRecord { document.tokenTable[index] }

  /// The token's scalar offsets.
  public var range: Range<Int> { record.range }
  /// The token's text, a view into the document text.
  public var text: Substring { document.text(in: record.range) }
  /// The coarse class.
  public var shape: TokenShape { record.shape }
  /// Whether whitespace follows.
  public var spaceAfter: Bool { record.spaceAfter }
  /// The universal part-of-speech tag ("" before tagging).
  public var upos: String { record.upos }
  /// The Penn Treebank tag ("" before tagging).
  public var xpos: String { record.xpos }
  /// The lemma ("" before tagging).
  public var lemma: String { record.lemma }
  /// The dependency label ("" before parsing).
  public var dependency: String { record.dependency }
  /// The head token's index (itself for the root).
  public var head: Int { index + record.headOffset }
}
