import Foundation
import KnowledgeGraph

/// Reads a graph file written by `newsgraph build`, whichever format it is.
///
/// `graph.json` (``JSONReader``) and `graph.graphml` (``GraphMLReader``) are
/// told apart by their first non-blank character (`{` or `<`), so the file
/// name does not matter.
public enum GraphFile {
  /// Reads a graph from a JSON or GraphML file.
  ///
  /// - Parameter url: The file URL.
  /// - Returns: The graph.
  /// - Throws: ``ExportError/read(path:reason:)`` when the file cannot be
  ///   read, is neither JSON nor XML, or does not describe a graph;
  ///   ``ExportError/malformed(path:line:reason:)`` for invalid GraphML.
  public static func read(from url: URL) throws(ExportError) -> KnowledgeGraph {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .read(path: url.path, reason: "cannot read: \(error.localizedDescription)")
    }
    let first = data.first {
      !" \t\r\n".utf8.contains($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
    }
    switch first {
    case UInt8(ascii: "{"): return try JSONReader.graph(from: data, path: url.path)
    case UInt8(ascii: "<"): return try GraphMLReader.graph(from: data, path: url.path)
    default:
      throw .read(path: url.path, reason: "not a graph file: expected graph.json or graph.graphml")
    }
  }
}
