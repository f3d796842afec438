/// The frozen weights of a linear model: hashed features to class scores.
///
/// Built from an ``AveragedPerceptron`` after training and read from model
/// files. Each feature has a sparse row of `(class, weight)` entries whose
/// weights are 16-bit integers sharing one scale, so the table stays small
/// and scoring adds integers. Lookups use open addressing over a flat slot
/// array, so scoring one feature touches about two cache lines.
struct WeightTable: Sendable {
  /// One hash-table slot: a feature key and where its row starts.
  struct Slot: Sendable {
    /// The feature hash, or 0 for an empty slot.
    var key: UInt64
    /// The first entry of the row.
    var start: UInt32
    /// The number of entries in the row.
    var count: UInt32
  }

  /// One weight of a row.
  struct Entry: Sendable {
    /// The class index.
    var label: UInt16
    /// The weight in units of ``scale``.
    var weight: Int16
  }

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
  private let slots: [Slot]
  /// `slots.count - 1`; the table size is a power of two.
  private let mask: Int

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
    var capacity = 16
    while capacity < keys.count * 2 { capacity <<= 1 }
    var table = [Slot](repeating: Slot(key: 0, start: 0, count: 0), count: capacity)
    let mask = capacity - 1
    var start: UInt32 = 0
    for (index, key) in keys.enumerated() {
      var position = Int(truncatingIfNeeded: key >> 20) & mask
      while table[position].key != 0 { position = (position + 1) & mask }
      table[position] = Slot(key: key, start: start, count: rowCounts[index])
      start &+= rowCounts[index]
    }
    self.slots = table
    self.mask = mask
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
    slots.withUnsafeBufferPointer { slots in
      entries.withUnsafeBufferPointer { entries in
        for feature in features {
          let key = Self.key(feature)
          var position = Int(truncatingIfNeeded: key >> 20) & mask
          while true {
            let slot = slots[position]
            if slot.key == key {
              let end = Int(slot.start) + Int(slot.count)
              for index in Int(slot.start)..<end {
                let entry = entries[index]
                scores[Int(entry.label)] &+= Int32(entry.weight)
              }
              break
            }
            if slot.key == 0 { break }
            position = (position + 1) & mask
          }
        }
      }
    }
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
      labels.count == total, labels.allSatisfy({ Int($0) < classCount }),
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
