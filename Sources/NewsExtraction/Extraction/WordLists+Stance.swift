import Lexicon

/// Word classes for stances taken toward a person, a plan or an issue:
/// verbs of defending, attacking and discussing, and the prepositions
/// that introduce their topics. General English, not tied to any article.
extension WordLists {
  /// Verbs (parse lemmas) that attribute a stance toward their object or
  /// a topic of talk, beyond the reporting verbs of the lexicon ("defended
  /// the plan", "attacked his rival", "discussed the budget").
  static let stanceCueLemmas: WordSet = [
    "defend", "attack", "assail", "target", "discuss", "address", "echo", "downplay", "bemoan",
    "talk", "focus", "advocate", "campaign", "lobby", "push", "rail", "side", "criticise",
    "criticize", "praise", "blame", "condemn", "denounce", "reject", "welcome", "applaud", "hail",
    "question", "dispute", "fault", "oppose", "endorse", "support", "back", "favor", "favour",
  ]

  /// Stance verbs whose content may be an object of one or two words
  /// ("endorsed Smith", "opposed the bill").
  static let shortObjectCueLemmas: WordSet = [
    "endorse", "support", "oppose", "back", "defend", "attack", "assail", "criticize", "criticise",
    "praise", "blame", "condemn", "denounce", "reject", "favor", "favour", "applaud", "hail",
    "welcome", "slam", "blast", "mock", "target", "fault", "discuss", "address", "echo", "downplay",
    "bemoan", "lament", "question", "dispute", "champion", "embrace",
  ]

  /// Prepositions that introduce the topic or target of a stance verb or
  /// noun ("talked about", "focused on", "sided with", "support for").
  static let stancePrepositions: WordSet = [
    "for", "about", "of", "to", "against", "on", "at", "over", "with", "toward", "towards",
  ]

  /// Irregular past forms of attitude and stance verbs, for a lemmatizer
  /// that does not know them.
  static let irregularCueForms: [String: String] = [
    "sought": "seek", "chose": "choose", "chosen": "choose", "learnt": "learn", "shown": "show",
    "proven": "prove", "foresaw": "foresee",
  ]
}
