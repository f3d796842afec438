import ExtractionRecords

/// A document as read from its source, ready for extraction.
public struct InputDocument: Sendable {
  /// Its id, path and any decoding notes.
  public var info: DocumentInfo
  /// Its text, line endings normalised to "\n".
  public var text: String

  /// Creates an input document.
  ///
  /// - Parameters:
  ///   - info: The id, path and notes.
  ///   - text: The text.
  public init(info: DocumentInfo, text: String) {
    self.info = info
    self.text = text
  }
}
