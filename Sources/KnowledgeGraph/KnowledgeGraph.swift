/// The knowledge graph: entities, statements and relations merged from many
/// documents' extractions.
///
/// A value type: merging returns nothing shared, and a graph can be passed
/// between tasks freely. Entities are kept by id; statements and relations in
/// document order, so that the same input always gives the same graph and the
/// exporters write byte-identical files.
///
/// ```swift
/// var graph = KnowledgeGraph()
/// for extraction in extractions { try graph.merge(extraction) }
/// let quotes = graph.statements(speaker: "Berg")
/// ```
public struct KnowledgeGraph: Sendable, Hashable {
  /// The documents merged so far, sorted by id.
  public internal(set) var documents: [DocumentInfo] = []
  /// The entities by id.
  public internal(set) var entitiesByID: [String: Entity] = [:]
  /// The statements, sorted by document then position.
  public internal(set) var statements: [Statement] = []
  /// The relations, sorted by document then position; identical facts
  /// from the same document are kept once.
  public internal(set) var relations: [Relation] = []
  /// The cross-document joins taken by ``resolving(_:overrides:contentHashes:)``
  /// that hold in every document using the joined id.
  public internal(set) var merges: [MergeDecision] = []
  /// The joins that hold in some documents only (the same id names
  /// different entities in different documents).
  public internal(set) var assignments: [MergeDecision] = []

  /// Creates an empty graph.
  public init() {}

  /// Creates a graph from its parts, as read back from a file.
  ///
  /// - Parameters:
  ///   - documents: The documents.
  ///   - entities: The entities.
  ///   - statements: The statements.
  ///   - relations: The relations.
  /// - Throws: ``GraphError/unknownEntity(_:document:)`` when a statement or
  ///   relation refers to an entity not in `entities`.
  public init(
    documents: [DocumentInfo], entities: [Entity], statements: [Statement],
    relations: [Relation]
  ) throws(GraphError) {
    self.documents = documents.sorted { $0.id < $1.id }
    for entity in entities { entitiesByID[entity.id] = entity }
    self.statements = statements
    self.relations = relations
    try validateReferences()
    sortContents()
    checkInvariants()
  }

  /// The entities sorted by id.
  public var entities: [Entity] {
    entitiesByID.values.sorted { $0.id < $1.id }
  }

  /// The entity with an id, if present.
  ///
  /// - Parameter id: An entity id such as `person:anna-berg`.
  /// - Returns: The entity, or nil.
  public func entity(id: String) -> Entity? { entitiesByID[id] }

  /// Whether the graph has nothing in it.
  public var isEmpty: Bool { entitiesByID.isEmpty && statements.isEmpty && relations.isEmpty }

  func validateReferences() throws(GraphError) {
    for statement in statements {
      for id in [statement.speaker].compactMap({ $0 }) + statement.about
      where entitiesByID[id] == nil {
        throw .unknownEntity(id, document: statement.document)
      }
    }
    for relation in relations {
      for id in [relation.subject, relation.object] where entitiesByID[id] == nil {
        throw .unknownEntity(id, document: relation.document)
      }
    }
  }

  mutating func sortContents() {
    statements.sort { ($0.document, $0.start, $0.id) < ($1.document, $1.start, $1.id) }
    relations.sort {
      ($0.document, $0.evidence.start, $0.subject, $0.predicate.rawValue, $0.object)
        < ($1.document, $1.evidence.start, $1.subject, $1.predicate.rawValue, $1.object)
    }
  }

  /// Checks the graph's internal consistency in debug builds.
  ///
  /// Every statement and relation refers to entities in the graph; every
  /// entity's id starts with its type; documents are sorted and unique.
  public func checkInvariants() {
    #if DEBUG
      for (id, entity) in entitiesByID {
        assert(entity.id == id, "entity stored under another id")
      }
      for statement in statements {
        assert(statement.speaker.map { entitiesByID[$0] != nil } ?? true)
        assert(statement.about.allSatisfy { entitiesByID[$0] != nil })
        assert(statement.stance.map { Set($0.keys) == Set(statement.about) } ?? true, "stance keys differ from about")
      }
      for relation in relations {
        assert(entitiesByID[relation.subject] != nil && entitiesByID[relation.object] != nil)
      }
      for (a, b) in zip(documents, documents.dropFirst()) {
        assert(a.id < b.id, "documents unsorted or duplicated")
      }
    #endif
  }
}
