/// The frozen weights of a linear model: hashed features to class scores.
///
/// Built from an ``AveragedPerceptron`` after training and read from model
/// files. Each feature has a sparse row of `(class, weight)` entries whose
/// weights are 16-bit integers sharing one scale, so the table stays small
/// and scoring adds integers. Lookups use open addressing over 16-byte
/// slots holding a 32-bit fingerprint of the feature and, for short rows,
/// the row itself, so most features cost one cache miss; tables with at
/// most four classes store all weights in the slot.
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
  /// The open-addressing table over `keys`.
  private let storage: SlotStorage
  /// The number of slots.
  private let capacity: Int
  /// Whether each slot holds all `classCount` weights.
  private let dense: Bool

  /// Builds a table from rows.
  ///
  /// - Parameters:
  ///   - classCount: The number of classes.
  ///   - scale: The value of one weight unit.
  ///   - keys: Distinct, non-zero feature keys.
  ///   - rowCounts: The entry count of each key's row.
  ///   - entries: The rows' entries, concatenated in key order.
  init(
    classCount: Int, scale: Float, keys: [UInt64], rowCounts: [UInt32],
    entries: [Entry]
  ) {
    self.classCount = classCount
    self.scale = scale
    self.keys = keys
    self.rowCounts = rowCounts
    self.entries = entries
    let capacity = max(16, keys.count * 2)
    let dense = classCount <= 4
    let storage = SlotStorage(count: capacity)
    let table = storage.base
    var start = 0
    for (index, key) in keys.enumerated() {
      let count = Int(rowCounts[index])
      let row = entries[start..<(start + count)]
      var slot = Slot(fingerprint: UInt32(truncatingIfNeeded: key), meta: Slot.occupied, weights: 0)
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
        slot.meta |= UInt32(min(count, 127)) << 24
        slot.weights = UInt64(start)
      }
      var position = Self.position(key, capacity)
      while table[position].meta != 0 { position = position + 1 == capacity ? 0 : position + 1 }
      table[position] = slot
      start += count
    }
    self.storage = storage
    self.capacity = capacity
    self.dense = dense
  }

  /// The first probe position of a key.
  @inline(__always)
  static func position(_ key: UInt64, _ capacity: Int) -> Int {
    Int(truncatingIfNeeded: ((key >> 32) &* UInt64(capacity)) >> 32)
  }

  /// The key stored for a feature hash (0 is reserved for empty slots).
  @inline(__always)
  static func key(_ feature: UInt64) -> UInt64 { feature == 0 ? 1 : feature }

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
    let capacity = capacity
    let slots = storage.base
    // Touch every first slot before probing: these loads are independent
    // and branch-free, so the memory system serves them in parallel.
    var touched: UInt32 = 0
    for feature in features {
      touched ^= slots[Self.position(Self.key(feature), capacity)].fingerprint
    }
    keepAlive(touched)
    let dense = dense
    let classCount = classCount
    entries.withUnsafeBufferPointer { entries in
      withUnsafeTemporaryAllocation(of: Int.self, capacity: max(1, features.count)) { longRows in
        // Probe (slots are cached now), add short rows, and note long rows
        // while touching their first entry so those loads overlap too.
        var longCount = 0
        var touchedEntries: Int16 = 0
        for feature in features {
          let key = Self.key(feature)
          let fingerprint = UInt32(truncatingIfNeeded: key)
          var position = Self.position(key, capacity)
          while true {
            let slot = slots[position]
            if slot.meta == 0 { break }
            if slot.fingerprint == fingerprint {
              var weights = slot.weights
              if dense {
                for label in 0..<classCount {
                  scores[label] &+= Int32(Int16(truncatingIfNeeded: weights))
                  weights >>= 16
                }
              } else {
                let count = Int((slot.meta >> 24) & 0x7f)
                if count <= Self.inlineCapacity {
                  var labels = slot.meta
                  for _ in 0..<count {
                    scores[Int(labels & 0xff)] &+= Int32(Int16(truncatingIfNeeded: weights))
                    labels >>= 8
                    weights >>= 16
                  }
                } else {
                  let first = Int(weights)
                  touchedEntries ^= entries[first].weight
                  longRows[longCount] = first << 8 | count
                  longCount += 1
                }
              }
              break
            }
            position = position + 1 == capacity ? 0 : position + 1
          }
        }
        keepAlive(UInt32(UInt16(bitPattern: touchedEntries)))
        for row in 0..<longCount {
          let first = longRows[row] >> 8
          let count = longRows[row] & 0xff
          for index in first..<(first + count) {
            let entry = entries[index]
            scores[Int(entry.label)] &+= Int32(entry.weight)
          }
        }
      }
    }
  }

  /// A copy without the weights smaller than `minimumUnits` units, and
  /// without the rows left empty.
  ///
  /// - Parameter minimumUnits: The smallest absolute weight kept.
  /// - Returns: The smaller table.
  func pruned(minimumUnits: Int) -> WeightTable {
    var keptKeys: [UInt64] = []
    var keptCounts: [UInt32] = []
    var keptEntries: [Entry] = []
    var start = 0
    for (index, key) in keys.enumerated() {
      let count = Int(rowCounts[index])
      var kept: UInt32 = 0
      for entry in entries[start..<(start + count)] where abs(Int(entry.weight)) >= minimumUnits {
        keptEntries.append(entry)
        kept += 1
      }
      if kept > 0 {
        keptKeys.append(key)
        keptCounts.append(kept)
      }
      start += count
    }
    return WeightTable(
      classCount: classCount, scale: scale, keys: keptKeys, rowCounts: keptCounts, entries: keptEntries)
  }

  /// Keeps a value computed only for its memory accesses from being optimized away.
  @_optimize(none)
  private func keepAlive(_ value: UInt32) {}

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
  /// - Parameter reader: The model file being read.
  /// - Throws: ``ModelError/malformed(path:reason:)`` on inconsistent sizes.
  init(from reader: inout ModelFileReader) throws(ModelError) {
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
    self.init(classCount: classCount, scale: scale, keys: keys, rowCounts: counts, entries: entries)
  }
}
