/// A corpus merged into one graph: the graph, and each document's
/// extraction with the graph's entity ids.
public struct ResolvedCorpus: Sendable {
  /// The knowledge graph, entities joined across documents.
  public var graph: KnowledgeGraph
  /// Every document's extraction (duplicates included), in document id
  /// order, with each entity's id replaced by the id of the graph entity it
  /// became; entities of one document that became one graph entity are one
  /// record, and dropped entities are gone.
  public var extractions: [Extraction]
}

extension KnowledgeGraph {
  /// Builds the graph of a corpus, joining the entities that different
  /// documents name differently, with the reasons kept.
  ///
  /// Documents with the same content hash are one document: the first id
  /// is kept, the others are listed as its ``DocumentInfo/duplicates``, and
  /// their statements and mentions count once. Then entities are joined as
  /// described in `IdentityResolver`: names without descriptors, one type
  /// per name where the evidence decides, full names by name, events by
  /// year and place, bare surnames and initials to the one full name they
  /// fit or that their document points to, never a bare first name. Each
  /// join is recorded in ``merges`` (an id joined in every document) or
  /// ``assignments`` (in some documents only).
  /// - Parameters:
  ///   - extractions: The extractions, in any order; for a document id
  ///     given twice, the later one wins.
  ///   - overrides: The user's corrections (``EntityOverrides``).
  ///   - contentHashes: Each document's content hash, by document id;
  ///     documents without one are never duplicates.
  ///   - knownNames: Names the word lists give a type (countries, places,
  ///     organizations), the evidence that outweighs a recognizer's guess.
  ///   - texts: The documents' texts, by document id: where given, names
  ///     the corpus resolved are looked for where a document's extraction
  ///     missed them (`MentionRecovery`).
  /// - Returns: The graph and the extractions in the graph's ids.
  /// - Throws: ``GraphError/unknownEntity(_:document:)`` if a statement or
  ///   relation uses an id its extraction lacks.
  public static func resolving(
    _ extractions: [Extraction], overrides: EntityOverrides = EntityOverrides(),
    contentHashes: [String: String] = [:], knownNames: [String: Set<EntityType>] = [:],
    texts: [String: String] = [:]
  ) throws(GraphError) -> ResolvedCorpus {
    for extraction in extractions { try validate(extraction) }
    var latest: [String: Extraction] = [:]
    for extraction in extractions { latest[extraction.document.id] = extraction }
    let all = latest.values.sorted { $0.document.id < $1.document.id }
    // One document per distinct text.
    var canonicalOf: [String: String] = [:]
    var firstWithHash: [String: String] = [:]
    var canonical: [Extraction] = []
    var duplicates: [String: [DocumentInfo]] = [:]
    for extraction in all {
      let id = extraction.document.id
      if let hash = contentHashes[id], !hash.isEmpty {
        if let first = firstWithHash[hash] {
          canonicalOf[id] = first
          duplicates[first, default: []].append(extraction.document)
          continue
        }
        firstWithHash[hash] = id
      }
      canonicalOf[id] = id
      canonical.append(extraction)
    }
    var resolver = IdentityResolver(extractions: canonical, overrides: overrides, knownNames: knownNames)
    if !texts.isEmpty {
      resolver.commonWords = CommonWords(
        candidates: resolver.firstWordsOfNames(), texts: canonical.lazy.compactMap { texts[$0.document.id] }
      ).words
      let documentTexts = canonical.map { texts[$0.document.id] }
      resolver.readTeams(texts: documentTexts)
      resolver.readTitles(texts: documentTexts)
    }
    resolver.resolve()
    let outcome = resolver.outcome()

    let recovery = MentionRecovery(
      entities: outcome.entities.filter { !$0.value.isLocal }.map { id, entity in
        (id, outcome.types[id] ?? .organization, entity.name, entity.aliases, entity.documents)
      })
    func finished(_ extraction: Extraction, document: Int) -> Extraction {
      let rewritten = outcome.rewrite(extraction, document: document)
      guard let text = texts[extraction.document.id] else { return rewritten }
      return recovery.recover(in: rewritten, text: text)
    }
    var graph = KnowledgeGraph()
    let rewritten = canonical.enumerated().map { finished($1, document: $0) }
    try graph.merge(contentsOf: rewritten)
    for index in graph.documents.indices {
      if let others = duplicates[graph.documents[index].id] { graph.documents[index].duplicates = others }
    }
    for (id, entity) in outcome.entities {
      guard var kept = graph.entitiesByID[id] else { continue }
      kept.name = entity.name
      kept.aliases = entity.aliases
      kept.roles = entity.roles.isEmpty ? nil : entity.roles
      graph.entitiesByID[id] = kept
    }
    graph.merges = outcome.merges
    graph.assignments = outcome.assignments
    graph.checkInvariants()

    let byID = Dictionary(uniqueKeysWithValues: canonical.enumerated().map { ($1.document.id, $0) })
    let output = all.map { extraction -> Extraction in
      let id = extraction.document.id
      guard let index = canonicalOf[id].flatMap({ byID[$0] }) else { return extraction }
      return index < rewritten.count && rewritten[index].document.id == id
        ? rewritten[index] : finished(extraction, document: index)
    }
    return ResolvedCorpus(graph: graph, extractions: output)
  }

  /// The decisions that explain an entity: every join into it.
  ///
  /// - Parameter id: An entity id.
  /// - Returns: The decisions from ``merges`` and ``assignments``, in id
  ///   order.
  public func mergeHistory(of id: String) -> [MergeDecision] {
    (merges + assignments).filter { $0.into == id }
      .sorted { ($0.from, $0.reason) < ($1.from, $1.reason) }
  }
}
