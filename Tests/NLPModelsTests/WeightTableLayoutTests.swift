import Testing

@testable import NLPCore
@testable import NLPModels

/// The weight table's bucket layouts (fingerprints side by side, vector
/// compare, long rows in their own storage) against the lookup rule they
/// implement, written plainly.
@Suite("Weight table layout")
struct WeightTableLayoutTests {
  /// The lookup rule: a key goes to its home bucket or, when that bucket
  /// is full, to the first later one with room (wrapping), flagging the
  /// buckets it passes; a key whose fingerprint is already in a bucket it
  /// visits is dropped. A feature finds the slot with its fingerprint in its
  /// home bucket or, while the bucket is flagged, in the next ones.
  struct Reference {
    let table: WeightTable
    var buckets: [[(fingerprint: UInt64, row: Int)]]
    var flagged: [Bool]
    var rowStarts: [Int]

    init(_ table: WeightTable) {
      self.table = table
      let size = table.compact ? 8 : 4
      buckets = Array(repeating: [], count: table.bucketCount)
      flagged = Array(repeating: false, count: table.bucketCount)
      rowStarts = []
      var start = 0
      for (row, key) in table.keys.enumerated() {
        rowStarts.append(start)
        start += Int(table.rowCounts[row])
        let fingerprint = Self.fingerprint(key, table)
        var bucket = WeightTable.bucketIndex(key, table.bucketCount)
        while true {
          if buckets[bucket].contains(where: { $0.fingerprint == fingerprint }) { break }
          if buckets[bucket].count < size {
            buckets[bucket].append((fingerprint, row))
            break
          }
          flagged[bucket] = true
          bucket = (bucket + 1) % table.bucketCount
        }
      }
    }

    static func fingerprint(_ key: UInt64, _ table: WeightTable) -> UInt64 {
      table.compact ? UInt64(WeightTable.compactFingerprint(key)) : UInt64(WeightTable.fingerprint(key))
    }

    /// The scores of one feature.
    func scores(_ feature: UInt64) -> [Int32] {
      var scores = [Int32](repeating: 0, count: table.classCount)
      let key = WeightTable.key(feature)
      let fingerprint = Self.fingerprint(key, table)
      var bucket = WeightTable.bucketIndex(key, table.bucketCount)
      while true {
        if let slot = buckets[bucket].first(where: { $0.fingerprint == fingerprint }) {
          let start = rowStarts[slot.row]
          for entry in table.entries[start..<(start + Int(table.rowCounts[slot.row]))] {
            scores[Int(entry.label)] &+= Int32(entry.weight)
          }
          break
        }
        guard flagged[bucket] else { break }
        bucket = (bucket + 1) % table.bucketCount
      }
      return scores
    }
  }

  /// A table of random rows whose keys share few fingerprints and crowd
  /// some buckets, so that chains, dropped keys and false matches occur.
  static func table(classCount: Int, seed: UInt64) -> (WeightTable, [UInt64]) {
    var generator = SeededGenerator(seed: seed)
    var keys: [UInt64] = []
    var seen = Set<UInt64>()
    while keys.count < 3000 {
      // High bits pick the bucket (a third of the keys in a narrow range),
      // the low bits the fingerprint (only 512 values).
      let high = keys.count % 3 == 0 ? generator.next() % 64 : generator.next() >> 32
      let key = high << 32 | generator.next() % 512
      if key != 0, seen.insert(key).inserted { keys.append(key) }
    }
    var counts: [UInt32] = []
    var entries: [WeightTable.Entry] = []
    for index in keys.indices {
      let length = 1 + Int(generator.next() % UInt64(classCount))
      let labels = Array((0..<classCount).shuffled(using: &generator).prefix(length))
      for label in labels.sorted() {
        let weight = Int16(truncatingIfNeeded: Int(generator.next() % 2001) - 1000 + index % 7)
        entries.append(WeightTable.Entry(label: UInt16(label), weight: weight))
      }
      counts.append(UInt32(length))
    }
    return (WeightTable(classCount: classCount, scale: 1, keys: keys, rowCounts: counts, entries: entries), keys)
  }

  @Test(arguments: [(3, 1), (2, 2), (4, 3), (12, 4), (40, 5)] as [(Int, UInt64)])
  func lookupsFollowTheRule(classCount: Int, seed: UInt64) {
    let (table, keys) = Self.table(classCount: classCount, seed: seed)
    let reference = Reference(table)
    var generator = SeededGenerator(seed: seed &+ 100)
    // Every key, plus absent features with fingerprints in the same range.
    let absent = (0..<3000).map { _ in (generator.next() >> 32) << 32 | generator.next() % 512 }
    let features = keys + absent
    var falseMatches = 0
    for feature in features {
      var scores = [Int32](repeating: 0, count: classCount)
      [feature].withUnsafeBufferPointer { f in
        scores.withUnsafeMutableBufferPointer { table.accumulate(f, into: $0) }
      }
      let expected = reference.scores(feature)
      #expect(scores == expected, "feature \(feature)")
      if !keys.contains(feature) && expected.contains(where: { $0 != 0 }) { falseMatches += 1 }
    }
    #expect(falseMatches > 0, "the data should exercise fingerprint collisions")
    #expect(reference.flagged.contains(true), "the data should exercise overflow chains")
    // Many features at once, and through probes made ahead.
    for batch in stride(from: 0, to: features.count, by: 97) {
      let slice = Array(features[batch..<min(features.count, batch + 97)])
      var expected = [Int32](repeating: 0, count: classCount)
      for feature in slice {
        for (label, value) in reference.scores(feature).enumerated() { expected[label] &+= value }
      }
      var direct = [Int32](repeating: 0, count: classCount)
      var probed = [Int32](repeating: 0, count: classCount)
      var probes = [UInt64](repeating: 0, count: slice.count)
      slice.withUnsafeBufferPointer { f in
        direct.withUnsafeMutableBufferPointer { table.accumulate(f, into: $0) }
        probes.withUnsafeMutableBufferPointer { table.probe(f, into: $0.baseAddress!) }
      }
      probes.withUnsafeBufferPointer { p in
        probed.withUnsafeMutableBufferPointer { table.accumulate(probes: p, into: $0) }
      }
      #expect(direct == expected)
      #expect(probed == expected)
      if table.compact {
        let sums = probes.withUnsafeBufferPointer { table.compactSums(probes: $0) }
        #expect((0..<classCount).map { sums[$0] } == expected)
      }
    }
  }
}
