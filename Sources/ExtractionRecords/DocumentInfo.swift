/// Which document an extraction came from.
public struct DocumentInfo: Codable, Sendable, Hashable {
  /// A stable identifier: the file name without its extension, or the id
  /// given in JSON Lines input.
  public var id: String
  /// The path the text was read from, if any.
  public var path: String?
  /// The publication date, ISO 8601 (`2025-02-13`), when known.
  public var date: String?
  /// Notes about how the text was read, such as invalid UTF-8 replaced.
  public var warnings: [String]?
  /// Other documents with exactly the same text (same content hash), which
  /// the graph counts as this one; nil when there are none. Never set in an
  /// extraction, only in a graph's document list.
  public var duplicates: [DocumentInfo]?
  /// Where the article was published, when the input said (JSON Lines
  /// `url`).
  public var url: String?
  /// The article's headline, when the input said (JSON Lines `title`).
  public var title: String?
  /// Who published it, when the input said (JSON Lines `source`).
  public var source: String?

  /// Creates document information.
  ///
  /// - Parameters:
  ///   - id: The document id.
  ///   - path: The source path, if the text came from a file.
  ///   - date: The publication date, when known.
  ///   - warnings: Notes about decoding, if any.
  ///   - url: Where the article was published, if known.
  ///   - title: The headline, if known.
  ///   - source: The publisher, if known.
  public init(
    id: String, path: String? = nil, date: String? = nil, warnings: [String]? = nil,
    url: String? = nil, title: String? = nil, source: String? = nil
  ) {
    self.id = id
    self.path = path
    self.date = date
    self.warnings = warnings
    self.url = url
    self.title = title
    self.source = source
  }
}
