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
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(extraction), as: UTF8.self)
    } catch {
      throw .encoding(format: "JSON Lines", reason: "\(error)")
    }
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
      text += try line(for: extraction)
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
        stream.write(try line(for: extraction))
        stream.write("\n")
      }
    }
  }
}
