/// A statement while it is being extracted: token-level, before ids.
struct StatementDraft {
  /// The mention index of the speaker, if found.
  var speakerMention: Int?
  /// The speaker's tokens as written (may be wider than the mention, for
  /// groups such as "experts and officials in Ukraine and Europe").
  var speakerTokens: Range<Int>?
  /// The cue's tokens.
  var cue: Range<Int>?
  /// The content's scalar ranges, in order.
  var content: [Range<Int>]
  /// Direct, indirect or mixed.
  var kind: StatementKind
  /// The date stated in the attributing clause.
  var date: String?
  /// The resolved speaker entity index, filled by the extractor.
  var speakerEntity: Int?
  /// The rule that made the statement: set by the rule for one of its
  /// branches, else by the pass to the rule's name.
  var rule: RuleName?
}
