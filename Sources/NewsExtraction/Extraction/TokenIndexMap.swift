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
