/// One text being analysed: its characters, tokens and sentences.
///
/// A document owns one flat table of token records; ``Token``,
/// ``Sentence`` and spans are views into it that own nothing. All offsets are
/// Unicode scalar offsets into ``text`` (code points, as in Python), never
/// `String.count` or UTF-16 offsets.
public struct Document: Sendable {
  /// The document's id (file stem or given id).
  public let id: String
  /// The full text.
  public let text: String
  /// The text's scalars: every offset indexes this.
  public let scalars: [Unicode.Scalar]
  /// The UTF-8 offset of every ``utf8Stride``-th scalar offset, up to
  /// and including the end; empty when the text is ASCII (each scalar one
  /// byte). Turning a scalar offset into a `String.Index` reads one entry
  /// and fewer than ``utf8Stride`` scalars, at a 32nd of the memory a table
  /// of every index takes.
  private let utf8Checkpoints: [UInt32]
  /// The scalars between two entries of ``utf8Checkpoints``.
  private static let utf8Stride = 16
  /// One record per token, in text order.
  package var tokenTable: [TokenRecord] = []
  /// Token ranges of the sentences, in text order.
  package var sentenceTable: [Range<Int>] = []
  /// Named-entity spans from the recognizer, in text order.
  package var namedEntityTable: [NamedEntitySpan] = []
  /// Whether the trained models have annotated the tokens.
  package var hasModelAnnotations = false
  /// Scalar offsets where paragraphs start (after a blank line or newline).
  package var paragraphStarts: [Int] = []
  /// Every token's text in lower case, once ``cacheLowercasedWords()`` has run.
  package var lowercasedWordTable: [String] = []

  /// Creates a document from text; no tokens yet.
  ///
  /// - Parameters:
  ///   - id: The document id.
  ///   - text: The text.
  public init(id: String, text: String) {
    self.id = id
    // Native UTF-8 storage, so that UTF-8 offsets become indices in
    // constant time.
    var text = text
    text.makeContiguousUTF8()
    self.text = text
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(text.unicodeScalars.count)
    scalars.append(contentsOf: text.unicodeScalars)
    var checkpoints: [UInt32] = []
    if scalars.count != text.utf8.count {
      checkpoints.reserveCapacity(scalars.count / Self.utf8Stride + 1)
      var offset = 0
      for (index, scalar) in scalars.enumerated() {
        if index % Self.utf8Stride == 0 { checkpoints.append(UInt32(truncatingIfNeeded: offset)) }
        offset += UTF8.width(scalar)
      }
      if scalars.count % Self.utf8Stride == 0 { checkpoints.append(UInt32(truncatingIfNeeded: offset)) }
    }
    self.scalars = scalars
    self.utf8Checkpoints = checkpoints
  }

  /// The `String.Index` of a scalar offset (`0...length`).
  private func stringIndex(_ offset: Int) -> String.Index {
    let utf8 = text.utf8
    guard !utf8Checkpoints.isEmpty else { return utf8.index(utf8.startIndex, offsetBy: offset) }
    let block = offset / Self.utf8Stride
    var position = Int(utf8Checkpoints[block])
    var index = block * Self.utf8Stride
    while index < offset {
      position += UTF8.width(scalars[index])
      index += 1
    }
    return utf8.index(utf8.startIndex, offsetBy: position)
  }

  /// The number of scalars in the text.
  public var length: Int { scalars.count }

  /// The tokens, as views.
  public var tokens: [Token] { tokenTable.indices.map { Token(document: self, index: $0) } }

  /// The number of tokens.
  public var tokenCount: Int { tokenTable.count }

  /// The sentences, as views.
  public var sentences: [Sentence] {
    sentenceTable.indices.map { Sentence(document: self, index: $0) }
  }

  /// The text between two scalar offsets, as a view into ``text``.
  ///
  /// - Parameter range: Scalar offsets, clamped to the text.
  /// - Returns: The substring.
  public func text(in range: Range<Int>) -> Substring {
    let lower = min(max(0, range.lowerBound), length)
    let upper = min(max(lower, range.upperBound), length)
    return text[stringIndex(lower)..<stringIndex(upper)]
  }

  /// The token whose characters include a scalar offset.
  ///
  /// - Parameter offset: A scalar offset.
  /// - Returns: The token index, or nil when the offset is whitespace.
  public func tokenIndex(containing offset: Int) -> Int? {
    let low = tokenTable.partitioningIndex { $0.range.upperBound > offset }
    guard low < tokenTable.count, tokenTable[low].range.contains(offset) else { return nil }
    return low
  }

  /// The first token that starts at or after a scalar offset.
  ///
  /// - Parameter offset: A scalar offset.
  /// - Returns: The token index, or nil when no token starts there or later.
  public func tokenIndex(startingAtOrAfter offset: Int) -> Int? {
    let low = tokenTable.partitioningIndex { $0.range.lowerBound >= offset }
    return low < tokenTable.count ? low : nil
  }

  /// The sentence index of a token.
  ///
  /// - Parameter token: A token index.
  /// - Returns: The index of the sentence holding it.
  public func sentenceIndex(ofToken token: Int) -> Int {
    let low = sentenceTable.partitioningIndex { $0.upperBound > token }
    return min(low, max(0, sentenceTable.count - 1))
  }

  /// The token range of the sentence holding a token.
  ///
  /// - Parameter token: A token index.
  /// - Returns: That sentence's tokens.
  public func sentence(ofToken token: Int) -> Range<Int> {
    sentenceTable[sentenceIndex(ofToken: token)]
  }

  /// The index of the paragraph containing a scalar offset.
  ///
  /// - Parameter offset: A scalar offset.
  /// - Returns: The paragraph index, counting from 0.
  public func paragraphIndex(of offset: Int) -> Int {
    max(0, paragraphStarts.partitioningIndex { $0 > offset } - 1)
  }

  /// Checks that tokens and sentences are ordered and in bounds, in debug
  /// builds.
  public func checkInvariants() {
    #if DEBUG
      var previous = 0
      for record in tokenTable {
        assert(record.range.lowerBound >= previous && record.range.upperBound <= length)
        assert(!record.range.isEmpty)
        previous = record.range.upperBound
      }
      var next = 0
      for sentence in sentenceTable {
        assert(sentence.lowerBound == next && !sentence.isEmpty)
        next = sentence.upperBound
      }
      assert(sentenceTable.isEmpty || next == tokenTable.count)
    #endif
  }
}
