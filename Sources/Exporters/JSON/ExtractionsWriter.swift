import Foundation
import KnowledgeGraph

/// Writes `extractions.jsonl`: one compact JSON object per document.
///
/// This is the per-document format of DESIGN.md that the scorers in
/// `../shared/eval` read. Each line is one ``Extraction`` encoded with sorted
/// keys and no insignificant whitespace; line breaks inside strings are
/// escaped by JSON, so every object stays on one line. Lines keep the order
/// of the input array.
public struct ExtractionsWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// One document's line, without the line break.
  ///
  /// - Parameter extraction: One document's extraction.
  /// - Returns: The compact JSON object.
  /// - Throws: ``ExportError/encoding(format:reason:)`` if encoding fails.
  public func line(for extraction: Extraction) throws(ExportError) -> String {
    var line = ""
    try write(extraction, into: &line)
    return line
  }

  /// Writes one document's line, without the line break, into a stream:
  /// the `Extraction` encoding's sorted keys with each record encoded on
  /// its own (the same compact text as encoding the whole), so that a long
  /// document's records are never all encoded at once.
  ///
  /// - Parameters:
  ///   - extraction: One document's extraction.
  ///   - out: The stream.
  /// - Throws: ``ExportError/encoding(format:reason:)`` if encoding fails.
  func write<Stream: TextOutputStream>(_ extraction: Extraction, into out: inout Stream) throws(ExportError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    func json(_ value: some Encodable) throws(ExportError) -> String {
      do {
        return String(decoding: try encoder.encode(value), as: UTF8.self)
      } catch {
        throw .encoding(format: "JSON Lines", reason: "\(error)")
      }
    }
    func list(_ key: String, _ values: [some Encodable]) throws(ExportError) {
      out.write(",\"\(key)\":[")
      for (index, value) in values.enumerated() {
        if index > 0 { out.write(",") }
        out.write(try json(value))
      }
      out.write("]")
    }
    out.write("{\"document\":")
    out.write(try json(extraction.document))
    try list("entities", extraction.entities)
    if !extraction.groups.isEmpty { try list("groups", extraction.groups) }
    try list("relations", extraction.relations)
    try list("statements", extraction.statements)
    out.write("}")
  }

  /// The `extractions.jsonl` text for some documents.
  ///
  /// - Parameter extractions: The extractions, in the order to write them.
  /// - Returns: One line per extraction, each ending with a newline; empty
  ///   for no extractions.
  /// - Throws: ``ExportError/encoding(format:reason:)`` if encoding fails.
  public func string(for extractions: [Extraction]) throws(ExportError) -> String {
    var text = ""
    for extraction in extractions {
      try write(extraction, into: &text)
      text += "\n"
    }
    return text
  }

  /// Writes the extractions to a file, atomically, a line at a time.
  ///
  /// - Parameters:
  ///   - extractions: The extractions, in the order to write them.
  ///   - url: The destination file URL; its directory must exist.
  /// - Throws: ``ExportError/write(path:reason:)`` when the file cannot be
  ///   written; ``ExportError/encoding(format:reason:)`` if encoding fails.
  public func write(_ extractions: [Extraction], to url: URL) throws(ExportError) {
    try AtomicFile.write(to: url) { (stream) throws(ExportError) in
      for extraction in extractions {
        try write(extraction, into: &stream)
        stream.write("\n")
      }
    }
  }
}
