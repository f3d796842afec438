import Foundation
import KnowledgeGraph

/// Answers who-said-what questions from the store's graph indexes, without
/// building the graph: names from `graph_name`, statements by speaker from
/// `graph_statement(speaker)`, about an entity from `graph_about`, and
/// contents searched for a topic's names only among the statements a
/// speaker made (or, with no speaker, with one `LIKE` pass).
///
/// A read that fails answers nothing; ``GraphStore/hasGraph()`` tells first
/// whether a build stored a graph at all.
public struct StoreAnswerSource: AnswerSource, Sendable {
  /// The store read.
  public let store: GraphStore

  /// Creates a source over a store.
  ///
  /// - Parameter store: A store a build wrote a graph into.
  public init(store: GraphStore) {
    self.store = store
  }

  public func matches(for key: NameKey) -> [EntityMatch] {
    let rows = store.graphNames(key: key.value)
    let entities = store.graphEntities(ids: rows.map(\.0))
    return rows.compactMap { id, kind in
      guard let entity = entities[id], let kind = EntityMatch.Kind(rawValue: kind) else { return nil }
      return EntityMatch(entity: entity, kind: kind)
    }
  }

  public func suggestions(for key: NameKey) -> [Entity] {
    let target = Array(key.value.unicodeScalars)
    guard target.count >= 3 else { return [] }
    let rows = store.graphNames(lengths: max(1, target.count - 2)...(target.count + 2), prefix: key.value)
    var distances: [String: Int] = [:]
    for (name, entity) in rows {
      guard let distance = NameDistance.suggestion(target, name: name, key: key.value) else { continue }
      distances[entity] = min(distances[entity] ?? distance, distance)
    }
    let entities = store.graphEntities(ids: Array(distances.keys))
    var found: [String: (distance: Int, entity: Entity)] = [:]
    for (id, distance) in distances { if let entity = entities[id] { found[id] = (distance, entity) } }
    return NameDistance.ranked(found)
  }

  public func statements(
    speaker: String?, speakerText: String?, topic: String?, names: [String], documents: Set<String>
  ) -> [Statement] {
    store.graphStatements(speaker: speaker, speakerText: speakerText, topic: topic, names: names, documents: documents)
  }

  public func entity(id: String) -> Entity? { store.graphEntities(ids: [id])[id] }

  public func document(id: String) -> DocumentInfo? {
    store.graphDocument(id: id)
  }
}
