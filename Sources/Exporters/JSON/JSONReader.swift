import Foundation
import KnowledgeGraph

/// Reads `graph.json`, as written by ``JSONWriter``, back into a graph.
///
/// Used by `newsgraph render graph.json` and `newsgraph ask --graph`.
/// Missing top-level arrays count as empty; every statement and relation
/// must refer to entities present in the file.
public enum JSONReader {
  /// Reads a graph from a JSON file.
  ///
  /// - Parameter url: The file URL.
  /// - Returns: The graph.
  /// - Throws: ``ExportError/read(path:reason:)`` when the file cannot be
  ///   read or does not decode to a consistent graph.
  public static func read(from url: URL) throws(ExportError) -> KnowledgeGraph {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .read(path: url.path, reason: "cannot read: \(error.localizedDescription)")
    }
    return try graph(from: data, path: url.path)
  }

  /// Decodes a graph from JSON data.
  ///
  /// - Parameters:
  ///   - data: The JSON text as UTF-8.
  ///   - path: The name to use in error messages.
  /// - Returns: The graph.
  /// - Throws: ``ExportError/read(path:reason:)`` naming what is wrong: the
  ///   JSON syntax, a missing or mistyped field (with its coding path), or an
  ///   entity id used but not defined.
  public static func graph(from data: Data, path: String = "graph.json") throws(ExportError)
    -> KnowledgeGraph
  {
    do {
      return try JSONDecoder().decode(KnowledgeGraph.self, from: data)
    } catch let error as GraphError {
      throw .read(path: path, reason: error.description)
    } catch let error as DecodingError {
      throw .read(path: path, reason: describe(error))
    } catch {
      throw .read(path: path, reason: "\(error)")
    }
  }

  /// A one-line description of a decoding error with its coding path.
  static func describe(_ error: DecodingError) -> String {
    func location(_ context: DecodingError.Context) -> String {
      let keys = context.codingPath.map { key in
        key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)"
      }.joined()
      return keys.isEmpty ? "" : " at \(keys)"
    }
    switch error {
    case .typeMismatch(let type, let context):
      return "expected \(type)\(location(context)): \(context.debugDescription)"
    case .valueNotFound(let type, let context):
      return "missing \(type) value\(location(context))"
    case .keyNotFound(let key, let context):
      return "missing field '\(key.stringValue)'\(location(context))"
    case .dataCorrupted(let context):
      return "invalid JSON\(location(context)): \(context.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }
}
