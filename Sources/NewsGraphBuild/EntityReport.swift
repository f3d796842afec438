import KnowledgeGraph

/// The text `newsgraph explain` prints about one entity.
package struct EntityReport {
  let graph: KnowledgeGraph
  let entity: Entity
  let otherMatches: [Entity]

  /// Creates the report of one entity.
  ///
  /// - Parameters:
  ///   - graph: The graph the entity is in.
  ///   - entity: The entity.
  ///   - otherMatches: Other entities the name given could mean.
  package init(graph: KnowledgeGraph, entity: Entity, otherMatches: [Entity]) {
    self.graph = graph
    self.entity = entity
    self.otherMatches = otherMatches
  }

  func name(_ id: String) -> String { graph.entity(id: id)?.name ?? id }

  package var text: String {
    var out = "\(entity.name) (\(entity.type.rawValue), \(entity.id))\n"
    if !entity.aliases.isEmpty { out += "  also: \(entity.aliases.joined(separator: ", "))\n" }
    if let roles = entity.roles, !roles.isEmpty { out += "  roles: \(roles.joined(separator: ", "))\n" }
    out += "  mentions: \(entity.mentionCount) in \(entity.documents.count) document\(entity.documents.count == 1 ? "" : "s")"
    out += entity.documents.count <= 8 ? " (\(entity.documents.joined(separator: ", ")))\n" : "\n"
    if let date = entity.date { out += "  date: \(date)\n" }
    if let affiliation = entity.affiliation { out += "  belongs to: \(name(affiliation))\n" }
    let history = graph.mergeHistory(of: entity.id)
    if history.isEmpty {
      out += "  joined: names within each document only (short names, titles, pronouns)"
      out += entity.documents.count > 1 ? "; across documents by the same name and type\n" : "\n"
    } else {
      out += "  joined across documents (besides the same name and type):\n"
      for decision in history.prefix(30) {
        var line = "    \(decision.from) -> \(decision.into): \(decision.reason)"
        if let documents = decision.documents {
          line += " [\(documents.prefix(4).joined(separator: ", "))\(documents.count > 4 ? ", +\(documents.count - 4)" : "")]"
        }
        out += line + "\n"
      }
      if history.count > 30 { out += "    ... and \(history.count - 30) more (graph.json \"merges\" and \"assignments\")\n" }
    }
    let relations = graph.relations(involving: entity.id)
    if !relations.isEmpty {
      out += "  relations:\n"
      for relation in relations.prefix(30) {
        let date = relation.date.map { " (\($0))" } ?? ""
        let rule = relation.rule.map { " {\($0)}" } ?? ""
        out += "    \(name(relation.subject)) \(relation.predicate.rawValue) \(name(relation.object))\(date) [\(relation.document)]\(rule)\n"
      }
      if relations.count > 30 { out += "    ... and \(relations.count - 30) more\n" }
    }
    let said = graph.statements.filter { $0.speaker == entity.id }
    let aboutStatements = graph.statements.filter { $0.about.contains(entity.id) }
    let supporting = aboutStatements.filter { $0.stance?[entity.id] == .supports }.count
    let opposing = aboutStatements.filter { $0.stance?[entity.id] == .opposes }.count
    let stances = supporting + opposing > 0 ? " (\(supporting) supporting, \(opposing) opposing)" : ""
    out += "  statements: \(said.count) by, \(aboutStatements.count) about\(stances)\n"
    // Each statement by the entity with the rule that found it and the
    // sides it takes.
    for statement in said.prefix(Self.listedStatements) {
      let rule = statement.rule.map { " {\($0)}" } ?? ""
      let sides = (statement.stance ?? [:]).filter { $0.value != .neutral }.sorted { $0.key < $1.key }
        .map { "\($0.value.rawValue) \(name($0.key))" }
      let taken = sides.isEmpty ? "" : " (\(sides.joined(separator: ", ")))"
      out += "    \(statement.cue ?? "-"): \"\(Self.shortened(statement.text))\" [\(statement.document)]\(rule)\(taken)\n"
    }
    if said.count > Self.listedStatements { out += "    ... and \(said.count - Self.listedStatements) more\n" }
    if !otherMatches.isEmpty {
      out += "  other entities with this name: \(otherMatches.prefix(5).map { "\($0.name) (\($0.type.rawValue), \($0.mentionCount) mentions, \($0.id))" }.joined(separator: ", "))\n"
    }
    return out
  }

  /// How many of the entity's statements the report lists.
  static let listedStatements = 20

  /// A statement's text cut to a line.
  static func shortened(_ text: String) -> String {
    let limit = 80
    return text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }
}
