import CPrefetch

/// Scoring: finding features' slots and adding their rows.
///
/// A lookup runs in two passes over a feature vector. ``probe(_:into:)``
/// hashes each feature to a *probe* (its home bucket in the high 32 bits,
/// its fingerprint in the low bits) and asks for the bucket's cache line
/// without waiting, so that the memory system serves all of them in
/// parallel; ``accumulate(probes:into:)`` then matches each probe's
/// fingerprint against its bucket's fingerprints with one vector compare
/// and reads the slot of the lane that matched (see ``SlotStorage``).
extension WeightTable {
  /// The probe of a feature: home bucket in the high 32 bits, fingerprint
  /// (16 bits in a compact table, else 32) in the low 32 bits.
  @inline(__always)
  func probe(_ feature: UInt64) -> UInt64 {
    let key = Self.key(feature)
    let fingerprint = compact ? UInt64(Self.compactFingerprint(key)) : UInt64(Self.fingerprint(key))
    return UInt64(truncatingIfNeeded: Self.bucketIndex(key, bucketCount)) << 32 | fingerprint
  }

  /// Writes the probe of every feature to `probes` and starts loading
  /// each home bucket, and the next bucket as well when the home bucket
  /// overflowed (where a missing key's search continues).
  ///
  /// - Parameters:
  ///   - features: Feature hashes.
  ///   - probes: Room for one probe per feature.
  @inline(__always)
  func probe(_ features: UnsafeBufferPointer<UInt64>, into probes: UnsafeMutablePointer<UInt64>) {
    let base = storage.base
    let bucketCount = bucketCount
    overflow.withUnsafeBufferPointer { overflow in
      for (index, feature) in features.enumerated() {
        let probe = probe(feature)
        probes[index] = probe
        Self.prefetchBucket(base, Int(truncatingIfNeeded: probe >> 32), bucketCount, overflow)
      }
    }
  }

  /// Prefetches a bucket, and the next one too when it overflowed.
  /// Branch-free: without overflow the second prefetch repeats the first.
  @inline(__always)
  private static func prefetchBucket(
    _ base: UnsafeMutableRawPointer, _ bucket: Int, _ bucketCount: Int, _ overflow: UnsafeBufferPointer<UInt64>
  ) {
    ng_prefetch(base + bucket &* SlotStorage.bucketBytes)
    let spilled = Int(truncatingIfNeeded: (overflow[bucket >> 6] >> UInt64(bucket & 63)) & 1)
    ng_prefetch(base + min(bucket &+ spilled, bucketCount &- 1) &* SlotStorage.bucketBytes)
  }

  /// Whether `bucket` overflowed into the buckets after it: 1 or 0.
  @inline(__always)
  static func spilled(_ bucket: Int, in overflow: UnsafeBufferPointer<UInt64>) -> UInt32 {
    UInt32(truncatingIfNeeded: (overflow[bucket >> 6] >> UInt64(bucket & 63)) & 1)
  }

  /// The meta and weights of the four-slot bucket's slot whose fingerprint
  /// is `fingerprint`, or zeros.
  @inline(__always)
  private static func matchSparse(
    _ bucket: UnsafeRawPointer, _ fingerprint: UInt32
  ) -> (meta: UInt32, weights: UInt64) {
    let lanes = ng_match_u32x4(bucket, fingerprint)
    let lane = (lanes.trailingZeroBitCount >> 2) & 3
    let hit: UInt64 = lanes == 0 ? 0 : ~0
    let meta = bucket.load(fromByteOffset: SlotStorage.Sparse.metaOffset &+ 4 &* lane, as: UInt32.self)
    let weights = bucket.load(fromByteOffset: SlotStorage.Sparse.weightsOffset &+ 8 &* lane, as: UInt64.self)
    return (meta & UInt32(truncatingIfNeeded: hit), weights & hit)
  }

  /// The three weights (16 bits each, class `c` in bits `16c...`) of the
  /// eight-slot bucket's slot whose fingerprint is `fingerprint`, and
  /// whether one matched.
  @inline(__always)
  private static func matchCompact(_ bucket: UnsafeRawPointer, _ fingerprint: UInt16) -> (weights: UInt64, hit: Bool) {
    let lanes = ng_match_u16x8(bucket, fingerprint)
    let lane = (lanes.trailingZeroBitCount >> 1) & 7
    let word = bucket.loadUnaligned(
      fromByteOffset: SlotStorage.Compact.weightsOffset - 2 &+ SlotStorage.Compact.weightsStride &* lane,
      as: UInt64.self)
    let hit: UInt64 = lanes == 0 ? 0 : ~0
    return ((UInt64(littleEndian: word) >> 16) & hit, lanes != 0)
  }

