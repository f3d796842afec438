import KnowledgeGraph

/// What a diagram shows, chosen from a graph by ``DiagramOptions``: the
/// entities, statement nodes (full diagrams) and edges, each aggregated and
/// sorted so that the DOT text is byte-stable.
struct DiagramContent {
  /// Statements from one speaker about one entity, drawn as one edge.
  struct SpeechEdge {
    /// The speaker's entity id.
    var source: String
    /// The topic's entity id.
    var target: String
    /// The statements, in graph order.
    var statements: [Statement]
    /// Whether the edge carries a text label.
    var isLabelled = true
  }

  /// Relations with the same subject, predicate and object, drawn as one edge.
  struct RelationEdge {
    /// The subject's entity id.
    var subject: String
    /// The shared predicate.
    var predicate: Predicate
    /// The object's entity id.
    var object: String
    /// The relations, in graph order.
    var relations: [Relation]
    /// Whether the edge carries a text label.
    var isLabelled = true
  }

  /// The entities drawn, sorted by id.
  var entities: [Entity] = []
  /// Statement nodes (only when statements are not collapsed), graph order.
  var statements: [Statement] = []
  /// Collapsed statement edges, sorted by source then target.
  var speechEdges: [SpeechEdge] = []
  /// Relation edges, sorted by subject, object, predicate.
  var relationEdges: [RelationEdge] = []
  /// The focus entity id, when it is drawn.
  var focus: String?

  /// The number of nodes drawn, legend excluded.
  var nodeCount: Int { entities.count + statements.count }

  /// The number of edges drawn, legend excluded.
  var edgeCount: Int {
    statements.reduce(speechEdges.count + relationEdges.count) { count, statement in
      count + (statement.speaker == nil ? 0 : 1) + statement.about.count
    }
  }

  /// Chooses what to draw.
  ///
  /// - Parameters:
  ///   - graph: The whole graph.
  ///   - options: The focus, filters and limits.
  init(graph: KnowledgeGraph, options: DiagramOptions) {
    let scoped =
      options.focus != nil || options.types != nil
      ? graph.subgraph(focus: options.focus, depth: options.depth, types: options.types) : graph
    focus = options.focus.flatMap { scoped.entity(id: $0) != nil ? $0 : nil }
    let collapse = options.collapseStatements

    // Entities with something to draw, unless isolated ones are wanted.
    var candidates = Set(scoped.entitiesByID.keys)
    if options.namedEntitiesOnly, !options.includeIsolated {
      candidates = candidates.filter { id in
        id == focus || scoped.entity(id: id).map(Self.isNamed) ?? false
      }
    }
    if !options.includeIsolated {
      let connected = Self.connected(in: scoped, among: candidates, collapse: collapse)
      if !connected.isEmpty { candidates = connected.union(focus.map { [$0] } ?? []) }
    }
    // The most important ones.
    if let limit = options.topEntities, candidates.count > limit {
      var kept = scoped.topEntities(limit: scoped.entitiesByID.count)
        .filter(candidates.contains).prefix(max(0, limit))
      if let focus, !kept.contains(focus) { kept = [focus] + kept.dropLast() }
      candidates = Set(kept)
      if !options.includeIsolated {
        let connected = Self.connected(in: scoped, among: candidates, collapse: collapse)
        if !connected.isEmpty { candidates = connected.union(focus.map { [$0] } ?? []) }
      }
    }

    entities = scoped.entities.filter { candidates.contains($0.id) }
    var relationGroups: [String: RelationEdge] = [:]
    for relation in scoped.relations
    where candidates.contains(relation.subject) && candidates.contains(relation.object) {
      let key = [relation.subject, relation.object, relation.predicate.rawValue].joined(
        separator: "\u{0}")
      relationGroups[
        key,
        default: RelationEdge(
          subject: relation.subject, predicate: relation.predicate, object: relation.object,
          relations: [])
      ].relations.append(relation)
    }
    relationEdges = relationGroups.sorted { $0.key < $1.key }.map(\.value)

    if collapse {
      var speech: [String: SpeechEdge] = [:]
      for statement in scoped.statements {
        guard let speaker = statement.speaker, candidates.contains(speaker) else { continue }
        for target in statement.about where target != speaker && candidates.contains(target) {
          speech[
            speaker + "\u{0}" + target,
            default: SpeechEdge(
              source: speaker, target: target, statements: [])
          ].statements.append(statement)
        }
      }
      speechEdges = speech.sorted { $0.key < $1.key }.map(\.value)
      selectEdges(options: options)
      if !options.includeIsolated, options.maxEdges != nil, !speechEdges.isEmpty || !relationEdges.isEmpty {
        var touched = Set(speechEdges.flatMap { [$0.source, $0.target] })
        touched.formUnion(relationEdges.flatMap { [$0.subject, $0.object] })
        if let focus { touched.insert(focus) }
        entities = entities.filter { touched.contains($0.id) }
      }
    } else {
      statements = scoped.statements.compactMap { statement in
        var kept = statement
        if let speaker = statement.speaker, !candidates.contains(speaker) { kept.speaker = nil }
        kept.about = statement.about.filter(candidates.contains)
        kept.stance = statement.stance?.filter { candidates.contains($0.key) }
        let linked = kept.speaker != nil || !kept.about.isEmpty
        return linked || options.includeIsolated ? kept : nil
      }
    }
  }

