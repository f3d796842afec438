import Lexicon
import NLPCore

/// Object contents ("denied the accusations through a spokeswoman"): the
/// object stops before the adjuncts its cue governs.
extension StatementExtractor {
  /// Dependency relations of a cue's bare time adjuncts ("Tuesday", "last
  /// week").
  static let cueTimeRelations: Set<DependencyLabel> = [.oblTmod, .nmodTmod]

  /// Prepositions of a cue's time or medium adjuncts ("during the debate",
  /// "through a spokesman"): they tell when or how the source spoke, not
  /// what it said. "for", "as", "about" and "with" phrases often complete
  /// the content instead ("blamed him for the loss", "described it as a
  /// failure").
  static let cueAdjunctPrepositions: WordSet = [
    "during", "since", "before", "after", "through", "throughout", "amid", "via", "following", "upon",
  ]

  /// "in", "on" and "at" start an adjunct of the cue only before a time or
  /// an occasion of speaking ("on Friday", "in an interview", "at a
  /// rally"); before other nouns they mostly continue the object ("his lead
  /// in the polls").
  static let placePrepositions: WordSet = ["in", "on", "at"]

  /// Conjunctions of a cue's adverbial clauses of time or cause ("when
  /// asked", "after the vote", "because it failed").
  static let adverbialMarks: WordSet = ["when", "while", "after", "before", "because", "since", "until"]

  /// Nouns naming an occasion or a medium of speaking.
  static let occasionNouns: WordSet = [
    "interview", "interviews", "speech", "speeches", "statement", "tweet", "tweets", "email", "e-mail",
    "rally", "conference", "briefing", "appearance", "show", "forum", "letter", "op-ed", "column", "post",
    "broadcast", "podcast", "radio", "television", "print", "event", "meeting", "hearing", "hall",
    "debate", "debates", "ad", "video", "editorial", "website", "page", "message", "visit", "stop", "program",
  ]

  /// An object content `span` (the object widened like a clause over the
  /// cue's later dependents) cut before the first adjunct of the cue after
  /// the object ("criticized the plan during a radio interview on Monday"
  /// keeps "the plan").
  func objectContent(_ object: Int, within span: Range<Int>, cue v: Int, tree: ParseTree) -> Range<Int> {
    let phrase = tree.subtree(object)
    var end = span.upperBound
    for child32 in tree.children(v) {
      let child = Int(child32)
      let sub = tree.subtree(child)
      guard sub.lowerBound >= phrase.upperBound, sub.lowerBound < end,
        isCueAdjunct(child, tree: tree)
      else { continue }
      end = sub.lowerBound
    }
    // An occasion or time the parser hung on the object instead ("praised
    // the bridge at a campaign stop").
    for child32 in tree.children(object) where Int(child32) > object {
      let child = Int(child32)
      let sub = tree.subtree(child)
      guard sub.lowerBound < end, document.tokenTable[child].label == .nmod,
        let p = preposition(of: child, tree: tree),
        Self.placePrepositions.contains(p) || Self.cueAdjunctPrepositions.contains(p), isOccasionOrTime(child)
      else { continue }
      end = sub.lowerBound
      break
    }
    return span.lowerBound..<end
  }

  /// Whether a noun names a time or an occasion of speaking.
  func isOccasionOrTime(_ noun: Int) -> Bool {
    let word = lower(noun)
    return WordLists.timeNouns.contains(word) || word == "past" || Self.occasionNouns.contains(word)
      || DateFinder.weekdays[word] != nil || lexicon.months[word] != nil || document.tokenTable[noun].pos == .num
  }

  /// Whether a dependent of a cue is a time, occasion or medium adjunct, or
  /// an adverbial clause of time or cause.
  func isCueAdjunct(_ child: Int, tree: ParseTree) -> Bool {
    let relation = document.tokenTable[child].label
    if Self.cueTimeRelations.contains(relation) { return true }
    if relation == .advcl {
      return tree.children(child).contains { mark in
        document.tokenTable[Int(mark)].label == .mark && Self.adverbialMarks.contains(lower(Int(mark)))
      }
    }
    guard relation == .obl, let p = preposition(of: child, tree: tree) else { return false }
    if Self.cueAdjunctPrepositions.contains(p) { return true }
    return Self.placePrepositions.contains(p) && isOccasionOrTime(child)
  }
}
