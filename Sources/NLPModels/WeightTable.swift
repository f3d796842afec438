/// The frozen weights of a linear model: hashed features to class scores.
///
/// Built from an ``AveragedPerceptron`` after training and read from model
/// files. Each feature has a sparse row of `(class, weight)` entries whose
/// weights are 16-bit integers sharing one scale, so the table stays small
/// and scoring adds integers. Lookups hash a feature to one 64-byte bucket
/// (see ``SlotStorage`` for the layouts) of four slots holding a 32-bit
/// fingerprint of the feature and, for short rows, the row itself; one
/// vector compare tests the four fingerprints, so one lookup costs one
/// cache line and the lookups of a feature vector overlap in memory. Tables
/// with at most four classes store all weights in the slot, and tables with
/// at most three use eight slots of a 16-bit fingerprint and three weights.
/// A key whose bucket is full goes to the next bucket with room, and the
/// buckets it skipped are flagged so lookups follow it (rare: buckets hold
/// two keys on average, four in the eight-slot layout).
/// Scoring is in WeightTable+Lookup.swift.
package struct WeightTable: Sendable {
  /// One weight of a row.
  package struct Entry: Sendable {
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
  package let keys: [UInt64]
  /// The number of entries of each row, in key order.
  let rowCounts: [UInt32]
  /// All rows' entries, row after row.
  let entries: [Entry]
  /// The buckets: four-slot (``SlotStorage/Sparse``) or, in a compact
  /// table, eight-slot (``SlotStorage/Compact``).
  let storage: SlotStorage
  /// The number of buckets.
  let bucketCount: Int
  /// One bit per bucket: set when a key of this bucket lives further on.
  let overflow: [UInt64]
  /// The long rows again, each starting where it crosses no more cache
  /// lines than it must (a row that does not fit in the rest of a line
  /// starts on the next line), so that adding one reads as few lines as
  /// possible; a long row's slot holds the index of its first entry here.
  let longRows: SlotStorage
  /// Whether each slot holds all `classCount` weights.
  let dense: Bool
  /// Whether the table has at most three classes and uses eight-slot
  /// buckets: a 16-bit fingerprint and three 16-bit weights per slot.
  let compact: Bool

  /// The occupied bit of a slot's `meta` word.
  static let occupied: UInt32 = 1 << 31

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
  package init(
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
    let storage = SlotStorage(buckets: bucketCount)
    var overflow = [UInt64](repeating: 0, count: (bucketCount + 63) / 64)
    var start = 0
    for (index, key) in keys.enumerated() where indexed {
      let count = Int(rowCounts[index])
      let row = entries[start..<(start + count)]
      var meta = Self.occupied
      var weights: UInt64 = 0
      if dense {
        for entry in row {
          weights |= UInt64(UInt16(bitPattern: entry.weight)) << UInt64(16 * Int(entry.label))
        }
      } else if count <= Self.inlineCapacity {
        meta |= UInt32(count) << 24
        for (offset, entry) in row.enumerated() {
          meta |= UInt32(entry.label & 0xff) << UInt32(8 * offset)
          weights |= UInt64(UInt16(bitPattern: entry.weight)) << UInt64(16 * offset)
        }
      } else {
        // A long row: code 4 in bits 24–30, its length in bits 0–23
        // (``gatherLongRows`` may make it a dense row, code 5).
        meta |= Self.sparseRowCode << 24 | UInt32(count)
        weights = UInt64(start)
      }
      if compact {
        Self.insertCompact(
          Self.compactFingerprint(key), weights: weights, key: key, storage: storage,
          bucketCount: bucketCount, overflow: &overflow)
      } else {
        Self.insertSparse(
          Self.fingerprint(key), meta: meta, weights: weights, key: key, storage: storage,
          bucketCount: bucketCount, overflow: &overflow)
      }
      start += count
    }
    longRows = Self.gatherLongRows(storage, bucketCount: dense || !indexed ? 0 : bucketCount, entries: entries)
    self.storage = storage
    self.bucketCount = bucketCount
    self.overflow = overflow
    self.dense = dense
    self.compact = compact
  }

  /// The slot code of a long row stored as `(class, weight)` entries.
  static let sparseRowCode: UInt32 = 4
  /// The slot code of a long row stored densely: one 16-bit weight per
  /// class from its first class to its last (see ``gatherLongRows``).
  static let denseRowCode: UInt32 = 5

  /// Copies the long rows to line-aligned storage (see ``longRows``) and
  /// points their slots at the copies.
  ///
  /// A row whose classes span no more than three times its entry count
  /// is stored densely, one `Int16` per class from its first class to its
  /// last (at most 1.5 times the bytes of its entries), and added without
  /// scattering: a vector loop the compiler unrolls, instead of one
  /// read-modify-write per entry (the tagger's tag-conditioned rows and
  /// the labeller's frequent rows; about 15% faster tagging). Its
  /// slot then has code ``denseRowCode``, the first class in meta bits
  /// 0–7 and the span in bits 8–16. Offsets count 4-byte units either way.
  private static func gatherLongRows(_ storage: SlotStorage, bucketCount: Int, entries: [Entry]) -> SlotStorage {
    let perLine = SlotStorage.bucketBytes / MemoryLayout<Entry>.stride
    var places: [(offset: Int, lane: Int, bucket: Int, span: Int, firstClass: Int)] = []
    var end = 0
    for bucket in 0..<bucketCount {
      let base = storage.bucket(bucket)
      for lane in 0..<SlotStorage.Sparse.slots {
        let meta = base.load(fromByteOffset: SlotStorage.Sparse.metaOffset + 4 * lane, as: UInt32.self)
        guard (meta >> 24) & 0x7f > inlineCapacity else { continue }
        let count = Int(meta & 0xff_ffff)
        let first = Int(base.load(fromByteOffset: SlotStorage.Sparse.weightsOffset + 8 * lane, as: UInt64.self))
        var low = Int.max, high = 0
        for index in first..<(first + count) {
          low = min(low, Int(entries[index].label))
          high = max(high, Int(entries[index].label))
        }
        let span = high - low + 1
        let isDense = span <= 3 * count
        let units = isDense ? (span + 1) / 2 : count
        if end % perLine + units > perLine { end = (end + perLine - 1) / perLine * perLine }
        places.append((end, lane, bucket, isDense ? span : 0, low))
        end += units
      }
    }
    precondition(end < 1 << 47, "long rows are indexed with 47 bits")
    let rows = SlotStorage(buckets: (end + perLine - 1) / perLine)
    let target = rows.base.bindMemory(to: Entry.self, capacity: rows.count * perLine)
    for place in places {
      let base = storage.bucket(place.bucket)
      let metaOffset = SlotStorage.Sparse.metaOffset + 4 * place.lane
      let meta = base.load(fromByteOffset: metaOffset, as: UInt32.self)
      let offset = SlotStorage.Sparse.weightsOffset + 8 * place.lane
      let first = Int(base.load(fromByteOffset: offset, as: UInt64.self))
      let count = Int(meta & 0xff_ffff)
      if place.span > 0 {
        let weights = UnsafeMutableRawPointer(target + place.offset)
        for index in first..<(first + count) {
          let column = Int(entries[index].label) - place.firstClass
          weights.storeBytes(of: entries[index].weight, toByteOffset: 2 * column, as: Int16.self)
        }
        let denseMeta = occupied | denseRowCode << 24 | UInt32(place.span) << 8 | UInt32(place.firstClass)
        base.storeBytes(of: denseMeta, toByteOffset: metaOffset, as: UInt32.self)
      } else {
        for index in 0..<count { target[place.offset + index] = entries[first + index] }
      }
      base.storeBytes(of: UInt64(place.offset), toByteOffset: offset, as: UInt64.self)
    }
    return rows
  }

  /// Puts a four-slot entry in its key's bucket or the first later one
  /// with room (see ``insert(key:lanes:storage:bucketCount:overflow:claim:)``).
  private static func insertSparse(
    _ fingerprint: UInt32, meta: UInt32, weights: UInt64, key: UInt64, storage: SlotStorage,
    bucketCount: Int, overflow: inout [UInt64]
  ) {
    insert(key: key, lanes: SlotStorage.Sparse.slots, storage: storage, bucketCount: bucketCount, overflow: &overflow) {
      base, lane in
      let stored = base.load(fromByteOffset: 4 * lane, as: UInt32.self)
      guard stored == 0 else { return stored == fingerprint }
      base.storeBytes(of: fingerprint, toByteOffset: 4 * lane, as: UInt32.self)
      base.storeBytes(of: meta, toByteOffset: SlotStorage.Sparse.metaOffset + 4 * lane, as: UInt32.self)
      base.storeBytes(of: weights, toByteOffset: SlotStorage.Sparse.weightsOffset + 8 * lane, as: UInt64.self)
      return true
    }
  }

  /// ``insertSparse(_:meta:weights:key:storage:bucketCount:overflow:)`` for
  /// the eight-slot layout.
  private static func insertCompact(
    _ fingerprint: UInt16, weights: UInt64, key: UInt64, storage: SlotStorage,
    bucketCount: Int, overflow: inout [UInt64]
  ) {
    insert(key: key, lanes: SlotStorage.Compact.slots, storage: storage, bucketCount: bucketCount, overflow: &overflow) {
      base, lane in
      let stored = base.load(fromByteOffset: 2 * lane, as: UInt16.self)
      guard stored == 0 else { return stored == fingerprint }
      base.storeBytes(of: fingerprint, toByteOffset: 2 * lane, as: UInt16.self)
      let offset = SlotStorage.Compact.weightsOffset + SlotStorage.Compact.weightsStride * lane
      for label in 0..<3 {
        let weight = UInt16(truncatingIfNeeded: weights >> UInt64(16 * label))
        base.storeBytes(of: weight.littleEndian, toByteOffset: offset + 2 * label, as: UInt16.self)
      }
      return true
    }
  }

  /// Walks from a key's home bucket to the first bucket where `claim`
  /// settles it, flagging every bucket passed as overflowed.
  ///
  /// - Parameters:
  ///   - key: The feature key.
  ///   - lanes: The slots per bucket.
  ///   - claim: Given a bucket and a lane, stores the slot there and
  ///     returns `true` if the lane is empty, returns `true` if the lane
  ///     holds the same fingerprint (the key is dropped, so that a lookup
  ///     never matches two slots), `false` if another key holds it.
  private static func insert(
    key: UInt64, lanes: Int, storage: SlotStorage, bucketCount: Int, overflow: inout [UInt64],
    claim: (UnsafeMutableRawPointer, Int) -> Bool
  ) {
    var bucket = bucketIndex(key, bucketCount)
    while true {
      let base = storage.bucket(bucket)
      for lane in 0..<lanes where claim(base, lane) { return }
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
