/// For each token of a document, at most one index (of a quote, a named
/// span, a mention): a `[Int: Int]` keyed by token, stored as one slot per
/// token, so the lookups extractors make at nearly every token are a load
/// instead of a hash.
struct TokenIndexMap {
  /// The index stored for each token, or -1.
  private var slots: [Int32]

  /// Creates an empty map for a document.
  ///
  /// - Parameter tokenCount: The document's number of tokens; keys outside
  ///   `0...tokenCount` are never stored and read as `nil`.
  init(tokenCount: Int) {
    slots = [Int32](repeating: -1, count: max(0, tokenCount) + 1)
  }

  /// The index stored for `token`, if any.
  subscript(token: Int) -> Int? {
    get {
      guard token >= 0, token < slots.count, slots[token] >= 0 else { return nil }
      return Int(slots[token])
    }
    set {
      guard token >= 0, token < slots.count else { return }
      slots[token] = newValue.map { Int32(truncatingIfNeeded: $0) } ?? -1
    }
  }
}

extension TokenIndexMap {
  /// For each token, the longest of the mentions that `includes` keeps
  /// starting there, and the longest ending there (the first found among
  /// equally long ones): what the statement and relation extractors look up
  /// around a cue or a verb.
  ///
  /// - Parameters:
  ///   - mentions: The document's mentions.
  ///   - tokenCount: The document's number of tokens.
  ///   - includes: Whether a mention counts.
  /// - Returns: The maps of mentions by first and by last token.
  static func longestMentions(
    _ mentions: [Mention], tokenCount: Int, including includes: (Mention) -> Bool
  ) -> (starting: TokenIndexMap, ending: TokenIndexMap) {
    var starting = TokenIndexMap(tokenCount: tokenCount)
    var ending = TokenIndexMap(tokenCount: tokenCount)
    for (index, mention) in mentions.enumerated() where includes(mention) {
      let length = mention.tokens.count
      let first = mention.tokens.lowerBound
      if starting[first].map({ mentions[$0].tokens.count < length }) ?? true { starting[first] = index }
      let last = mention.tokens.upperBound - 1
      if ending[last].map({ mentions[$0].tokens.count < length }) ?? true { ending[last] = index }
    }
    return (starting, ending)
  }
}