  /// Whether an entity has a name of its own: not a lower-case common noun,
  /// not a group without an affiliation, not an entity of one document
  /// kept apart because its name was ambiguous (`…-in-<document>`).
  static func isNamed(_ entity: Entity) -> Bool {
    guard let first = entity.name.unicodeScalars.first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }),
      !first.properties.isLowercase
    else { return false }
    if entity.type == .group, entity.affiliation == nil { return false }
    if entity.documents.count == 1, let document = entity.documents.first,
      entity.id.hasSuffix("-in-" + EntitySlug.slug(document))
    {
      return false
    }
    return true
  }

  /// Keeps the strongest edges: each node's ``DiagramOptions/edgesPerNode``
  /// first, then the strongest others up to ``DiagramOptions/maxEdges``;
  /// marks the ``DiagramOptions/labelledEdges`` strongest for a label.
  private mutating func selectEdges(options: DiagramOptions) {
    // (is a relation edge, index, weight, ends)
    var all: [(relation: Bool, index: Int, weight: Int, ends: (String, String))] = []
    for (index, edge) in speechEdges.enumerated() {
      all.append((false, index, edge.statements.count, (edge.source, edge.target)))
    }
    for (index, edge) in relationEdges.enumerated() {
      all.append((true, index, 2 * edge.relations.count, (edge.subject, edge.object)))
    }
    // Strongest first; ties in a fixed order (relations, then by position).
    all.sort { ($1.weight, $1.relation ? 1 : 0, $0.index) < ($0.weight, $0.relation ? 1 : 0, $1.index) }
    var kept = Array(all.indices)
    if let limit = options.maxEdges {
      var perNode: [String: Int] = [:]
      var chosen = Set<Int>()
      for (position, edge) in all.enumerated()
      where perNode[edge.ends.0, default: 0] < options.edgesPerNode
        || perNode[edge.ends.1, default: 0] < options.edgesPerNode
      {
        chosen.insert(position)
        perNode[edge.ends.0, default: 0] += 1
        perNode[edge.ends.1, default: 0] += 1
      }
      for position in all.indices where chosen.count < limit { chosen.insert(position) }
      kept = chosen.sorted().prefix(max(0, limit)).map { $0 }
    }
    let labelled = Set(kept.prefix(options.labelledEdges ?? kept.count))
    var speech: [SpeechEdge] = []
    var relations: [RelationEdge] = []
    for position in kept.sorted(by: { (all[$0].relation ? 1 : 0, all[$0].index) < (all[$1].relation ? 1 : 0, all[$1].index) }) {
      let edge = all[position]
      if edge.relation {
        var copy = relationEdges[edge.index]
        copy.isLabelled = labelled.contains(position)
        relations.append(copy)
      } else {
        var copy = speechEdges[edge.index]
        copy.isLabelled = labelled.contains(position)
        speech.append(copy)
      }
    }
    speechEdges = speech
    relationEdges = relations
  }

  /// The entities among `candidates` that a drawn edge would touch.
  private static func connected(
    in graph: KnowledgeGraph, among candidates: Set<String>, collapse: Bool
  ) -> Set<String> {
    var touched = Set<String>()
    for relation in graph.relations
    where candidates.contains(relation.subject) && candidates.contains(relation.object) {
      touched.formUnion([relation.subject, relation.object])
    }
    for statement in graph.statements {
      let speaker = statement.speaker.flatMap { candidates.contains($0) ? $0 : nil }
      let about = statement.about.filter { candidates.contains($0) && $0 != speaker }
      if collapse {
        guard let speaker, !about.isEmpty else { continue }
        touched.insert(speaker)
        touched.formUnion(about)
      } else {
        if let speaker { touched.insert(speaker) }
        touched.formUnion(about)
      }
    }
    return touched
  }
}
