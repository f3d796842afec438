import CPrefetch

/// The frozen weights of a linear model: hashed features to class scores.
///
/// Built from an ``AveragedPerceptron`` after training and read from model
/// files. Each feature has a sparse row of `(class, weight)` entries whose
/// weights are 16-bit integers sharing one scale, so the table stays small
/// and scoring adds integers. Lookups hash a feature to one 64-byte bucket
/// of four 16-byte slots holding a 32-bit fingerprint of the feature and,
/// for short rows, the row itself; the four slots are compared without
/// branches, so one lookup costs one cache line and the lookups of a
/// feature vector overlap in memory. Tables with at most four classes store
/// all weights in the slot. A key whose bucket is full goes to the next
/// bucket with room, and the buckets it skipped are flagged so lookups
/// follow it (rare: buckets hold two keys on average).
struct WeightTable: Sendable {
  /// One weight of a row.
  struct Entry: Sendable {
    /// The class index.
    var label: UInt16
    /// The weight in units of ``scale``.
    var weight: Int16
  }

  /// The most entries a sparse slot stores inline.
  static let inlineCapacity = 3

  /// The number of classes scored.
  let classCount: Int
  /// The value of one weight unit.
  let scale: Float
  /// The feature keys in row order (kept for writing).
  let keys: [UInt64]
  /// The number of entries of each row, in key order.
  let rowCounts: [UInt32]
  /// All rows' entries, row after row.
  let entries: [Entry]
  /// The 16-byte slots, four per bucket (unused in compact tables).
  private let storage: SlotStorage<Slot>
  /// The 8-byte slots of a compact table, eight per bucket.
  private let compactStorage: SlotStorage<UInt64>
  /// The number of buckets.
  private let bucketCount: Int
  /// One bit per bucket: set when a key of this bucket lives further on.
  private let overflow: [UInt64]
  /// Whether each slot holds all `classCount` weights.
  private let dense: Bool
  /// Whether the table has at most three classes and uses 8-byte slots:
  /// a 16-bit fingerprint over three 16-bit weights.
  private let compact: Bool

  /// The 16-byte slots per bucket (one cache line).
  static let bucketSize = 4
  /// The 8-byte slots per bucket of a compact table (one cache line).
  static let compactBucketSize = 8

  /// Builds a table from rows.
  ///
  /// - Parameters:
  ///   - classCount: The number of classes.
  ///   - scale: The value of one weight unit.
  ///   - keys: Distinct, non-zero feature keys.
  ///   - rowCounts: The entry count of each key's row.
  ///   - entries: The rows' entries, concatenated in key order.
  ///   - indexed: Whether to build the hash table; a table without one
  ///     only keeps its rows (for writing, or for building another table
  ///     from them) and scores every feature 0.
  init(
    classCount: Int, scale: Float, keys: [UInt64], rowCounts: [UInt32],
    entries: [Entry], indexed: Bool = true
  ) {
    self.classCount = classCount
    self.scale = scale
    self.keys = keys
    self.rowCounts = rowCounts
    self.entries = entries
    precondition(classCount <= 256, "slots keep 8-bit class indices")
    let dense = classCount <= 4
    let compact = classCount <= 3
    // Two keys per 4-slot bucket, four per 8-slot bucket: half full.
    let bucketCount = indexed ? max(4, compact ? (keys.count + 3) / 4 : (keys.count + 1) / 2) : 1
    let storage = SlotStorage<Slot>(
      count: compact ? 1 : bucketCount * Self.bucketSize, empty: Slot(fingerprint: 0, meta: 0, weights: 0))
    let compactStorage = SlotStorage<UInt64>(count: compact ? bucketCount * Self.compactBucketSize : 1, empty: 0)
    var overflow = [UInt64](repeating: 0, count: (bucketCount + 63) / 64)
    var start = 0
    for (index, key) in keys.enumerated() where indexed {
      let count = Int(rowCounts[index])
      let row = entries[start..<(start + count)]
      var slot = Slot(fingerprint: Self.fingerprint(key), meta: Slot.occupied, weights: 0)
      if dense {
        for entry in row {
          slot.weights |= UInt64(UInt16(bitPattern: entry.weight)) << UInt64(16 * Int(entry.label))
        }
      } else if count <= Self.inlineCapacity {
        slot.meta |= UInt32(count) << 24
        for (offset, entry) in row.enumerated() {
          slot.meta |= UInt32(entry.label & 0xff) << UInt32(8 * offset)
          slot.weights |= UInt64(UInt16(bitPattern: entry.weight)) << UInt64(16 * offset)
        }
      } else {
        // A long row: code 4 in bits 24–30, its length in bits 0–23.
        slot.meta |= UInt32(Self.inlineCapacity + 1) << 24 | UInt32(count)
        slot.weights = UInt64(start)
      }
      if compact {
        let packed = UInt64(Self.compactFingerprint(key)) << 48 | slot.weights
        Self.insert(
          packed, key: key, table: compactStorage.base, bucketSize: Self.compactBucketSize,
          bucketCount: bucketCount, overflow: &overflow, isEmpty: { $0 == 0 },
          sameKey: { $0 >> 48 == packed >> 48 })
      } else {
        Self.insert(
          slot, key: key, table: storage.base, bucketSize: Self.bucketSize, bucketCount: bucketCount,
          overflow: &overflow, isEmpty: { $0.meta == 0 }, sameKey: { $0.fingerprint == slot.fingerprint })
      }
      start += count
    }
    self.storage = storage
    self.compactStorage = compactStorage
    self.bucketCount = bucketCount
    self.overflow = overflow
    self.dense = dense
    self.compact = compact
  }

