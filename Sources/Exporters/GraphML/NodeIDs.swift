import KnowledgeGraph

/// The XML id of every node: the NewsGraph id when it is a valid name token,
/// a sanitized unique form otherwise.
struct NodeIDs {
  private var table: [String: String] = [:]

  /// Computes the ids of a graph's entities and statements.
  init(_ graph: KnowledgeGraph) {
    for id in graph.entitiesByID.keys where !XMLText.isNameToken(id) {
      table[id] = XMLText.nameToken(for: id)
    }
    for statement in graph.statements where !XMLText.isNameToken(statement.id) {
      table[statement.id] = XMLText.nameToken(for: statement.id)
    }
  }

  /// The XML id for a NewsGraph id.
  subscript(id: String) -> String { table[id] ?? id }
}
