/// Whether a document uses a place's name for a sports team named after
/// it: "Wales have won", "Liverpool manager", "France v Wales".
///
/// The recognizer reads "Liverpool" and "Wales" as places wherever they
/// stand; the words around a mention tell the team: a plural verb after
/// the name as its subject (British English agrees a team's name in the
/// plural, a place's in the singular; alone or joined by "and" to a
/// club's name) or a past verb and "their" ("Wales
/// secured their"), "v" on either side, or a noun of a team's staff or
/// following after it. Common English words only; never
/// names.
enum TeamSense {
  /// Plural verbs whose subject, a place's name, makes it a team.
  static let pluralVerbs: Set<String> = ["have", "are", "were", "'ve", "'re"]
  /// Words before a name that make it the object of a preposition or
  /// part of a phrase ("in Wales were", "England and Wales are"), not the
  /// verb's subject.
  static let notSubject: Set<String> = [
    "in", "of", "from", "across", "to", "at", "for", "throughout", "outside", "inside", "within",
    "around", "into", "on", "by", "with", "and", "or", "the", "than", "near", "over", "between",
    "under", "like", "about", "through",
  ]
  /// Words between two teams' names: "France v Wales".
  static let versus: Set<String> = ["v", "vs", "versus"]
  /// Nouns of a team's staff, players and following, after its name:
  /// "Liverpool winger", "Wales coach", "Liverpool fans".
  static let teamNouns: Set<String> = [
    "coach", "manager", "boss", "captain", "skipper", "striker", "forward", "forwards", "winger",
    "midfielder", "defender", "goalkeeper", "keeper", "fly-half", "scrum-half", "flanker", "full-back",
    "squad", "fans", "supporters",
  ]

  /// The cue that makes a mention a team's, or nil.
  ///
  /// - Parameters:
  ///   - text: The document's text.
  ///   - start: The mention's first scalar.
  ///   - end: One past its last scalar.
  /// - Returns: The cue as written ("have", "coach", "v"), or nil.
  ///   - clubEnds: Where the document's organizations' mentions end: a
  ///     place joined by "and" to one ("Chelsea and Liverpool are") is a
  ///     subject with it.
  ///   - base: The text offset of `text`'s first scalar, when `text` is a
  ///     window of the document (``ScalarWindow``): `clubEnds` are offsets
  ///     in the whole text.
  static func cue(in text: [Unicode.Scalar], start: Int, end: Int, clubEnds: Set<Int> = [], base: Int = 0) -> String? {
    guard start >= 0, end <= text.count, start < end else { return nil }
    let next = word(in: text, after: end)
    let previous = word(in: text, before: start)
    if let next, versus.contains(next) { return next }
    if let previous, versus.contains(previous) { return previous }
    if let next, teamNouns.contains(next) { return next }
    let withClub = previous == "and" && clubEnds.contains(endBeforeWord(in: text, before: start) + base)
    guard let next, withClub || !(previous.map(notSubject.contains) ?? false) else { return nil }
    if pluralVerbs.contains(next) { return next }
    // "Wales secured their first away win": a team's "their", a place's
    // "its".
    if next.hasSuffix("ed"), let after = nextWordEnd(in: text, after: end),
      word(in: text, after: after) == "their"
    {
      return "\(next) their"
    }
    return nil
  }

  /// Where the word after `end` ends, when one follows after spaces.
  private static func nextWordEnd(in text: [Unicode.Scalar], after end: Int) -> Int? {
    var index = end
    guard index < text.count, text[index] == " " else { return nil }
    while index < text.count, text[index] == " " { index += 1 }
    let start = index
    while index < text.count, isWordScalar(text[index]) { index += 1 }
    return index > start ? index : nil
  }

  /// The lower-cased word after `end`, separated by spaces only (an
  /// apostrophe's clitic joined directly: "Wales've"); nil at punctuation.
  static func word(in text: [Unicode.Scalar], after end: Int) -> String? {
    var index = end
    if index < text.count, text[index] == "'" || text[index] == "\u{2019}" {
      let clitic = readWord(text, from: index + 1)
      return clitic.isEmpty ? nil : "'" + clitic
    }
    guard index < text.count, text[index] == " " else { return nil }
    while index < text.count, text[index] == " " { index += 1 }
    let word = readWord(text, from: index)
    return word.isEmpty ? nil : word
  }

  /// The lower-cased word before `start`, separated by spaces only.
  static func word(in text: [Unicode.Scalar], before start: Int) -> String? {
    var index = start
    guard index > 0, text[index - 1] == " " else { return nil }
    while index > 0, text[index - 1] == " " { index -= 1 }
    let end = index
    while index > 0, isWordScalar(text[index - 1]) { index -= 1 }
    guard index < end else { return nil }
    return String(String.UnicodeScalarView(text[index..<end])).lowercased()
  }

  /// Where the text before the word before `start` ends: the end of
  /// "Chelsea" for "Liverpool" in "Chelsea and Liverpool".
  static func endBeforeWord(in text: [Unicode.Scalar], before start: Int) -> Int {
    var index = start
    while index > 0, text[index - 1] == " " { index -= 1 }
    while index > 0, isWordScalar(text[index - 1]) { index -= 1 }
    while index > 0, text[index - 1] == " " { index -= 1 }
    return index
  }

  private static func readWord(_ text: [Unicode.Scalar], from start: Int) -> String {
    var index = start
    while index < text.count, isWordScalar(text[index]) { index += 1 }
    return String(String.UnicodeScalarView(text[start..<index])).lowercased()
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar == "-"
  }
}
