import Foundation
import KnowledgeGraph

/// A writer that turns a whole knowledge graph into one text file.
///
/// Every exporter (``JSONWriter``, ``GraphMLWriter``, ``DOTWriter``,
/// ``CSVWriter``, ``StatementsMarkdownWriter``) produces text with
/// ``string(for:)`` and writes it with ``write(_:to:)``, which replaces the
/// file atomically: the text goes to a temporary file in the same directory
/// that is then renamed over the destination, so an interrupted run leaves the
/// previous file whole. Output is byte-stable: the same graph always gives the
/// same bytes.
public protocol GraphWriter: Sendable {
  /// The file's text for a graph.
  ///
  /// Writers whose format cannot fail implement this without `throws`.
  /// - Parameter graph: The graph to export.
  /// - Returns: The complete file contents, ending with a newline.
  /// - Throws: ``ExportError/encoding(format:reason:)`` if a value cannot be
  ///   encoded.
  func string(for graph: KnowledgeGraph) throws(ExportError) -> String

  /// Writes a graph's text to a file, atomically.
  ///
  /// The default writes ``string(for:)``; writers of large files write
  /// their text piece by piece instead (the same bytes), so that it is
  /// never held whole in memory.
  /// - Parameters:
  ///   - graph: The graph to export.
  ///   - url: The destination file URL; its directory must exist.
  /// - Throws: ``ExportError/write(path:reason:)`` when the file cannot be
  ///   written or renamed; ``ExportError/encoding(format:reason:)`` when the
  ///   graph cannot be encoded.
  func write(_ graph: KnowledgeGraph, to url: URL) throws(ExportError)
}

extension GraphWriter {
  /// Writes a graph's text to a file, atomically.
  ///
  /// The text is written to a temporary file next to `url`, flushed to disk,
  /// then renamed to `url`, replacing any previous file in one step.
  /// - Parameters:
  ///   - graph: The graph to export.
  ///   - url: The destination file URL; its directory must exist.
  /// - Throws: ``ExportError/write(path:reason:)`` when the file cannot be
  ///   written or renamed; ``ExportError/encoding(format:reason:)`` when the
  ///   graph cannot be encoded.
  public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExportError) {
    let text = try string(for: graph)
    try AtomicFile.write(to: url) { stream in stream.write(text) }
  }
}
