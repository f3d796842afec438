import KnowledgeGraph

/// Writes `graph.entities.graphml`: the entity-only projection of the graph
/// that Gephi, Cytoscape, networkx and igraph open as a readable network.
///
/// Nodes are the entities only (sorted by id), with `type`, `name`,
/// `aliases`, `mentions` and a drawing `size` that grows with the mentions
/// (10 × √mentions, so that areas follow mentions; Gephi uses it as the
/// node size). Statements are folded into their speakers: one `statements`
/// edge from a speaker to each entity its statements are about, weighted by
/// how many statements that is. Relations with the same subject, predicate
/// and object are one `relation` edge weighted by how many there are.
/// Statements without a resolved speaker have no edge. Every attribute is
/// declared from the static table ``GraphMLKey/entityProjection`` with
/// `attr.name` and `attr.type` (`weight` and `size` are `double`, counts
/// `int`); lists are JSON-array strings.
///
/// Statement edges come first, sorted by speaker then topic, then relation
/// edges sorted by subject, object and predicate, so the output is
/// byte-stable. ``GraphMLReader`` does not read this file back into a
/// knowledge graph (statements are gone); it says so.
public struct EntityGraphMLWriter: GraphWriter {
  /// Creates a writer.
  public init() {}

  /// One projected edge: its ends, what it stands for, and from where.
  struct Edge {
    var source: String
    var target: String
    /// The predicate for a relation edge, nil for a statements edge.
    var predicate: Predicate?
    var count = 0
    var documents = Set<String>()
  }

  /// The GraphML text of the projection.
  ///
  /// - Parameter graph: The graph to project.
  /// - Returns: A complete GraphML document ending with a newline.
  /// - Throws: ``ExportError/encoding(format:reason:)`` if a list attribute
  ///   cannot be encoded as JSON, which plain strings do not cause.
  public func string(for graph: KnowledgeGraph) throws(ExportError) -> String {
    var out = """
      <?xml version="1.0" encoding="UTF-8"?>
      <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
      xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
      http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
        <desc>NewsGraph entity network: entities; statements edges (speaker to topic, weighted by statements) and relation edges (weighted by identical relations).</desc>

      """
    out += GraphMLWriter.declarations(GraphMLKey.entityProjection)
    out += "  <graph id=\"newsgraph-entities\" edgedefault=\"directed\">\n"

    let edges = Self.edges(of: graph)
    var statementsBy: [String: Int] = [:]
    var statementsAbout: [String: Int] = [:]
    for statement in graph.statements {
      if let speaker = statement.speaker { statementsBy[speaker, default: 0] += 1 }
      for topic in Set(statement.about) { statementsAbout[topic, default: 0] += 1 }
    }
    let nodeIDs = NodeIDs(graph)
    for entity in graph.entities {
      var body = data(.entityLabel, entity.name)
      if nodeIDs[entity.id] != entity.id { body += data(.originalID, entity.id) }
      body += data(.entityType, entity.type.rawValue)
      body += data(.entityName, entity.name)
      body += data(.entityAliases, try CompactJSON.string(entity.aliases, format: "GraphML"))
      body += data(.entityMentions, String(entity.mentionCount))
      body += data(.entityDocuments, try CompactJSON.string(entity.documents, format: "GraphML"))
      if let date = entity.date { body += data(.nodeDate, date) }
      if let affiliation = entity.affiliation { body += data(.entityAffiliation, affiliation) }
      if let place = entity.place { body += data(.entityPlace, place) }
      body += data(.entitySize, GraphMLWriter.number(Self.size(mentions: entity.mentionCount)))
      body += data(.entityStatementsBy, String(statementsBy[entity.id] ?? 0))
      body += data(.entityStatementsAbout, String(statementsAbout[entity.id] ?? 0))
      out += "    <node id=\"\(XMLText.attribute(nodeIDs[entity.id]))\">\n\(body)    </node>\n"
    }
    for (number, edge) in edges.enumerated() {
      let kind = edge.predicate == nil ? "statements" : "relation"
      var body = data(.projectionEdgeKind, kind)
      body += data(.projectionEdgeLabel, edge.predicate?.rawValue ?? "said")
      if let predicate = edge.predicate { body += data(.predicate, predicate.rawValue) }
      body += data(.weight, GraphMLWriter.number(Double(edge.count)))
      body += data(.edgeCount, String(edge.count))
      body += data(.edgeDocuments, try CompactJSON.string(edge.documents.sorted(), format: "GraphML"))
      out += "    <edge id=\"e\(number + 1)\" source=\"\(XMLText.attribute(nodeIDs[edge.source]))\""
      out += " target=\"\(XMLText.attribute(nodeIDs[edge.target]))\">\n\(body)    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }

  /// The projected edges: speaker → topic for statements, then relations
  /// grouped by subject, predicate and object; sorted as they are written.
  ///
  /// - Parameter graph: The graph to project.
  /// - Returns: The edges in the order they are written.
  static func edges(of graph: KnowledgeGraph) -> [Edge] {
    struct Pair: Hashable {
      var source: String
      var target: String
      var predicate: Predicate?
    }
    var grouped: [Pair: Edge] = [:]
    for statement in graph.statements {
      guard let speaker = statement.speaker else { continue }
      var seen = Set<String>()
      for topic in statement.about where seen.insert(topic).inserted {
        let pair = Pair(source: speaker, target: topic, predicate: nil)
        grouped[pair, default: Edge(source: speaker, target: topic)].count += 1
        grouped[pair]?.documents.insert(statement.document)
      }
    }
    for relation in graph.relations {
      let pair = Pair(source: relation.subject, target: relation.object, predicate: relation.predicate)
      grouped[pair, default: Edge(source: pair.source, target: pair.target, predicate: pair.predicate)]
        .count += 1
      grouped[pair]?.documents.insert(relation.document)
    }
    return grouped.values.sorted { a, b in
      if (a.predicate == nil) != (b.predicate == nil) { return a.predicate == nil }
      if a.source != b.source { return a.source < b.source }
      if a.target != b.target { return a.target < b.target }
      return (a.predicate?.rawValue ?? "") < (b.predicate?.rawValue ?? "")
    }
  }

  /// The drawing size of a node: 10 × √mentions (at least 10), to two
  /// decimals, so that node areas follow mention counts.
  ///
  /// - Parameter mentions: The entity's mention count.
  /// - Returns: The size.
  static func size(mentions: Int) -> Double {
    (1000 * Double(max(1, mentions)).squareRoot()).rounded() / 100
  }

  private func data(_ key: GraphMLKey, _ value: String) -> String {
    GraphMLWriter.data(key, value)
  }
}
