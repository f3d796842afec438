/// A read-only map from 64-bit hashes to 32-bit values.
///
/// Used for the tag dictionary, lemma exceptions and gazetteers. Open
/// addressing over one flat array: one cache miss per lookup, no hashing
/// seed, so it can be rebuilt identically from a model file.
package struct HashIndex: Sendable {
  /// The keys in insertion order (kept for writing).
  let keys: [UInt64]
  /// The value of each key.
  let values: [UInt32]
  /// Interleaved slots: key and value.
  private let slots: [(UInt64, UInt32)]
  /// `slots.count - 1`.
  private let mask: Int

  /// Builds an index. Later duplicates of a key are ignored.
  ///
  /// - Parameters:
  ///   - keys: The keys (0 is mapped to 1).
  ///   - values: One value per key.
  package init(keys: [UInt64], values: [UInt32]) {
    var capacity = 16
    while capacity < keys.count * 2 { capacity <<= 1 }
    var table = [(UInt64, UInt32)](repeating: (0, 0), count: capacity)
    let mask = capacity - 1
    for (key, value) in zip(keys, values) {
      let stored = WeightTable.key(key)
      var position = Int(truncatingIfNeeded: stored >> 24) & mask
      while table[position].0 != 0 && table[position].0 != stored {
        position = (position + 1) & mask
      }
      if table[position].0 == 0 { table[position] = (stored, value) }
    }
    self.keys = keys
    self.values = values
    self.slots = table
    self.mask = mask
  }

  /// The value stored for `key`, if any.
  @inline(__always)
  subscript(key: UInt64) -> UInt32? {
    let stored = WeightTable.key(key)
    var position = Int(truncatingIfNeeded: stored >> 24) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let slot = slots[position]
        if slot.0 == stored { return slot.1 }
        if slot.0 == 0 { return nil }
        position = (position + 1) & mask
      }
    }
  }

  /// Writes the index.
  ///
  /// - Parameter writer: The model file being written.
  func write(to writer: inout ModelFileWriter) {
    writer.write(keys)
    writer.write(values)
  }

  /// Reads an index written by ``write(to:)``.
  ///
  /// - Parameter reader: The model file being read.
  /// - Throws: ``ModelError/malformed(path:reason:)`` on a size mismatch.
  init(from reader: inout ModelFileReader) throws(ModelError) {
    let keys: [UInt64] = try reader.readArray()
    let values: [UInt32] = try reader.readArray()
    guard keys.count == values.count else {
      throw .malformed(path: reader.path, reason: "hash index sizes differ")
    }
    self.init(keys: keys, values: values)
  }
}

/// A small, seeded, platform-independent random number generator (SplitMix64).
///
/// Training shuffles with it so that a seed gives the same model everywhere.
package struct SeededGenerator: RandomNumberGenerator {
  /// The generator's state.
  private var state: UInt64

  /// Creates a generator from a seed.
  ///
  /// - Parameter seed: Any value; equal seeds give equal sequences.
  package init(seed: UInt64) { state = seed }

  /// Returns the next 64 random bits.
  package mutating func next() -> UInt64 {
    state &+= 0x9e37_79b9_7f4a_7c15
    var z = state
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }

  /// A uniform integer in `0..<bound` (deterministic, unlike the standard
  /// library's algorithm which may change between releases).
  mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(max(bound, 1)))
  }

  /// A uniform double in `0..<1`.
  package mutating func unit() -> Double {
    Double(next() >> 11) / Double(1 << 53)
  }

  /// Shuffles an array in place (Fisher–Yates).
  package mutating func shuffle<T>(_ array: inout [T]) {
    guard array.count > 1 else { return }
    for index in stride(from: array.count - 1, to: 0, by: -1) {
      array.swapAt(index, below(index + 1))
    }
  }
}
