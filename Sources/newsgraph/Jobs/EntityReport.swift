import KnowledgeGraph

/// The text `newsgraph explain` prints about one entity.
struct EntityReport {
  let graph: KnowledgeGraph
  let entity: Entity
  let otherMatches: [Entity]

  func name(_ id: String) -> String { graph.entity(id: id)?.name ?? id }

  var text: String {
    var out = "\(entity.name) (\(entity.type.rawValue), \(entity.id))\n"
    if !entity.aliases.isEmpty { out += "  also: \(entity.aliases.joined(separator: ", "))\n" }
    out += "  mentions: \(entity.mentionCount) in \(entity.documents.count) document\(entity.documents.count == 1 ? "" : "s")"
    out += entity.documents.count <= 8 ? " (\(entity.documents.joined(separator: ", ")))\n" : "\n"
    if let date = entity.date { out += "  date: \(date)\n" }
    if let affiliation = entity.affiliation { out += "  belongs to: \(name(affiliation))\n" }
    let history = graph.mergeHistory(of: entity.id)
    if history.isEmpty {
      out += "  joined: names within each document only (short names, titles, pronouns)\n"
    } else {
      out += "  joined across documents:\n"
      for decision in history { out += "    \(decision.from) -> \(decision.into): \(decision.reason)\n" }
    }
    let relations = graph.relations(involving: entity.id)
    if !relations.isEmpty {
      out += "  relations:\n"
      for relation in relations {
        let date = relation.date.map { " (\($0))" } ?? ""
        out += "    \(name(relation.subject)) \(relation.predicate.rawValue) \(name(relation.object))\(date) [\(relation.document)]\n"
      }
    }
    let said = graph.statements.filter { $0.speaker == entity.id }.count
    let about = graph.statements.filter { $0.about.contains(entity.id) }.count
    out += "  statements: \(said) by, \(about) about\n"
    if !otherMatches.isEmpty {
      out += "  other entities with this name: \(otherMatches.prefix(5).map { "\($0.name) (\($0.id))" }.joined(separator: ", "))\n"
    }
    return out
  }
}
