/// One relation rule: a stable name, where it looks, and its function
/// (the relation counterpart of ``ParseRule``); every relation it finds
/// carries its name.
struct RelationRule: Sendable {
  /// Where a rule looks.
  enum Scope: Sendable {
    /// Once over the whole document (its mentions).
    case document
    /// Once per sentence.
    case sentence
  }

  /// The rule's name, written on the relations it finds.
  let name: RuleName
  /// Names the rule writes instead of ``name`` for its branches, if any.
  var variants: [RuleName] = []
  /// Where it looks.
  let scope: Scope
  /// The rule: the relations found in a token range (a sentence, or the
  /// whole document for ``Scope/document``), in the order found.
  let apply: @Sendable (RelationExtractor, Range<Int>) -> [RelationDraft]
}

/// The relation rules in the order they run: document rules once, and
/// each run of consecutive sentence rules sentence by sentence (so their
/// relations interleave in text order). ``RelationExtractor/extract()``
/// then sorts all by where their evidence starts, keeping this order
/// among equal starts.
enum RelationRules {
  /// The rules, in order.
  static let all: [RelationRule] = [.role, .verb, .membership, .partOf, .eventPlace]

  /// Every name a relation may carry: the rules' and their variants',
  /// then the parse patterns' (``RelationPatterns``), which run after them.
  static var names: [RuleName] { all.flatMap { [$0.name] + $0.variants } + RelationPatterns.all.map(\.name) }
}
