/// A set of hash keys that answers "certainly absent" from a small bit
/// array, so that most lookups of missing keys never touch the larger table
/// holding the keys.
///
/// One bit per key, chosen by the key's low bits, in an array of at least
/// eight bits per key: about one absent key in eight or fewer passes the
/// filter. Keys must be well-mixed hashes (``FeatureHash/finalize(_:)``).
struct KeyFilter: Sendable {
  /// The bits, 64 per word.
  private let words: [UInt64]
  /// The number of bits minus one (a power of two minus one).
  private let mask: Int

  /// Creates a filter holding `keys`.
  ///
  /// - Parameter keys: The keys of the set.
  init(keys: [UInt64]) {
    var bits = 1024
    while bits < keys.count * 8 { bits <<= 1 }
    var words = [UInt64](repeating: 0, count: bits / 64)
    let mask = bits - 1
    for key in keys {
      let bit = Int(truncatingIfNeeded: key) & mask
      words[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    self.words = words
    self.mask = mask
  }

  /// Whether `key` may be in the set (false: it certainly is not).
  @inline(__always)
  func mayContain(_ key: UInt64) -> Bool {
    let bit = Int(truncatingIfNeeded: key) & mask
    return words.withUnsafeBufferPointer { $0[bit >> 6] >> UInt64(bit & 63) & 1 != 0 }
  }
}
