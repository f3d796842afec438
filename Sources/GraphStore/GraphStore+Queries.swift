import KnowledgeGraph

extension GraphStore {
  /// The statements by a speaker and/or about an entity, straight from the
  /// indexes, without building the graph.
  ///
  /// Both arguments are entity ids (`person:anna-berg`); resolve names
  /// first, e.g. with ``KnowledgeGraph/entities(named:)``. A statement
  /// matches `speaker` when its resolved speaker is that entity, and `about`
  /// when the entity is among those it is about. The statements are the ones
  /// ``graph()`` holds (same ids, `about` sorted and unique), in the same
  /// order (document, then position).
  /// - Parameters:
  ///   - speaker: A speaker's entity id, or nil for any speaker.
  ///   - about: An entity id the statement must be about, or nil for any.
  /// - Returns: The matching statements.
  /// - Throws: ``StoreError/database(path:reason:)`` if the read fails;
  ///   ``StoreError/corrupt(path:reason:)`` if a row cannot be decoded.
  public func statements(speaker: String? = nil, about: String? = nil) throws(StoreError)
    -> [Statement]
  {
    try matchingStatements(speaker: speaker, about: about)
  }
}
