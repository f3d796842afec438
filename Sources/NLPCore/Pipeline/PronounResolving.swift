/// A mention offered to a ``PronounResolving`` resolver: its tokens and what
/// the extraction already knows about it.
public struct ReferenceMention: Sendable, Equatable {
  /// The mention's tokens in the document.
  public var tokens: Range<Int>
  /// Its entity type in GUM's terms (`person`, `organization`, `place`,
  /// `event`) when it is a name, else empty.
  public var entityType: String
  /// The entity it already belongs to (names clustered by the caller), if any.
  public var chain: Int?

  /// Creates a mention.
  public init(tokens: Range<Int>, entityType: String = "", chain: Int? = nil) {
    self.tokens = tokens
    self.entityType = entityType
    self.chain = chain
  }
}

/// Finds the antecedents of third-person pronouns in an analysed document.
///
/// Implemented by the trained coreference resolver of `NLPModels`; the
/// extraction takes any implementation so its rules stay testable without
/// models.
public protocol PronounResolving: Sendable {
  /// For each mention, the index (in `mentions`) of the antecedent the
  /// resolver links it to; nil for mentions that are no pronoun, pronouns
  /// that start a new chain, or when the document has no parse.
  ///
  /// - Parameters:
  ///   - mentions: The document's mentions, in any order.
  ///   - document: The document with tags and a dependency parse.
  /// - Returns: One entry per mention.
  func antecedents(of mentions: [ReferenceMention], in document: Document) -> [Int?]
}
