/// The passes that find statements, each with its ordered rules in
/// ``AttributionRules``; ``StatementExtractor/extract()`` merges them.
enum AttributionPass: String, Sendable, CaseIterable {
  /// Statements read off the dependency parse (when the models ran).
  case parse
  /// Statements found by word patterns around reporting verbs: all of
  /// them without a parse, with one those whose content no parsed
  /// statement covers.
  case pattern
  /// Direct quotes and who said them.
  case quote
}

/// A rule of the parse pass: the statement a token heads on the parse.
///
/// Like swift-format's `Rule`, a rule is a name and a function; the pass
/// tries ``AttributionRules/parse`` in order at each word outside a
/// quotation and keeps the first statement found.
struct ParseRule: Sendable {
  /// Where a parse rule is tried: a word of a sentence.
  struct Site {
    /// The token (the pass moves one site along its sentence).
    var token: Int
    /// The sentence's tokens.
    let sentence: Range<Int>
    /// The parse.
    let tree: ParseTree
  }

  /// The rule's name, written on the statements it makes.
  let name: RuleName
  /// Names the rule writes instead of ``name`` for its branches, if any.
  var variants: [RuleName] = []
  /// The rule: the statement at the site, or nil.
  let apply: @Sendable (StatementExtractor, Site) -> StatementDraft?

  /// The pass.
  var pass: AttributionPass { .parse }
}

/// A rule of the word-pattern pass: a statement found from a token by
/// the words around it.
struct PatternRule: Sendable {
  /// The state of the pattern pass over one sentence.
  struct Scan {
    /// The sentence's tokens.
    let sentence: Range<Int>
    /// The token being tried.
    var token: Int
    /// The statements found so far in the sentence.
    var drafts: [StatementDraft] = []
    /// Tokens before this one are inside a statement found already.
    var coveredUntil: Int
    /// The quotes found inside contents (mixed statements).
    var consumed = Set<Int>()

    init(sentence: Range<Int>) {
      self.sentence = sentence
      token = sentence.lowerBound
      coveredUntil = sentence.lowerBound
    }
  }

  /// The rule's name, written on the statements it makes.
  let name: RuleName
  /// Names the rule writes instead of ``name`` for its branches, if any.
  var variants: [RuleName] = []
  /// The rule: the statement found at `scan.token`, or nil. A rule that
  /// finds one moves the scan on (``Scan/coveredUntil``, ``Scan/token``).
  let apply: @Sendable (StatementExtractor, inout Scan) -> StatementDraft?

  /// The pass.
  var pass: AttributionPass { .pattern }
}

/// A rule of the quote pass: who speaks a direct quote, and by what cue.
struct QuoteRule: Sendable {
  /// The rule's name, written on the statements it attributes.
  let name: RuleName
  /// Names the rule writes instead of ``name`` for its branches, if any.
  var variants: [RuleName] = []
  /// The rule: the quote's attribution, or nil.
  let apply: @Sendable (StatementExtractor, Quote) -> StatementExtractor.Attribution?

  /// The pass.
  var pass: AttributionPass { .quote }
}
