/// A fixed map from words to values, looked up for nearly every token.
///
/// ASCII words are found through an FNV-1a hash of their UTF-8 bytes in an
/// open-addressing table, other words in a `Dictionary`, so lookups give
/// exactly the dictionary's answers at a fraction of the cost of its seeded
/// SipHash (``WordSet`` is one of these without values).
package struct WordMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  /// Per slot: the hash of its key with the top bit set, or 0 when free.
  /// A lookup compares these first, so a word that is not a key (the
  /// usual case) touches no string.
  private let tags: [Int]
  /// The ASCII keys and their values at their hashed places (`nil`: free).
  private let slots: [(key: String, value: Value)?]
  /// `slots.count - 1` (the count is a power of two).
  private let mask: Int
  /// All entries, for words that are not ASCII and for iteration.
  let entries: [String: Value]

  /// Creates a map from a dictionary.
  package init(_ entries: [String: Value]) {
    var capacity = 8
    while capacity < entries.count * 2 { capacity *= 2 }
    var slots = [(key: String, value: Value)?](repeating: nil, count: capacity)
    var tags = [Int](repeating: 0, count: capacity)
    for (key, value) in entries {
      guard let hash = Self.asciiHash(key) else { continue }
      var place = hash & (capacity - 1)
      while tags[place] != 0 { place = (place + 1) & (capacity - 1) }
      slots[place] = (key, value)
      tags[place] = hash | Int.min
    }
    self.tags = tags
    self.slots = slots
    self.mask = capacity - 1
    self.entries = entries
  }

  package init(dictionaryLiteral elements: (String, Value)...) {
    self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
  }

  /// The value of `word`, if it is a key.
  @inline(__always)
  package subscript(_ word: String) -> Value? {
    guard let hash = Self.asciiHash(word) else { return entries[word] }
    let tag = hash | Int.min
    var place = hash & mask
    while tags[place] != 0 {
      if tags[place] == tag, let slot = slots[place], slot.key == word { return slot.value }
      place = (place + 1) & mask
    }
    return nil
  }

  /// The keys.
  package var keys: Dictionary<String, Value>.Keys { entries.keys }
  /// The values.
  package var values: Dictionary<String, Value>.Values { entries.values }
  /// The number of entries.
  package var count: Int { entries.count }

  /// FNV-1a over the UTF-8 bytes of an ASCII word, mixed; `nil` if the word
  /// has a non-ASCII byte.
  @inline(__always)
  static func asciiHash(_ word: String) -> Int? {
    // Through the contiguous bytes: walking `word.utf8` index by index
    // made this about a twentieth of all the extraction time.
    if let hash = word.utf8.withContiguousStorageIfAvailable({ asciiHash(bytes: $0) }) { return hash }
    return asciiHash(bytes: word.utf8)
  }

  /// ``asciiHash(_:)`` of a word's UTF-8 bytes.
  @inline(__always)
  static func asciiHash<Bytes: Sequence<UInt8>>(bytes: Bytes) -> Int? {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var high: UInt8 = 0
    for byte in bytes {
      high |= byte
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    guard high < 0x80 else { return nil }
    return Int(truncatingIfNeeded: hash ^ (hash >> 29))
  }
}
