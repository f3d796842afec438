/// The attribution rules, by pass, in the order each pass tries them (the
/// first rule that finds a statement at a place wins), like swift-format's
/// `RuleRegistry`. How the passes' statements are merged is
/// ``StatementExtractor/extract()``'s (``StatementExtractor+Merge.swift``).
enum AttributionRules {
  /// The parse pass, tried at each word outside a quotation.
  static let parse: [ParseRule] = [
    .verbCue, .nounClause, .stanceAdjective, .mistaggedCue, .headlineColon, .impression, .question, .accordingTo,
    .documentSource, .stanceHolder,
  ]

  /// The word-pattern pass, tried at each token outside a quote.
  static let pattern: [PatternRule] = [.accordingTo, .reportingCue]

  /// The quote pass for a quote that opens a sentence or clause of its own.
  static let openingQuote: [QuoteRule] = [
    .transcript, .signed, .accordingToAfter, .afterCueSpeaker, .afterSpeakerCue, .before, .accordingToBefore,
    .trailingClause,
  ]

  /// The quote pass for a quoted fragment inside a sentence.
  static let fragmentQuote: [QuoteRule] = [.before, .fragmentAfter, .sentenceCue]

  /// The rules that find a speaker after a quote's closing mark, in
  /// order (part of ``openingQuote``; ``QuoteRule/fragmentAfter`` tries them).
  static let afterQuote: [QuoteRule] = [.signed, .accordingToAfter, .afterCueSpeaker, .afterSpeakerCue]

  /// Every name a statement may carry: the rules', their branches', and
  /// those the quote pass gives statements it joins to an earlier speaker.
  static var names: [RuleName] {
    var names: [RuleName] = []
    for rule in parse { names += [rule.name] + rule.variants }
    for rule in pattern { names += [rule.name] + rule.variants }
    for rule in openingQuote + fragmentQuote { names += [rule.name] + rule.variants }
    names.append(.previousSpeaker)
    var seen = Set<RuleName>()
    return names.filter { seen.insert($0).inserted }
  }
}

extension RuleName {
  /// A quoted paragraph following a statement, direct or reported, with
  /// no attribution of its own: it continues that statement's speaker.
  static let previousSpeaker: RuleName = "quote.previous-speaker"
}
