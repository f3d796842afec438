/// Who said what about whom, as found in one document.
public struct StatementRecord: Codable, Sendable, Hashable {
  /// The speaker's mention in the attributing clause and the entity it
  /// resolves to.
  public struct Speaker: Codable, Sendable, Hashable {
    /// The resolved entity id, or nil when it could not be resolved.
    public var entity: String?
    /// The mention as written ("he", "the president", "Berg").
    public var text: String
    /// The scalar offset of the mention's first character.
    public var start: Int
    /// The scalar offset one past the mention's last character.
    public var end: Int

    /// Creates a speaker reference.
    ///
    /// - Parameters:
    ///   - entity: The resolved entity id, if any.
    ///   - span: The mention in the text.
    public init(entity: String?, span: TextSpan) {
      self.entity = entity
      self.text = span.text
      self.start = span.start
      self.end = span.end
    }

    /// The mention as a span.
    public var span: TextSpan { TextSpan(text: text, start: start, end: end) }
  }

  /// The speaker, or nil when the text names no source.
  public var speaker: Speaker?
  /// The reporting verb or phrase ("said", "made comments"), if any.
  public var cue: TextSpan?
  /// What was said: several spans when a quote is interrupted.
  public var content: [TextSpan]
  /// Direct, indirect or mixed.
  public var kind: StatementKind
  /// Ids of the entities the content is about.
  public var about: [String]
  /// The date of the statement as written, when stated.
  public var date: String?
  /// The name of the rule that found the statement
  /// (`parse.clausal-complement`, `quote.after-speaker-cue`, ...), when known.
  public var rule: String?
  /// The speaker's stance toward each entity of ``about`` (keys exactly
  /// the about ids), or nil when no stance was judged.
  public var stance: [String: Stance]?

  /// Creates a statement record.
  ///
  /// - Parameters:
  ///   - speaker: The speaker, if named.
  ///   - cue: The reporting verb or phrase.
  ///   - content: The content spans, in text order.
  ///   - kind: How it is reported.
  ///   - about: The entity ids the content is about.
  ///   - date: The date when stated.
  ///   - rule: The name of the rule that found it.
  ///   - stance: The stance toward each about entity, when judged.
  public init(
    speaker: Speaker?, cue: TextSpan?, content: [TextSpan], kind: StatementKind,
    about: [String] = [], date: String? = nil, rule: String? = nil, stance: [String: Stance]? = nil
  ) {
    self.speaker = speaker
    self.cue = cue
    self.content = content
    self.kind = kind
    self.about = about
    self.date = date
    self.rule = rule
    self.stance = stance
  }

  /// The content spans joined with " … " for display.
  public var contentText: String {
    content.map(\.text).joined(separator: " … ")
  }
}
