import NLPCore
import Lexicon

/// A rule that finds a named event at a token of a sentence: a stable
/// name (`event.<what it reads>`) and its function, like ``ParseRule``.
///
/// ``EventRules/named`` lists them in the order the mention scan tries
/// them; the first that matches at a token wins. The words they read are
/// generic event nouns (``WordLists/namedEventHeads``,
/// ``WordLists/eventNameHeads``), never names of particular events.
struct EventRule: Sendable {
  /// What a rule found: the event's tokens and the name they give.
  struct Match: Equatable, Sendable {
    /// The tokens of the event's name ("2005 general election").
    var tokens: Range<Int>
    /// The canonical name: the tokens as written.
    var canonical: String
  }

  /// The rule's name.
  let name: RuleName
  /// The rule: the event named at `token` of `sentence`, or nil.
  let apply: @Sendable (MentionFinder, _ sentence: Range<Int>, _ token: Int) -> Match?
}

/// The named-event rules, in the order the mention scan tries them.
enum EventRules {
  /// The rules, in order.
  static let named: [EventRule] = [.capitalisedHead, .datedHead, .namedLowerCaseHead]

  /// Every rule name.
  static var names: [RuleName] { named.map(\.name) }
}

extension EventRule {
  /// `event.capitalised-head`: a capitalised name ending in an event head,
  /// after an optional year or ordinal: "Velvet Revolution", "2019 Osaka
  /// Summit", "the 47th Grammy Awards", "US Open".
  static let capitalisedHead = EventRule(name: "event.capitalised-head") { finder, sentence, i in
    var start = i
    if finder.isYear(i) || finder.isOrdinal(i) {
      guard i + 1 < sentence.upperBound, finder.isCapitalized(i + 1) else { return nil }
      start = i + 1
    } else if !finder.isCapitalized(i) {
      return nil
    }
    let end = finder.capitalisedRunEnd(from: start, limit: sentence.upperBound)
    guard end - i >= 2, WordLists.namedEventHeads.contains(finder.lower(end - 1)) else { return nil }
    var from = i
    if from == sentence.lowerBound, finder.lexicon.stopwords.contains(finder.lower(from)), !finder.isYear(from) { from += 1 }
    guard end - from >= 2 else { return nil }
    return Match(tokens: from..<end, canonical: finder.text(from..<end))
  }

  /// `event.dated-head`: a year or ordinal, then capitalised words or
  /// event modifiers, then a lower-case event noun: "the 2005 general
  /// election", "the 1904 Horsham by-election", "the 12th annual summit".
  /// The year is part of the name, so two editions stay two events.
  static let datedHead = EventRule(name: "event.dated-head") { finder, sentence, i in
    guard finder.isYear(i) || finder.isOrdinal(i) else { return nil }
    // "In 2005 elections were held": the year is a time, not a name's.
    if i > sentence.lowerBound, WordLists.timePrepositions.contains(finder.lower(i - 1)) { return nil }
    var k = i + 1
    while k < sentence.upperBound, k - i <= 4,
      finder.isCapitalized(k) || WordLists.eventNameModifiers.contains(finder.lower(k))
    {
      k += 1
    }
    guard k < sentence.upperBound, !finder.isCapitalized(k), WordLists.eventNameHeads.contains(finder.lower(k)),
      !finder.isVerb(k)
    else { return nil }
    return Match(tokens: i..<(k + 1), canonical: finder.text(i..<(k + 1)))
  }

  /// `event.named-lower-head`: "the", a capitalised name, optional event
  /// modifiers, then a lower-case event noun: "the Hutton inquiry", "the
  /// G8 summit", "the Labour Party spring conference". An election needs
  /// a place in its name ("the Ohio by-election"): "the Tory election
  /// campaign" names no event.
  static let namedLowerCaseHead = EventRule(name: "event.named-lower-head") { finder, sentence, i in
    guard finder.lower(i) == "the", i + 2 < sentence.upperBound, finder.isCapitalized(i + 1) else { return nil }
    let start = i + 1
    let runEnd = finder.capitalisedRunEnd(from: start, limit: sentence.upperBound)
    guard runEnd - start <= 4 else { return nil }
    var k = runEnd
    while k < sentence.upperBound, k - runEnd < 2, WordLists.eventNameModifiers.contains(finder.lower(k)) { k += 1 }
    guard k < sentence.upperBound, !finder.isCapitalized(k), WordLists.eventNameHeads.contains(finder.lower(k)),
      !finder.isVerb(k)
    else { return nil }
    // "the Tory election campaign": the noun modifies another noun.
    if k + 1 < sentence.upperBound, finder.isCompoundModifier(k) { return nil }
    if WordLists.electionHeads.contains(finder.lower(k)), !finder.namesPlace(start..<runEnd) { return nil }
    return Match(tokens: start..<(k + 1), canonical: finder.text(start..<(k + 1)))
  }
}

extension MentionFinder {
  /// The end of the capitalised run starting at `i` (particles allowed
  /// inside, a month ends it), at most `limit`.
  func capitalisedRunEnd(from i: Int, limit: Int) -> Int {
    var j = i
    while j < limit {
      if j > i, isMonth(j) { break }
      if isCapitalized(j) || (j > i && document.tokenTable[j].shape == .number && isCapitalized(j - 1) && word(j).count <= 2) {
        j += 1
      } else if j > i, j + 1 < limit, WordLists.nameParticles.contains(lower(j)), isCapitalized(j + 1), lower(j) != "and" {
        j += 1
      } else {
        break
      }
    }
    return j
  }

  /// Whether token `i` is a numeric ordinal: "47th", "2nd", "101st".
  func isOrdinal(_ i: Int) -> Bool {
    let text = lower(i)
    guard text.count >= 3, let first = text.unicodeScalars.first, ScalarClass.isDigit(first) else { return false }
    let suffix = text.suffix(2)
    guard suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th" else { return false }
    return text.dropLast(2).unicodeScalars.allSatisfy(ScalarClass.isDigit)
  }

  /// Whether the tagger, when it ran, made token `i` a verb ("they will
  /// vote", "the virus can strike", "I was fighting"). A verb in -s ("talks",
  /// "protests") is not trusted: the tagger takes plural event nouns for
  /// one too often ("before peace talks with X have started").
  func isVerb(_ i: Int) -> Bool {
    guard hasRecognizer, document.tokenTable[i].pos == .verb || document.tokenTable[i].pos == .aux else { return false }
    return document.tokenTable[i].tag != .thirdPersonVerb
  }

  /// Whether the parse, when it ran, makes token `i` a compound modifier
  /// of a noun after it ("election campaign", "summit host").
  func isCompoundModifier(_ i: Int) -> Bool {
    guard hasRecognizer, document.tokenTable[i].label == .compound else { return false }
    return document.tokenTable[i].headOffset > 0
  }

  /// Whether a run of tokens names a place: a country, demonym, capital or
  /// place of the gazetteer, or a place by the recognizer.
  func namesPlace(_ range: Range<Int>) -> Bool {
    for k in range {
      if let match = gazetteerMatch(at: k, end: range.upperBound) {
        switch match.entry {
        case .country, .demonym, .capital, .location: return true
        default: continue
        }
      }
    }
    return hasRecognizer && documentType(range) == .location
  }
}
