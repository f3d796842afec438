import NLPCore
import Lexicon

/// Reading titles around names: the words of a title before a person
/// ("co-chairman", "energy analyst", "chairman and chief executive") and
/// after one ("deputy leader of", "head of new media at").
extension PatternContext {
  /// Heads of titles that are a country's offices: "Chile's Finance
  /// Minister", "the German chancellor". A nationality before other
  /// titles ("Russian analyst") is no role of the country.
  static let stateHeads: WordSet = [
    "president", "vice-president", "minister", "secretary", "chancellor", "ambassador", "envoy",
    "leader", "premier", "commissioner", "spokesman", "spokeswoman", "spokesperson", "official",
    "negotiator", "judge", "prosecutor", "general", "governor", "king", "queen", "monarch", "ruler",
    "prime", "attorney", "treasurer", "adviser", "advisor", "chief", "head", "representative",
  ]

  /// Honorifics written between a title and a name: "Qantas boss Mr
  /// Dixon", "Labour peer Baroness Kennedy".
  static let honorifics: WordSet = [
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady",
    "baroness", "baron", "prof", "prof.", "professor", "rev", "rev.",
  ]

  /// The first token of a person's name mention with the honorifics
  /// before it ("Mr Dixon" for the mention "Dixon").
  func nameStart(_ mention: Int) -> Int {
    let sentence = self.sentence(of: mentions[mention].tokens.lowerBound)
    var start = mentions[mention].tokens.lowerBound
    while start - 1 >= sentence.lowerBound, PatternContext.honorifics.contains(lower(start - 1)) { start -= 1 }
    return start
  }

  /// Whether token `i` may stand inside a title: a word that no kept
  /// mention covers, and a noun, adjective, proper noun or role word,
  /// not a verb, determiner or pronoun.
  func isTitleWord(_ i: Int) -> Bool {
    guard isWord(i), mention(covering: i) == nil else { return false }
    let word = lower(i)
    if RoleWords.isHead(word) || RoleWords.isMember(word) || RoleWords.modifiers.contains(word)
      || RoleWords.isFormer(word)
    {
      return true
    }
    switch upos(i) {
    case .noun, .adj, .propn: return !WordLists.determiners.contains(word) && !lexicon.stopwords.contains(word)
    default: return false
    }
  }

  /// The title ending right before token `end` (a person's name): its
  /// first token, when the word before `end` is a role or membership noun.
  /// "chairman and chief executive" is one title.
  func titleStart(endingBefore end: Int, limit: Int = 6) -> Int? {
    let sentence = self.sentence(of: end)
    let last = end - 1
    guard last >= sentence.lowerBound, isTitleWord(last),
      RoleWords.isHead(lower(last)) || RoleWords.isMember(lower(last))
    else { return nil }
    var start = last
    var k = last - 1
    while k >= sentence.lowerBound, end - k <= limit {
      // "chairman and chief executive", "past and present footballers"
      if lower(k) == "and", k > sentence.lowerBound, isTitleWord(k - 1), isTitleWord(k + 1),
        RoleWords.isHead(lower(k - 1)) || RoleWords.modifiers.contains(lower(k - 1))
      {
        start = k - 1
        k -= 2
        continue
      }
      guard isTitleWord(k) else { break }
      start = k
      k -= 1
    }
    return start
  }

  /// The title of tokens `tokens`, with "former" when a word before it or
  /// in it marks a past role, and without openers ("current").
  func title(_ tokens: Range<Int>, former: Bool) -> String {
    var start = tokens.lowerBound
    while start < tokens.upperBound - 1, RoleWords.openers.contains(lower(start)) { start += 1 }
    var words: [String] = []
    var isFormer = former
    for k in start..<tokens.upperBound {
      let word = lower(k)
      if RoleWords.former.contains(word) {
        isFormer = true
        continue
      }
      if word.hasPrefix("ex-") {
        isFormer = true
        words.append(String(text(k..<(k + 1)).dropFirst(3)))
        continue
      }
      words.append(text(k..<(k + 1)))
    }
    var title = ""
    for (index, word) in words.enumerated() {
      if index > 0 { title += " " }
      title += word
    }
    return isFormer ? "former " + title : title
  }

  /// The predicate of a title towards entity `organization`:
  /// `member_of` for membership nouns ("peer", "footballer") and for a
  /// party's ministers ("a Labour minister"), `holds_role` otherwise; nil
  /// for a country when the title is not an office of state.
  func rolePredicate(head: Int, organization: Int) -> Predicate? {
    let word = lower(head)
    let last = word.split(separator: "-").last.map(String.init) ?? word
    if type(organization) == .country {
      return PatternContext.stateHeads.contains(last) && !RoleWords.isMember(word) ? .holdsRole : nil
    }
    guard type(organization) == .organization else { return nil }
    if RoleWords.isMember(word) { return .memberOf }
    if isParty(organization), last == "minister" || last == "ministers" { return .memberOf }
    return .holdsRole
  }

  /// Whether a role relation may have entity `person` as subject.
  func isPerson(_ person: Int) -> Bool { type(person) == .person }

  /// The organization or country mention ending right before token `k`,
  /// directly or with a possessive "'s" between ("Chile's", "the BBC's"),
  /// and whether a word before it marks a past role ("Former WorldCom").
  func holder(endingBefore k: Int) -> (mention: Int, entity: Int, former: Bool)? {
    let sentence = self.sentence(of: k)
    var end = k - 1
    if end >= sentence.lowerBound, lower(end) == "'s" || lower(end) == "’s" || lower(end) == "'" { end -= 1 }
    guard end >= sentence.lowerBound, let m = mentionEndingAt[end], let entity = entity(m),
      type(entity) == .organization || type(entity) == .country,
      mentions[m].kind == .name || mentions[m].kind == .demonym || mentions[m].kind == .seat
    else { return nil }
    let before = mentions[m].tokens.lowerBound - 1
    let former = before >= sentence.lowerBound && RoleWords.isFormer(lower(before))
    return (m, entity, former)
  }
}
