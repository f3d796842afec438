/// A node of the knowledge graph for one thing someone said.
///
/// The graph links it to its speaker (`said`) and to the entities it is
/// about (`about`).
public struct Statement: Codable, Sendable, Hashable, Identifiable {
  /// A stable id: `statement:<document>:<n>`, n counting from 1 in text order.
  public var id: String
  /// The speaker's entity id, if resolved.
  public var speaker: String?
  /// The speaker mention as written ("he", "the president").
  public var speakerText: String?
  /// The reporting verb or phrase as written.
  public var cue: String?
  /// Direct, indirect or mixed.
  public var kind: StatementKind
  /// The content spans, in text order.
  public var content: [TextSpan]
  /// The ids of the entities it is about, sorted.
  public var about: [String]
  /// The id of the document it comes from.
  public var document: String
  /// The date when stated in the text.
  public var date: String?
  /// The name of the extraction rule that found it, when known.
  public var rule: String?
  /// The speaker's stance toward each entity of ``about``, when judged.
  public var stance: [String: Stance]?

  /// Creates a statement.
  ///
  /// - Parameters:
  ///   - id: The statement id.
  ///   - speaker: The speaker entity id.
  ///   - speakerText: The speaker mention as written.
  ///   - cue: The reporting verb.
  ///   - kind: Direct, indirect or mixed.
  ///   - content: The content spans.
  ///   - about: The entity ids it is about.
  ///   - document: The document id.
  ///   - date: The date when stated.
  ///   - rule: The name of the rule that found it.
  ///   - stance: The stance toward each about entity, when judged.
  public init(
    id: String, speaker: String?, speakerText: String?, cue: String?,
    kind: StatementKind, content: [TextSpan], about: [String], document: String,
    date: String? = nil, rule: String? = nil, stance: [String: Stance]? = nil
  ) {
    self.id = id
    self.speaker = speaker
    self.speakerText = speakerText
    self.cue = cue
    self.kind = kind
    self.content = content
    self.about = about
    self.document = document
    self.date = date
    self.rule = rule
    self.stance = stance
  }

  /// The content spans joined with " … ".
  public var text: String { content.map(\.text).joined(separator: " … ") }

  /// The scalar offset where the content starts.
  public var start: Int { content.first?.start ?? 0 }

  /// The scalar offset where the content ends.
  public var end: Int { content.last?.end ?? 0 }
}
