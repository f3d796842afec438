import KnowledgeGraph

/// The passage of a document around a statement: its paragraph, cut to
/// whole sentences when the paragraph is long, split into the text between
/// the statement's content spans and the spans themselves.
///
/// Paragraphs end at blank lines when the document has any (hard-wrapped
/// text), otherwise at line breaks (one paragraph per line, as most news
/// files are). Offsets are Unicode scalar offsets, as everywhere in the
/// graph. A statement whose spans do not match the text (another version of
/// the document, offsets out of range) gets no passage.
struct StatementContext {
  /// The document's scalars; all offsets index this.
  let scalars: [Unicode.Scalar]
  /// The document's UTF-8.
  private let utf8: [UInt8]
  /// Where every 32nd scalar starts in ``utf8``, up to and including the
  /// end, so that pieces are copied as bytes, not scalar by scalar (a
  /// scalar's start is an entry plus the widths of at most 31 scalars).
  private let utf8Checkpoints: [UInt32]
  /// The scalars between two entries of ``utf8Checkpoints``.
  private static let utf8Stride = 32
  /// Whether paragraphs are separated by blank lines.
  let blankLineParagraphs: Bool
  /// Where paragraphs start after a break (the offset after each break's
  /// line feed), ascending; the text's start is not listed.
  private let paragraphStarts: [Int]
  /// Where paragraphs end (the offset of each break's line feed), ascending.
  private let paragraphEnds: [Int]

  /// How much text to keep on each side of the content when the paragraph
  /// is longer, in scalars.
  static let reach = 280
  /// Passages longer than this are not shown.
  static let maximumLength = 4000

  /// Prepares a document's text.
  ///
  /// - Parameter text: The document text the offsets refer to.
  init(text: String) {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(text.unicodeScalars.count)
    scalars.append(contentsOf: text.unicodeScalars)
    self.scalars = scalars
    utf8 = Array(text.utf8)
    var checkpoints: [UInt32] = []
    checkpoints.reserveCapacity(scalars.count / Self.utf8Stride + 2)
    var offset = 0
    for (index, scalar) in scalars.enumerated() {
      if index % Self.utf8Stride == 0 { checkpoints.append(UInt32(truncatingIfNeeded: offset)) }
      offset += UTF8.width(scalar)
    }
    if scalars.count % Self.utf8Stride == 0 { checkpoints.append(UInt32(truncatingIfNeeded: offset)) }
    utf8Checkpoints = checkpoints
    var blank = false
    var previous: Unicode.Scalar = "x"
    for scalar in scalars where scalar != " " && scalar != "\t" {
      if scalar == "\n" && previous == "\n" {
        blank = true
        break
      }
      previous = scalar
    }
    blankLineParagraphs = blank
    // Every paragraph break once, so that finding a statement's paragraph
    // is a binary search, not a walk through the paragraph.
    var paragraphStarts: [Int] = []
    var paragraphEnds: [Int] = []
    for index in scalars.indices where scalars[index] == "\n" {
      if !blank || Self.isBlankLine(scalars, before: index) { paragraphStarts.append(index + 1) }
      if !blank || Self.isBlankLine(scalars, after: index) { paragraphEnds.append(index) }
    }
    self.paragraphStarts = paragraphStarts
    self.paragraphEnds = paragraphEnds
  }

  /// The passage around a statement as alternating pieces: text before the
  /// first span, the first span, the text between, the second span, and so
  /// on, ending with the text after the last span (so the spans are at odd
  /// indices). Pieces have tabs as spaces and control characters removed; a
  /// cut passage starts or ends with "…".
  ///
  /// - Parameter statement: A statement of this document.
  /// - Returns: The pieces, or nil when the spans do not match the text.
  func segments(for statement: Statement) -> [String]? {
    let spans = statement.content
    guard let first = spans.first, let last = spans.last else { return nil }
    var previousEnd = 0
    for span in spans {
      guard span.start >= previousEnd, span.start <= span.end, span.end <= scalars.count,
        bytes(span.start..<span.end).elementsEqual(span.text.utf8)
      else { return nil }
      previousEnd = span.end
    }
    let (lower, cutBefore) = passageStart(before: first.start)
    let (upper, cutAfter) = passageEnd(after: last.end)
    guard upper - lower <= Self.maximumLength else { return nil }

    var pieces: [String] = []
    var position = lower
    for span in spans {
      pieces.append(clean(text(position..<span.start)))
      pieces.append(clean(span.text))
      position = span.end
    }
    pieces.append(clean(text(position..<upper)))
    if cutBefore { pieces[0] = "…" + pieces[0] }
    if cutAfter { pieces[pieces.count - 1] += "…" }
    return pieces
  }

  // MARK: - Bounds

