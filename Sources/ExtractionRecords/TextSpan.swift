/// A piece of a document's text with its position.
///
/// Offsets are Unicode scalar (code point) offsets into the document text,
/// end-exclusive, as in Python and brat. `text` always equals the document's
/// text between `start` and `end`.
public struct TextSpan: Codable, Sendable, Hashable, Comparable {
  /// The text between `start` and `end`.
  public var text: String
  /// The offset of the first scalar.
  public var start: Int
  /// The offset one past the last scalar.
  public var end: Int

  /// Creates a span.
  ///
  /// - Parameters:
  ///   - text: The text covered, exactly as in the document.
  ///   - start: The scalar offset of the first character.
  ///   - end: The scalar offset one past the last character.
  public init(text: String, start: Int, end: Int) {
    self.text = text
    self.start = start
    self.end = end
  }

  /// The covered scalar offsets.
  public var range: Range<Int> { start..<end }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}
