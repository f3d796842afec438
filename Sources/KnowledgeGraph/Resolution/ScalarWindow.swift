/// A short stretch of a document's scalars around a mention: what the
/// words before and after it need, without the whole text as scalars
/// (four bytes a character, for every document of a corpus).
struct ScalarWindow {
  /// The scalar offset of ``scalars``' first scalar in the text.
  var base: Int
  /// The scalars from `base` on.
  var scalars: [Unicode.Scalar]

  /// The windows of a text around some scalar ranges, each reaching
  /// `margin` scalars to either side (less at the text's ends), read in one
  /// pass over the text.
  ///
  /// - Parameters:
  ///   - text: The document's text.
  ///   - ranges: Scalar ranges in the text, in any order.
  ///   - margin: How far each window reaches beyond its range.
  /// - Returns: One window per range, in the order of `ranges`.
  static func windows(of text: String, around ranges: [Range<Int>], margin: Int) -> [ScalarWindow] {
    var result = [ScalarWindow](repeating: ScalarWindow(base: 0, scalars: []), count: ranges.count)
    var iterator = text.unicodeScalars.makeIterator()
    var position = 0
    // The scalars read and still wanted, from `bufferStart` to `position`.
    var buffer: [Unicode.Scalar] = []
    var bufferStart = 0
    for index in ranges.indices.sorted(by: { ranges[$0].lowerBound < ranges[$1].lowerBound }) {
      let start = max(0, ranges[index].lowerBound - margin)
      let end = max(start, ranges[index].upperBound + margin)
      let drop = min(max(0, start - bufferStart), buffer.count)
      buffer.removeFirst(drop)
      bufferStart += drop
      if buffer.isEmpty {
        while position < start, iterator.next() != nil { position += 1 }
        bufferStart = position
      }
      while position < end, let scalar = iterator.next() {
        buffer.append(scalar)
        position += 1
      }
      let from = min(max(0, start - bufferStart), buffer.count)
      result[index] = ScalarWindow(base: bufferStart + from, scalars: Array(buffer[from...]))
    }
    return result
  }
}
