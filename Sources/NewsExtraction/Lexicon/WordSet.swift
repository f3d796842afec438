/// A fixed set of words, asked "is this word in it?" for nearly every token.
///
/// The extractors test each token against dozens of word lists. `Set<String>`
/// hashes with per-process-seeded SipHash and Unicode normalization, which
/// costs more than the rest of such a test. This set hashes the UTF-8 bytes
/// of ASCII words with FNV-1a into an open-addressing table of the members;
/// a word with any non-ASCII byte is asked of a `Set<String>`, so membership
/// is exactly `Set<String>`'s (canonically equivalent strings match: no
/// ASCII string is canonically equivalent to any other string).
struct WordSet: Sendable, ExpressibleByArrayLiteral {
  /// The ASCII members at their hashed places; empty strings are free places.
  private let slots: [String]
  /// `slots.count - 1` (the count is a power of two).
  private let mask: Int
  /// All members, for words that are not ASCII and for iteration.
  let members: Set<String>

  /// Creates a set of words.
  ///
  /// - Parameter words: The members (the empty string is never a member).
  init<Words: Sequence>(_ words: Words) where Words.Element == String {
    let members = Set(words.filter { !$0.isEmpty })
    var capacity = 8
    while capacity < members.count * 2 { capacity *= 2 }
    var slots = [String](repeating: "", count: capacity)
    for word in members {
      guard let hash = Self.asciiHash(word) else { continue }
      var place = hash & (capacity - 1)
      while !slots[place].isEmpty { place = (place + 1) & (capacity - 1) }
      slots[place] = word
    }
    self.slots = slots
    self.mask = capacity - 1
    self.members = members
  }

  init(arrayLiteral words: String...) {
    self.init(words)
  }

  /// Whether `word` is a member.
  @inline(__always)
  func contains(_ word: String) -> Bool {
    guard let hash = Self.asciiHash(word) else { return members.contains(word) }
    var place = hash & mask
    while true {
      let slot = slots[place]
      if slot.isEmpty { return false }
      if slot == word { return true }
      place = (place + 1) & mask
    }
  }

  /// The number of members.
  var count: Int { members.count }

  /// FNV-1a over the UTF-8 bytes of an ASCII word, mixed; `nil` if the word
  /// has a non-ASCII byte.
  @inline(__always)
  static func asciiHash(_ word: String) -> Int? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var high: UInt8 = 0
    for byte in word.utf8 {
      high |= byte
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    guard high < 0x80 else { return nil }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}

extension WordSet: Sequence {
  func makeIterator() -> Set<String>.Iterator { members.makeIterator() }
}