  /// Puts a slot in its key's bucket or the first later one with room.
  ///
  /// A key whose fingerprint is already in the chain is dropped, so that a
  /// lookup never matches two slots.
  private static func insert<Element>(
    _ slot: Element, key: UInt64, table: UnsafeMutablePointer<Element>, bucketSize: Int,
    bucketCount: Int, overflow: inout [UInt64], isEmpty: (Element) -> Bool,
    sameKey: (Element) -> Bool
  ) {
    var bucket = bucketIndex(key, bucketCount)
    while true {
      let base = bucket * bucketSize
      for offset in 0..<bucketSize {
        if isEmpty(table[base + offset]) {
          table[base + offset] = slot
          return
        }
        if sameKey(table[base + offset]) { return }
      }
      overflow[bucket >> 6] |= 1 << UInt64(bucket & 63)
      bucket = bucket + 1 == bucketCount ? 0 : bucket + 1
    }
  }

  /// The home bucket of a key.
  @inline(__always)
  static func bucketIndex(_ key: UInt64, _ bucketCount: Int) -> Int {
    Int(truncatingIfNeeded: ((key >> 32) &* UInt64(bucketCount)) >> 32)
  }

  /// The fingerprint of a key; never 0, which marks an empty slot.
  @inline(__always)
  static func fingerprint(_ key: UInt64) -> UInt32 {
    let low = UInt32(truncatingIfNeeded: key)
    return low == 0 ? 1 : low
  }

  /// The 16-bit fingerprint of a key in a compact table; never 0.
  @inline(__always)
  static func compactFingerprint(_ key: UInt64) -> UInt16 {
    let low = UInt16(truncatingIfNeeded: key)
    return low == 0 ? 1 : low
  }

  /// The key stored for a feature hash (0 is reserved for empty slots).
  @inline(__always)
  static func key(_ feature: UInt64) -> UInt64 { feature == 0 ? 1 : feature }

  /// The meta and weights of the slot matching `fingerprint` in one bucket,
  /// or zeros; compares the four slots without branching.
  @inline(__always)
  private static func match(
    _ slots: UnsafeMutablePointer<Slot>, bucket: Int, fingerprint: UInt32
  ) -> (meta: UInt32, weights: UInt64) {
    let base = slots + bucket &* bucketSize
    var meta: UInt32 = 0
    var weights: UInt64 = 0
    for offset in 0..<bucketSize {
      let slot = base[offset]
      let hit = slot.fingerprint == fingerprint
      meta |= hit ? slot.meta : 0
      weights |= hit ? slot.weights : 0
    }
    return (meta, weights)
  }

  /// The compact slot matching `fingerprint` in one bucket, or 0.
  @inline(__always)
  private static func matchCompact(
    _ slots: UnsafeMutablePointer<UInt64>, bucket: Int, fingerprint: UInt16
  ) -> UInt64 {
    let base = slots + bucket &* compactBucketSize
    let tag = UInt64(fingerprint)
    var found: UInt64 = 0
    for offset in 0..<compactBucketSize {
      let slot = base[offset]
      // All ones when the fingerprints are equal, else zero: no branch.
      let difference = (slot >> 48) ^ tag
      found |= slot & (((difference | (0 &- difference)) >> 63) &- 1)
    }
    return found
  }

  /// Whether `bucket` overflowed into the buckets after it.
  @inline(__always)
  static func overflowed(_ bucket: Int, in overflow: UnsafeBufferPointer<UInt64>) -> Bool {
    overflow[bucket >> 6] & (1 << UInt64(bucket & 63)) != 0
  }