  /// Where the passage starts, and whether that cuts its paragraph.
  private func passageStart(before offset: Int) -> (Int, Bool) {
    let paragraph = paragraphStart(before: offset)
    guard offset - paragraph > Self.reach else { return (paragraph, false) }
    let limit = offset - Self.reach
    // The first sentence that starts at or after the limit.
    var index = limit
    while index < offset {
      if isSentenceStart(index) { return (index, true) }
      index += 1
    }
    // No sentence boundary: cut at a word boundary.
    index = limit
    while index < offset, !scalars[index - 1].properties.isWhitespace { index += 1 }
    return (index, true)
  }

  /// Where the passage ends, and whether that cuts its paragraph.
  private func passageEnd(after offset: Int) -> (Int, Bool) {
    let paragraph = paragraphEnd(after: offset)
    guard paragraph - offset > Self.reach else { return (paragraph, false) }
    let limit = offset + Self.reach
    // The last sentence end at or before the limit.
    var index = limit
    while index > offset {
      if isSentenceStart(index) { return (max(offset, trimmedEnd(index)), true) }
      index -= 1
    }
    index = limit
    while index > offset, !scalars[index].properties.isWhitespace { index -= 1 }
    return (max(offset, trimmedEnd(index)), true)
  }

  /// The start of the paragraph holding `offset`: the last paragraph start
  /// at or before it, else the text's start.
  private func paragraphStart(before offset: Int) -> Int {
    let limit = min(offset, scalars.count)
    // The number of starts at or before the limit.
    var low = 0
    var high = paragraphStarts.count
    while low < high {
      let mid = (low + high) / 2
      if paragraphStarts[mid] <= limit { low = mid + 1 } else { high = mid }
    }
    return low > 0 ? paragraphStarts[low - 1] : 0
  }

  /// The end of the paragraph holding `offset`: the first paragraph end at
  /// or after it, else the text's end.
  private func paragraphEnd(after offset: Int) -> Int {
    let limit = max(0, offset)
    var low = 0
    var high = paragraphEnds.count
    while low < high {
      let mid = (low + high) / 2
      if paragraphEnds[mid] < limit { low = mid + 1 } else { high = mid }
    }
    return low < paragraphEnds.count ? paragraphEnds[low] : scalars.count
  }

  /// Whether the line break at `index` follows a blank line.
  private static func isBlankLine(_ scalars: [Unicode.Scalar], before index: Int) -> Bool {
    var i = index - 1
    while i >= 0, scalars[i] == " " || scalars[i] == "\t" { i -= 1 }
    return i < 0 || scalars[i] == "\n"
  }

  /// Whether the line break at `index` is followed by a blank line.
  private static func isBlankLine(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
    var i = index + 1
    while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
    return i >= scalars.count || scalars[i] == "\n"
  }

  /// Whether a sentence starts at `index`: a non-space after whitespace that
  /// follows `.`, `!` or `?` (possibly with closing quotes or brackets).
  private func isSentenceStart(_ index: Int) -> Bool {
    guard index > 1, index < scalars.count, !scalars[index].properties.isWhitespace,
      scalars[index - 1].properties.isWhitespace
    else { return false }
    var i = index - 1
    while i > 0, scalars[i].properties.isWhitespace { i -= 1 }
    while i > 0, "\"'”’)]".unicodeScalars.contains(scalars[i]) { i -= 1 }
    return ".!?".unicodeScalars.contains(scalars[i])
  }

  /// The offset with whitespace before it dropped.
  private func trimmedEnd(_ index: Int) -> Int {
    var end = index
    while end > 0, scalars[end - 1].properties.isWhitespace { end -= 1 }
    return end
  }

  // MARK: - Text

  private func bytes(_ range: Range<Int>) -> ArraySlice<UInt8> {
    utf8[utf8Offset(range.lowerBound)..<utf8Offset(range.upperBound)]
  }

  /// Where the scalar at `offset` (`0...scalars.count`) starts in ``utf8``.
  private func utf8Offset(_ offset: Int) -> Int {
    let block = offset / Self.utf8Stride
    var position = Int(utf8Checkpoints[block])
    for index in (block * Self.utf8Stride)..<offset { position += UTF8.width(scalars[index]) }
    return position
  }

  private func text(_ range: Range<Int>) -> String {
    String(decoding: bytes(range), as: UTF8.self)
  }

  private func clean(_ text: String) -> String {
    // Most text has no control characters: C0 but line feed, DEL, C1 (UTF-8
    // C2 80–C2 9F) and U+FFFE/U+FFFF (EF BF BE, EF BF BF).
    var needsCleaning = false
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      if (byte < 0x20 && byte != 0x0A) || byte == 0x7F || (previous == 0xC2 && byte < 0xA0)
        || (beforePrevious == 0xEF && previous == 0xBF && byte >= 0xBE)
      {
        needsCleaning = true
        break
      }
      beforePrevious = previous
      previous = byte
    }
    guard needsCleaning else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out.append("\n")
      case "\t": out.append(" ")
      default: if !TextCleaner.isInvisibleControl(scalar) { out.append(scalar) }
      }
    }
    return String(out)
  }
}
