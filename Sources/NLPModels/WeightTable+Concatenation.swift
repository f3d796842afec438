extension WeightTable {
  /// A table that scores the classes of two tables side by side: the row of
  /// a feature holds its row of `first` on classes `0..<first.classCount`
  /// and its row of `second` on the next `second.classCount` classes.
  ///
  /// Two models that read the same features (the tagger's two passes) then
  /// find both rows with one bucket lookup, and the entries of both rows lie
  /// together. Each half keeps the weight units of its own table, so scores
  /// are only comparable within a half; ``scale`` is `first`'s.
  /// ``classes(_:scale:)`` gives the halves back.
  /// - Parameters:
  ///   - first: The table of the low classes (its hash table is not needed).
  ///   - second: The table of the high classes (likewise).
  /// - Returns: The concatenated table, keys in increasing order.
  static func concatenating(_ first: WeightTable, _ second: WeightTable) -> WeightTable {
    let offset = UInt16(first.classCount)
    precondition(first.classCount + second.classCount <= 256, "slots keep 8-bit class indices")
    let firstRows = first.sortedRows()
    let secondRows = second.sortedRows()
    var keys: [UInt64] = []
    var counts: [UInt32] = []
    var entries: [Entry] = []
    keys.reserveCapacity(max(first.keys.count, second.keys.count))
    counts.reserveCapacity(keys.capacity)
    entries.reserveCapacity(first.entries.count + second.entries.count)
    var i = 0
    var j = 0
    while i < firstRows.count || j < secondRows.count {
      let a = i < firstRows.count ? firstRows[i].key : UInt64.max
      let b = j < secondRows.count ? secondRows[j].key : UInt64.max
      let key = min(a, b)
      let start = entries.count
      if a == key {
        entries.append(contentsOf: first.entries[firstRows[i].rows])
        i += 1
      }
      if b == key {
        for entry in second.entries[secondRows[j].rows] {
          entries.append(Entry(label: entry.label + offset, weight: entry.weight))
        }
        j += 1
      }
      keys.append(key)
      counts.append(UInt32(entries.count - start))
    }
    return WeightTable(
      classCount: first.classCount + second.classCount, scale: first.scale, keys: keys,
      rowCounts: counts, entries: entries)
  }

  /// The table of the classes in `range` alone, renumbered from 0: the
  /// inverse of ``concatenating(_:_:)``. Rows left empty are dropped.
  ///
  /// - Parameters:
  ///   - range: The classes to keep.
  ///   - scale: The value of one weight unit of those classes.
  ///   - indexed: Whether to build the hash table.
  /// - Returns: The table.
  func classes(_ range: Range<Int>, scale: Float, indexed: Bool = true) -> WeightTable {
    var keptKeys: [UInt64] = []
    var keptCounts: [UInt32] = []
    var keptEntries: [Entry] = []
    var start = 0
    for (index, key) in keys.enumerated() {
      let count = Int(rowCounts[index])
      var kept: UInt32 = 0
      for entry in entries[start..<(start + count)] where range.contains(Int(entry.label)) {
        keptEntries.append(Entry(label: entry.label - UInt16(range.lowerBound), weight: entry.weight))
        kept += 1
      }
      if kept > 0 {
        keptKeys.append(key)
        keptCounts.append(kept)
      }
      start += count
    }
    return WeightTable(
      classCount: range.count, scale: scale, keys: keptKeys, rowCounts: keptCounts,
      entries: keptEntries, indexed: indexed)
  }

  /// The number of features with weights for the classes in `range`, and
  /// the number of those weights.
  func size(of range: Range<Int>) -> (features: Int, weights: Int) {
    var features = 0
    var weights = 0
    var start = 0
    for count in rowCounts {
      let kept = entries[start..<(start + Int(count))].reduce(0) { $0 + (range.contains(Int($1.label)) ? 1 : 0) }
      features += kept > 0 ? 1 : 0
      weights += kept
      start += Int(count)
    }
    return (features, weights)
  }

  /// Each key with its row's range in ``entries``, in increasing key order.
  private func sortedRows() -> [(key: UInt64, rows: Range<Int>)] {
    var rows: [(key: UInt64, rows: Range<Int>)] = []
    rows.reserveCapacity(keys.count)
    var start = 0
    var sorted = true
    for (index, key) in keys.enumerated() {
      let end = start + Int(rowCounts[index])
      if let last = rows.last, last.key >= key { sorted = false }
      rows.append((key, start..<end))
      start = end
    }
    if !sorted { rows.sort { $0.key < $1.key } }
    return rows
  }
}
