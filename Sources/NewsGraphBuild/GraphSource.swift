import Exporters
import Foundation
import GraphStore
import KnowledgeGraph
import NewsExtraction
import Lexicon

/// Where `ask`, `render` and `explain` read a graph from: a named
/// `graph.json`, `graph.graphml` or `newsgraph.sqlite`, or by default the
/// store of `output/`, falling back to `output/graph.json`.
package enum GraphSource {
  /// The default store and graph file.
  static let defaultStore = "output/newsgraph.sqlite"
  static let defaultGraph = "output/graph.json"

  /// The path used when none is given.
  package static var defaultPath: String {
    FileManager.default.fileExists(atPath: defaultStore) ? defaultStore : defaultGraph
  }

  /// Loads a graph.
  ///
  /// A store gives the graph its last build stored; a store from before
  /// graphs were stored is resolved here.
  /// - Parameter path: A graph file or store, or nil for the default.
  /// - Returns: The graph, with names joined across documents.
  /// - Throws: ``CLIError`` naming the file.
  package static func load(_ path: String?) throws -> KnowledgeGraph {
    let path = path ?? defaultPath
    guard FileManager.default.fileExists(atPath: path) else {
      throw CLIError(message: "newsgraph: \(path): no such file (run `newsgraph build` first, or name a graph)")
    }
    if path.hasSuffix(".sqlite") {
      do {
        // Read only: nothing is created or migrated, so a store in a
        // read-only folder can be asked.
        if let snapshot = try GraphStore(readingAt: path).graphSnapshot() {
          return try JSONReader.graph(from: snapshot, path: path)
        }
      } catch {
        throw CLIError(message: "newsgraph: \(error)")
      }
      // A store written before graphs were stored: resolve it here.
      let overrides = try OverridesFile(path: nil, folder: URL(fileURLWithPath: path).deletingLastPathComponent())
      do {
        let store = try GraphStore(readingAt: path)
        let known = (try? Lexicon.loadShipped().knownNames()) ?? [:]
        return try KnowledgeGraph.resolving(
          store.extractions(), overrides: overrides.overrides, contentHashes: store.knownDocuments(),
          knownNames: known
        ).graph
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

  /// Where `ask` finds answers: the graph named, or by default the store.
  ///
  /// - Parameter path: A graph file or store.
  /// - Returns: An answer source.
  /// - Throws: ``CLIError`` naming the file.
  package static func answers(_ path: String) throws -> any AnswerSource {
    if path.hasSuffix(".sqlite"), FileManager.default.fileExists(atPath: path) {
      do {
        let store = try GraphStore(readingAt: path)
        if try store.hasGraph() { return StoreAnswerSource(store: store) }
      } catch {
        throw CLIError(message: "newsgraph: \(error)")
      }
    }
    return GraphAnswerSource(graph: try load(path))
  }
}