  /// The slot of a key whose home bucket overflowed, or zeros (slow path).
  @inline(never)
  private func matchOverflow(_ key: UInt64) -> (meta: UInt32, weights: UInt64) {
    overflow.withUnsafeBufferPointer { overflow in
      var bucket = Self.bucketIndex(key, bucketCount)
      while Self.overflowed(bucket, in: overflow) {
        bucket = bucket + 1 == bucketCount ? 0 : bucket + 1
        if compact {
          let found = Self.matchCompact(compactStorage.base, bucket: bucket, fingerprint: Self.compactFingerprint(key))
          if found != 0 { return (Slot.occupied, found & 0xffff_ffff_ffff) }
        } else {
          let found = Self.match(storage.base, bucket: bucket, fingerprint: Self.fingerprint(key))
          if found.meta != 0 { return found }
        }
      }
      return (0, 0)
    }
  }

  /// Adds the rows of `features` to `scores` (in weight units).
  ///
  /// - Parameters:
  ///   - features: Feature hashes; unknown ones are skipped.
  ///   - scores: One accumulator per class, not cleared first.
  @inline(__always)
  func accumulate(
    _ features: UnsafeBufferPointer<UInt64>,
    into scores: UnsafeMutableBufferPointer<Int32>
  ) {
    if compact {
      accumulateCompact(features, into: scores)
      return
    }
    let bucketCount = bucketCount
    let slots = storage.base
    // Ask for every bucket first: the prefetches do not wait, so the
    // memory system serves them in parallel.
    overflow.withUnsafeBufferPointer { overflow in
      for feature in features {
        Self.prefetchBucket(slots, feature, bucketCount, Self.bucketSize, overflow)
      }
    }
    let dense = dense
    let classCount = classCount
    overflow.withUnsafeBufferPointer { overflow in
      entries.withUnsafeBufferPointer { entries in
        withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, features.count)) { longRows in
          // Match every feature, add short rows, and note long rows while
          // prefetching their entries so that those loads overlap too.
          var longCount = 0
          let entryBase = entries.baseAddress!
          for feature in features {
            let key = Self.key(feature)
            let bucket = Self.bucketIndex(key, bucketCount)
            var (meta, weights) = Self.match(slots, bucket: bucket, fingerprint: Self.fingerprint(key))
            if meta == 0 && Self.overflowed(bucket, in: overflow) {
              (meta, weights) = matchOverflow(key)
            }
            if dense {
              // A missing feature has zero weights.
              for label in 0..<classCount {
                scores[label] &+= Int32(Int16(truncatingIfNeeded: weights))
                weights >>= 16
              }
            } else {
              let code = Int((meta >> 24) & 0x7f)
              let isLong = code > Self.inlineCapacity
              let count = isLong ? Int(meta & 0xff_ffff) : code
              let first = isLong ? Int(truncatingIfNeeded: weights) : 0
              if isLong { Self.prefetchRow(entryBase + first, count: count) }
              longRows[longCount] = first << 16 | count
              longCount &+= isLong ? 1 : 0
              // Absent entries have label 0 and weight 0.
              var inline = isLong ? 0 : weights
              var labels = isLong ? 0 : meta
              for _ in 0..<Self.inlineCapacity {
                scores[Int(labels & 0xff)] &+= Int32(Int16(truncatingIfNeeded: inline))
                labels >>= 8
                inline >>= 16
              }
            }
          }
          for row in 0..<longCount {
            let first = longRows[row] >> 16
            let count = longRows[row] & 0xffff
            for index in first..<(first + count) {
              let entry = entries[index]
              scores[Int(entry.label)] &+= Int32(entry.weight)
            }
          }
        }
      }
    }
  }

  /// ``accumulate(_:into:)`` for a compact table.
  @inline(__always)
  private func accumulateCompact(
    _ features: UnsafeBufferPointer<UInt64>,
    into scores: UnsafeMutableBufferPointer<Int32>
  ) {
    let bucketCount = bucketCount
    let slots = compactStorage.base
    overflow.withUnsafeBufferPointer { overflow in
      for feature in features {
        Self.prefetchBucket(slots, feature, bucketCount, Self.compactBucketSize, overflow)
      }
    }
    let classCount = classCount
    var sums: (Int32, Int32, Int32) = (0, 0, 0)
    overflow.withUnsafeBufferPointer { overflow in
      for feature in features {
        let key = Self.key(feature)
        let bucket = Self.bucketIndex(key, bucketCount)
        var weights = Self.matchCompact(slots, bucket: bucket, fingerprint: Self.compactFingerprint(key))
        if weights == 0 && Self.overflowed(bucket, in: overflow) {
          weights = matchOverflow(key).weights
        }
        sums.0 &+= Int32(Int16(truncatingIfNeeded: weights))
        sums.1 &+= Int32(Int16(truncatingIfNeeded: weights >> 16))
        sums.2 &+= Int32(Int16(truncatingIfNeeded: weights >> 32))
      }
    }
    scores[0] &+= sums.0
    if classCount > 1 { scores[1] &+= sums.1 }
    if classCount > 2 { scores[2] &+= sums.2 }
  }

  /// Prefetches every cache line of a long row's entries.
  @inline(__always)
  private static func prefetchRow(_ first: UnsafePointer<Entry>, count: Int) {
    let start = UInt(bitPattern: first) & ~63
    let end = UInt(bitPattern: first + count)
    var line = start
    while line < end {
      ng_prefetch(UnsafeRawPointer(bitPattern: line))
      line &+= 64
    }
  }

  /// Starts loading the home buckets of `features` without waiting, so
  /// that a later ``accumulate(_:into:)`` of the same features finds them
  /// in cache. Call it one scoring step ahead.
  ///
  /// - Parameter features: Feature hashes.
  @inline(__always)
  func prefetch(_ features: UnsafeBufferPointer<UInt64>) {
    let bucketCount = bucketCount
    overflow.withUnsafeBufferPointer { overflow in
      if compact {
        let slots = compactStorage.base
        for feature in features {
          Self.prefetchBucket(slots, feature, bucketCount, Self.compactBucketSize, overflow)
        }
      } else {
        let slots = storage.base
        for feature in features {
          Self.prefetchBucket(slots, feature, bucketCount, Self.bucketSize, overflow)
        }
      }
    }
  }

  /// Prefetches a feature's home bucket, and the next bucket as well when
  /// the home bucket overflowed (where a missing key's search continues).
  /// Branch-free: without overflow the second prefetch repeats the first.
  @inline(__always)
  private static func prefetchBucket<Element>(
    _ slots: UnsafeMutablePointer<Element>, _ feature: UInt64, _ bucketCount: Int, _ bucketSize: Int,
    _ overflow: UnsafeBufferPointer<UInt64>
  ) {
    let bucket = bucketIndex(key(feature), bucketCount)
    ng_prefetch(slots + bucket &* bucketSize)
    let spilled = Int(truncatingIfNeeded: (overflow[bucket >> 6] >> UInt64(bucket & 63)) & 1)
    ng_prefetch(slots + min(bucket &+ spilled, bucketCount &- 1) &* bucketSize)
  }

  /// The number of bytes the table takes in a model file.
  var fileSize: Int { keys.count * 12 + entries.count * 4 + 40 }

  /// Writes the table.
  ///
  /// - Parameter writer: The model file being written.
  func write(to writer: inout ModelFileWriter) {
    writer.write(UInt32(classCount))
    writer.write(scale)
    writer.write(keys)
    writer.write(rowCounts)
    writer.write(entries.map(\.label))
    writer.write(entries.map(\.weight))
  }

  /// Reads a table written by ``write(to:)``.
  ///
  /// - Parameters:
  ///   - reader: The model file being read.
  ///   - indexed: Whether to build the hash table (see
  ///     ``init(classCount:scale:keys:rowCounts:entries:indexed:)``).
  /// - Throws: ``ModelError/malformed(path:reason:)`` on inconsistent sizes.
  init(from reader: inout ModelFileReader, indexed: Bool = true) throws(ModelError) {
    let classCount = Int(try reader.readUInt32())
    let scale = try reader.readFloat()
    let keys: [UInt64] = try reader.readArray()
    let counts: [UInt32] = try reader.readArray()
    let labels: [UInt16] = try reader.readArray()
    let weights: [Int16] = try reader.readArray()
    let total = counts.reduce(0) { $0 + Int($1) }
    guard counts.count == keys.count, labels.count == weights.count,
      labels.count == total, classCount <= 128, labels.allSatisfy({ Int($0) < classCount }),
      !keys.contains(0)
    else {
      throw .malformed(path: reader.path, reason: "inconsistent weight table")
    }
    var entries: [Entry] = []
    entries.reserveCapacity(labels.count)
    for index in labels.indices {
      entries.append(Entry(label: labels[index], weight: weights[index]))
    }
    self.init(
      classCount: classCount, scale: scale, keys: keys, rowCounts: counts, entries: entries, indexed: indexed)
  }
}
