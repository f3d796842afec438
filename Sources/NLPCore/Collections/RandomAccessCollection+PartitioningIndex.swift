extension RandomAccessCollection {
  /// The index of the first element that belongs in the second partition,
  /// in a collection already partitioned by `belongsInSecondPartition` (every
  /// element for which it is false comes first), or `endIndex` when none
  /// does; a binary search, O(log n).
  ///
  /// The lower-bound search the document's tables, the mention index, the
  /// quote and date starts share (named as in swift-algorithms): the first
  /// token ending after an offset is
  /// `tokenTable.partitioningIndex { $0.range.upperBound > offset }`.
  ///
  /// - Parameter belongsInSecondPartition: False for a prefix of the
  ///   elements, true for the rest.
  /// - Returns: The index of the first element of the second partition.
  @inlinable
  package func partitioningIndex(where belongsInSecondPartition: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try belongsInSecondPartition(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
