/// A view of one sentence of a document: a range of tokens.
public struct Sentence: Sendable {
  /// The document.
  public let document: Document
  /// The sentence's index.
  public let index: Int

  /// Creates a view of sentence `index`.
  ///
  /// - Parameters:
  ///   - document: The document.
  ///   - index: A valid sentence index.
  public init(document: Document, index: Int) {
    self.document = document
    self.index = index
  }

  /// The token indices in the sentence.
  public var tokenRange: Range<Int> { document.sentenceTable[index] }

  /// The scalar offsets from the first token's start to the last token's end.
  public var range: Range<Int> {
    let tokens = tokenRange
    guard let first = tokens.first, let last = tokens.last else { return 0..<0 }
    return document.tokenTable[first].range.lowerBound..<document.tokenTable[last].range.upperBound
  }

  /// The sentence text, a view into the document text.
  public var text: Substring { document.text(in: range) }
}
