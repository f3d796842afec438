extension KnowledgeGraph {
  /// Adds one document's extraction to the graph.
  ///
  /// Entities with the same id are merged: their aliases are combined, their
  /// mention counts added and the longer name kept as canonical. If the graph
  /// already holds a document with the same id, its statements and relations
  /// are replaced (entity counts from the older version are not subtracted;
  /// rebuild the graph to drop them).
  /// - Parameter extraction: One document's extraction.
  /// - Returns: The ids of entities that were new to the graph, sorted.
  /// - Throws: ``GraphError/unknownEntity(_:document:)`` if a statement or
  ///   relation uses an id the extraction lacks.
  @discardableResult
  public mutating func merge(_ extraction: Extraction) throws(GraphError) -> [String] {
    try Self.validate(extraction)
    let documentID = extraction.document.id
    if documents.contains(where: { $0.id == documentID }) {
      statements.removeAll { $0.document == documentID }
      relations.removeAll { $0.document == documentID }
    }
    let added = append(extraction)
    if let index = documents.firstIndex(where: { $0.id == documentID }) {
      documents[index] = extraction.document
    } else {
      documents.append(extraction.document)
      documents.sort { $0.id < $1.id }
    }
    sortContents()
    return added.sorted()
  }

  /// Adds many documents' extractions at once: the same result as merging
  /// them one by one, in linear rather than quadratic time.
  ///
  /// - Parameter extractions: The extractions, in any order; for a document
  ///   id given twice, the later one wins.
  /// - Returns: The ids of entities that were new to the graph, sorted.
  /// - Throws: ``GraphError/unknownEntity(_:document:)`` if a statement or
  ///   relation uses an id its extraction lacks; nothing is merged then.
  @discardableResult
  public mutating func merge(contentsOf extractions: [Extraction]) throws(GraphError) -> [String] {
    for extraction in extractions { try Self.validate(extraction) }
    var latest: [String: Int] = [:]
    for (index, extraction) in extractions.enumerated() { latest[extraction.document.id] = index }
    let replaced = Set(latest.keys)
    statements.removeAll { replaced.contains($0.document) }
    relations.removeAll { replaced.contains($0.document) }
    var added: [String] = []
    var byID = Dictionary(documents.map { ($0.id, $0) }, uniquingKeysWith: { _, new in new })
    for (index, extraction) in extractions.enumerated() where latest[extraction.document.id] == index {
      added += append(extraction)
      byID[extraction.document.id] = extraction.document
    }
    documents = byID.values.sorted { $0.id < $1.id }
    sortContents()
    return Array(Set(added)).sorted()
  }

  /// Checks that every id a statement or relation uses is an entity of the
  /// extraction: what ``merge(_:)`` checks before it changes anything.
  ///
  /// - Parameter extraction: One document's extraction.
  /// - Throws: ``GraphError/unknownEntity(_:document:)`` naming the first
  ///   id that is not one of its entities.
  package static func validate(_ extraction: Extraction) throws(GraphError) {
    let documentID = extraction.document.id
    let known = Set(extraction.allEntities.map(\.id))
    for record in extraction.statements {
      for id in [record.speaker?.entity].compactMap({ $0 }) + record.about where !known.contains(id) {
        throw .unknownEntity(id, document: documentID)
      }
    }
    for record in extraction.relations {
      for id in [record.subject, record.object] where !known.contains(id) {
        throw .unknownEntity(id, document: documentID)
      }
    }
  }

  /// Adds an extraction's entities, statements and relations, unsorted;
  /// returns the ids of new entities.
  private mutating func append(_ extraction: Extraction) -> [String] {
    let documentID = extraction.document.id
    var added: [String] = []
    for record in extraction.allEntities {
      if mergeEntity(record, document: documentID, date: extraction.document.date) { added.append(record.id) }
    }
    for (index, record) in extraction.statements.enumerated() {
      statements.append(
        Statement(
          id: "statement:\(documentID):\(index + 1)", speaker: record.speaker?.entity,
          speakerText: record.speaker?.text, cue: record.cue?.text, kind: record.kind,
          content: record.content, about: Array(Set(record.about)).sorted(),
          document: documentID, date: record.date, rule: record.rule, stance: record.stance))
    }
    var seen = Set<Relation>()
    for record in extraction.relations {
      let relation = Relation(
        subject: record.subject, predicate: record.predicate, object: record.object,
        verb: record.verb, title: record.title, date: record.date, place: record.place, document: documentID,
        evidence: record.evidence, rule: record.rule)
      // One relation found twice keeps the first rule that found it.
      var key = relation
      key.rule = nil
      if seen.insert(key).inserted { relations.append(relation) }
    }
    return added
  }

  /// Merges one entity record; returns whether the entity is new.
  private mutating func mergeEntity(_ record: EntityRecord, document: String, date: String?) -> Bool {
    // Taken out of the table while it changes, so that its lists are
    // changed in place rather than copied once per document.
    guard var entity = entitiesByID.removeValue(forKey: record.id) else {
      entitiesByID[record.id] = Entity(
        id: record.id, type: record.type, name: record.name,
        aliases: Array(Set(record.aliases).subtracting([record.name])).sorted(),
        mentionCount: record.mentions.count, documents: [document], date: record.date,
        affiliation: record.affiliation, mentionsPerDocument: [document: record.mentions.count],
        firstSeen: date, lastSeen: date, place: record.place)
      return true
    }
    var names = Set(entity.aliases).union(record.aliases)
    names.insert(entity.name)
    names.insert(record.name)
    if record.name.unicodeScalars.count > entity.name.unicodeScalars.count {
      entity.name = record.name
    }
    names.remove(entity.name)
    entity.aliases = names.sorted()
    // A document merged again replaces its own count.
    entity.mentionCount += record.mentions.count - (entity.mentionsPerDocument[document] ?? 0)
    entity.mentionsPerDocument[document] = record.mentions.count
    if let date {
      if entity.firstSeen.map({ date < $0 }) ?? true { entity.firstSeen = date }
      if entity.lastSeen.map({ date > $0 }) ?? true { entity.lastSeen = date }
    }
    // Documents stay sorted: find the place by binary search (the end, when
    // documents are merged in id order).
    var low = 0
    var high = entity.documents.count
    while low < high {
      let mid = (low + high) / 2
      if entity.documents[mid] < document { low = mid + 1 } else { high = mid }
    }
    if low == entity.documents.count || entity.documents[low] != document {
      entity.documents.insert(document, at: low)
    }
    entity.date = entity.date ?? record.date
    entity.affiliation = entity.affiliation ?? record.affiliation
    entity.place = entity.place ?? record.place
    entitiesByID[record.id] = entity
    return false
  }
}
