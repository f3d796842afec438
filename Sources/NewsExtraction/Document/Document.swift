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
  /// The `String.Index` of every scalar offset, plus one for the end.
  let indices: [String.Index]
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
    self.text = text
    var scalars: [Unicode.Scalar] = []
    var indices: [String.Index] = []
    scalars.reserveCapacity(text.utf8.count)
    indices.reserveCapacity(text.utf8.count + 1)
    let view = text.unicodeScalars
    var index = view.startIndex
    while index < view.endIndex {
      scalars.append(view[index])
      indices.append(index)
      index = view.index(after: index)
    }
    indices.append(view.endIndex)
    self.scalars = scalars
    self.indices = indices
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
    return text[indices[lower]..<indices[upper]]
  }

  /// The token whose characters include a scalar offset.
  ///
  /// - Parameter offset: A scalar offset.
  /// - Returns: The token index, or nil when the offset is whitespace.
  public func tokenIndex(containing offset: Int) -> Int? {
    var low = 0
    var high = tokenTable.count
    while low < high {
      let mid = (low + high) / 2
      if tokenTable[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
    }
    guard low < tokenTable.count, tokenTable[low].range.contains(offset) else { return nil }
    return low
  }

  /// The first token that starts at or after a scalar offset.
  ///
  /// - Parameter offset: A scalar offset.
  /// - Returns: The token index, or nil when no token starts there or later.
  public func tokenIndex(startingAtOrAfter offset: Int) -> Int? {
    var low = 0
    var high = tokenTable.count
    while low < high {
      let mid = (low + high) / 2
      if tokenTable[mid].range.lowerBound < offset { low = mid + 1 } else { high = mid }
    }
    return low < tokenTable.count ? low : nil
  }

  /// The sentence index of a token.
  ///
  /// - Parameter token: A token index.
  /// - Returns: The index of the sentence holding it.
  public func sentenceIndex(ofToken token: Int) -> Int {
    var low = 0
    var high = sentenceTable.count
    while low < high {
      let mid = (low + high) / 2
      if sentenceTable[mid].upperBound <= token { low = mid + 1 } else { high = mid }
    }
    return min(low, max(0, sentenceTable.count - 1))
  }

  /// The index of the paragraph containing a scalar offset.
  ///
  /// - Parameter offset: A scalar offset.
  /// - Returns: The paragraph index, counting from 0.
  public func paragraphIndex(of offset: Int) -> Int {
    var low = 0
    var high = paragraphStarts.count
    while low < high {
      let mid = (low + high) / 2
      if paragraphStarts[mid] <= offset { low = mid + 1 } else { high = mid }
    }
    return max(0, low - 1)
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
