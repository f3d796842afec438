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

extension IdentityResolver {
  /// How far the words read around a mention may reach: a word or two and
  /// the spaces between.
  static let windowMargin = 80

  /// Each of some units' mentions in one document, with the text around it
  /// (``ScalarWindow``), read in one pass over the document's text.
  ///
  /// - Parameters:
  ///   - unitIndices: Units of the document.
  ///   - extraction: The document's extraction.
  ///   - text: The document's text.
  /// - Returns: For each unit, in order, its mentions and their windows.
  func mentionWindows(of unitIndices: [Int], in extraction: Extraction, text: String)
    -> [[(mention: TextSpan, window: ScalarWindow)]]
  {
    let records = Dictionary(extraction.allEntities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let mentions = unitIndices.map { records[units[$0].localID]?.mentions ?? [] }
    var windows = ScalarWindow.windows(
      of: text, around: mentions.flatMap { $0.map { $0.start..<$0.end } }, margin: Self.windowMargin)[...]
    return mentions.map { unitMentions in
      defer { windows = windows.dropFirst(unitMentions.count) }
      return Array(zip(unitMentions, windows.prefix(unitMentions.count))).map { (mention: $0.0, window: $0.1) }
    }
  }
}
