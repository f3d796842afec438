import Foundation
import KnowledgeGraph

/// Writes `graph.json`: the knowledge graph's `Codable` form.
///
/// The JSON is pretty-printed with sorted keys and unescaped slashes, ends
/// with a newline, and lists entities by id and statements and relations in
/// graph order, so the same graph always gives the same bytes.
/// ``JSONReader`` reads it back into an equal graph.
///
/// ```swift
/// try JSONWriter().write(graph, to: output.appendingPathComponent("graph.json"))
/// ```
public struct JSONWriter: GraphWriter {
  /// Creates a writer.
  public init() {}

  /// The `graph.json` text for a graph.
  ///
  /// - Parameter graph: The graph to encode.
  /// - Returns: Pretty-printed JSON with sorted keys and a final newline.
  /// - Throws: ``ExportError/encoding(format:reason:)`` if encoding fails,
  ///   which the graph's plain string and integer fields do not cause.
  public func string(for graph: KnowledgeGraph) throws(ExportError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      let data = try encoder.encode(graph)
      return String(decoding: data, as: UTF8.self) + "\n"
    } catch {
      throw .encoding(format: "JSON", reason: "\(error)")
    }
  }
}
