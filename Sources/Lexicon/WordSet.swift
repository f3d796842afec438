/// A fixed set of words, asked "is this word in it?" for nearly every token.
///
/// The extractors test each token against dozens of word lists. `Set<String>`
/// hashes with per-process-seeded SipHash and Unicode normalization, which
/// costs more than the rest of such a test. This set is a ``WordMap`` of its
/// members: ASCII words are found through an FNV-1a hash of their bytes, other
/// words in a `Dictionary`, so membership is exactly `Set<String>`'s
/// (canonically equivalent strings match: no ASCII string is canonically
/// equivalent to any other string).
package struct WordSet: Sendable, ExpressibleByArrayLiteral {
  /// The members, each mapped to nothing.
  private let map: WordMap<Void>

  /// Creates a set of words.
  ///
  /// - Parameter words: The members (the empty string is never a member).
  package init<Words: Sequence>(_ words: Words) where Words.Element == String {
    var members: [String: Void] = [:]
    for word in words where !word.isEmpty { members[word] = () }
    map = WordMap(members)
  }

  package init(arrayLiteral words: String...) {
    self.init(words)
  }

  /// Whether `word` is a member.
  @inline(__always)
  package func contains(_ word: String) -> Bool { map[word] != nil }

  /// All members.
  package var members: Set<String> { Set(map.keys) }

  /// The number of members.
  package var count: Int { map.count }
}

extension WordSet: Sequence {
  package func makeIterator() -> Dictionary<String, Void>.Keys.Iterator { map.keys.makeIterator() }
}
