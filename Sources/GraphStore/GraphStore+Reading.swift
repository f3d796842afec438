internal import GRDB
import KnowledgeGraph

extension GraphStore {
  /// Every stored extraction, in document id order.
  ///
  /// Read in one snapshot, so a build running in another process is seen
  /// either before or after each of its documents, never half-way. Each
  /// extraction equals the one given to ``replace(_:contentHash:)``: lists
  /// keep their order, and empty lists and missing values read back as
  /// they were.
  /// - Returns: The extractions, sorted by document id.
  /// - Throws: ``StoreError/database(path:reason:)`` if a read fails;
  ///   ``StoreError/corrupt(path:reason:)`` if a row cannot be decoded.
  public func extractions() throws(StoreError) -> [Extraction] {
    try read { db in try ExtractionReader.read(db, documentID: nil) }
  }

  /// One stored extraction.
  ///
  /// - Parameter id: The document id.
  /// - Returns: The extraction, or nil when the store does not have it.
  /// - Throws: ``StoreError/database(path:reason:)`` if a read fails;
  ///   ``StoreError/corrupt(path:reason:)`` if a row cannot be decoded.
  public func extraction(id: String) throws(StoreError) -> Extraction? {
    try read { db in try ExtractionReader.read(db, documentID: id).first }
  }

  /// The knowledge graph of everything stored.
  ///
  /// The extractions are read in one snapshot and merged in document id
  /// order with ``KnowledgeGraph/merge(contentsOf:)`` (the graph of merging
  /// them one by one, in linear time), so the same store always gives the
  /// same graph.
  /// - Returns: The merged graph (empty for an empty store).
  /// - Throws: ``StoreError/database(path:reason:)`` if a read fails;
  ///   ``StoreError/corrupt(path:reason:)`` if a row cannot be decoded or a
  ///   stored extraction cannot be merged.
  public func graph() throws(StoreError) -> KnowledgeGraph {
    var graph = KnowledgeGraph()
    let extractions = try extractions()
    do {
      try graph.merge(contentsOf: extractions)
    } catch {
      throw .corrupt(path: path, reason: error.description)
    }
    return graph
  }
}