  /// The slot of a probe whose home bucket overflowed and did not hold it,
  /// searched in the buckets after it; zeros if absent (slow path).
  @inline(never)
  private func matchOverflow(_ probe: UInt64) -> (meta: UInt32, weights: UInt64) {
    overflow.withUnsafeBufferPointer { overflow in
      var bucket = Int(truncatingIfNeeded: probe >> 32)
      while Self.spilled(bucket, in: overflow) != 0 {
        bucket = bucket + 1 == bucketCount ? 0 : bucket + 1
        if compact {
          let found = Self.matchCompact(storage.bucket(bucket), UInt16(truncatingIfNeeded: probe))
          if found.hit { return (Self.occupied, found.weights) }
        } else {
          let found = Self.matchSparse(storage.bucket(bucket), UInt32(truncatingIfNeeded: probe))
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
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, features.count)) { probes in
      probe(features, into: probes.baseAddress!)
      accumulate(probes: UnsafeBufferPointer(start: probes.baseAddress!, count: features.count), into: scores)
    }
  }

  /// Adds the rows of probed features to `scores` (in weight units).
  ///
  /// - Parameters:
  ///   - probes: The features' probes from ``probe(_:into:)``.
  ///   - scores: One accumulator per class, not cleared first.
  @inline(__always)
  func accumulate(
    probes: UnsafeBufferPointer<UInt64>,
    into scores: UnsafeMutableBufferPointer<Int32>
  ) {
    if compact {
      let sums = compactSums(probes: probes)
      for label in 0..<classCount { scores[label] &+= sums[label] }
      return
    }
    let dense = dense
    let classCount = classCount
    let storage = storage
    overflow.withUnsafeBufferPointer { overflow in
      do {
        let entries = longRows.base.assumingMemoryBound(to: Entry.self)
        withUnsafeTemporaryAllocation(of: Int.self, capacity: max(2, 2 * probes.count)) { longRows in
          // Match every feature, add short rows, and note long rows (offset
          // and meta) while prefetching them so that those loads overlap too.
          var longCount = 0
          let entryBase = UnsafePointer(entries)
          for probe in probes {
            let bucket = Int(truncatingIfNeeded: probe >> 32)
            var (meta, weights) = Self.matchSparse(storage.bucket(bucket), UInt32(truncatingIfNeeded: probe))
            if (meta == 0 ? 1 : 0) & Self.spilled(bucket, in: overflow) != 0 {
              (meta, weights) = matchOverflow(probe)
            }
            if dense {
              // A missing feature has zero weights.
              for label in 0..<classCount {
                scores[label] &+= Int32(Int16(truncatingIfNeeded: weights))
                weights >>= 16
              }
            } else {
              let code = (meta >> 24) & 0x7f
              let isLong = code > UInt32(Self.inlineCapacity)
              let first = isLong ? Int(truncatingIfNeeded: weights) : 0
              if isLong {
                let units = code == Self.denseRowCode ? (Int((meta >> 8) & 0x1ff) + 1) / 2 : Int(meta & 0xff_ffff)
                Self.prefetchRow(entryBase + first, count: units)
              }
              longRows[2 &* longCount] = first
              longRows[2 &* longCount &+ 1] = Int(meta)
              longCount &+= isLong ? 1 : 0
              // A short row's code is its length (0 for a missing feature).
              // Adding only its entries, rather than always three with zeros
              // for the absent ones, keeps clear of chains of read-modify-
              // writes to the same score (about 3% faster over all models).
              var inline = weights
              var labels = meta
              for _ in 0..<(isLong ? 0 : Int(code)) {
                scores[Int(labels & 0xff)] &+= Int32(Int16(truncatingIfNeeded: inline))
                labels >>= 8
                inline >>= 16
              }
            }
          }
          for row in 0..<longCount {
            let first = longRows[2 &* row]
            let meta = UInt32(truncatingIfNeeded: longRows[2 &* row &+ 1])
            if (meta >> 24) & 0x7f == Self.denseRowCode {
              let firstClass = Int(meta & 0xff)
              let span = Int((meta >> 8) & 0x1ff)
              let weights = UnsafeRawPointer(entryBase + first)
              let target = scores.baseAddress! + firstClass
              for column in 0..<span {
                target[column] &+= Int32(weights.load(fromByteOffset: 2 &* column, as: Int16.self))
              }
            } else {
              for index in first..<(first + Int(meta & 0xff_ffff)) {
                let entry = entries[index]
                scores[Int(entry.label)] &+= Int32(entry.weight)
              }
            }
          }
        }
      }
    }
  }

  /// The summed rows of probed features in a compact table: classes 0, 1
  /// and 2 in lanes 0, 1 and 2 (lanes past ``classCount`` and lane 3 are 0).
  ///
  /// - Parameter probes: The features' probes from ``probe(_:into:)``.
  @inline(__always)
  func compactSums(probes: UnsafeBufferPointer<UInt64>) -> SIMD4<Int32> {
    precondition(compact, "a table of at most three classes")
    let storage = storage
    var sums: (Int32, Int32, Int32) = (0, 0, 0)
    overflow.withUnsafeBufferPointer { overflow in
      for probe in probes {
        let bucket = Int(truncatingIfNeeded: probe >> 32)
        var (weights, hit) = Self.matchCompact(storage.bucket(bucket), UInt16(truncatingIfNeeded: probe))
        if (hit ? 0 : 1) & Self.spilled(bucket, in: overflow) != 0 {
          weights = matchOverflow(probe).weights
        }
        sums.0 &+= Int32(Int16(truncatingIfNeeded: weights))
        sums.1 &+= Int32(Int16(truncatingIfNeeded: weights >> 16))
        sums.2 &+= Int32(Int16(truncatingIfNeeded: weights >> 32))
      }
    }
    return SIMD4(sums.0, sums.1, sums.2, 0)
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
}
