/// Why entities of different documents were joined into one.
///
/// Kept in the graph so that every join can be explained (`newsgraph
/// explain NAME`). A decision about an id in every document that uses it is
/// one of ``KnowledgeGraph/merges``; one that holds in some documents only
/// (the "Blair" of a rugby report is Mike Blair, that of a politics report
/// Tony Blair) is one of ``KnowledgeGraph/assignments`` and lists them.
public struct MergeDecision: Codable, Sendable, Hashable {
  /// The id the documents gave the entity.
  public var from: String
  /// The id of the graph entity it became.
  public var into: String
  /// The rule or evidence that joined them, in words.
  public var reason: String
  /// The documents the decision was taken in, when not all documents
  /// using `from` took it; nil for all of them.
  public var documents: [String]?

  /// Creates a merge decision.
  ///
  /// - Parameters:
  ///   - from: The id merged away.
  ///   - into: The id kept.
  ///   - reason: Why.
  ///   - documents: The documents it holds in, or nil for all.
  public init(from: String, into: String, reason: String, documents: [String]? = nil) {
    self.from = from
    self.into = into
    self.reason = reason
    self.documents = documents
  }
}
