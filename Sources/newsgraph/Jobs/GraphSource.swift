import Exporters
import Foundation
import GraphStore
import KnowledgeGraph

/// Where `ask`, `render` and `explain` read a graph from: a named
/// `graph.json`, `graph.graphml` or `newsgraph.sqlite`, or by default the
/// store of `output/`, falling back to `output/graph.json`.
enum GraphSource {
  /// The default store and graph file.
  static let defaultStore = "output/newsgraph.sqlite"
  static let defaultGraph = "output/graph.json"

  /// The path used when none is given.
  static var defaultPath: String {
    FileManager.default.fileExists(atPath: defaultStore) ? defaultStore : defaultGraph
  }

  /// Loads a graph.
  ///
  /// - Parameter path: A graph file or store, or nil for the default.
  /// - Returns: The graph, with names joined across documents.
  /// - Throws: ``CLIError`` naming the file.
  static func load(_ path: String?) throws -> KnowledgeGraph {
    let path = path ?? defaultPath
    guard FileManager.default.fileExists(atPath: path) else {
      throw CLIError(message: "newsgraph: \(path): no such file (run `newsgraph build` first, or name a graph)")
    }
    if path.hasSuffix(".sqlite") {
      do {
        // Read only: nothing is created or migrated, so a store in a
        // read-only folder can be asked.
        var graph = try GraphStore(readingAt: path).graph()
        graph.resolveAcrossDocuments()
        return graph
      } catch {
        throw CLIError(message: "newsgraph: \(error)")
      }
    }
    do {
      return try GraphFile.read(from: URL(fileURLWithPath: path))
    } catch {
      throw CLIError(message: "newsgraph: \(error)")
    }
  }
}
