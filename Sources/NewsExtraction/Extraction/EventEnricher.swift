import NLPCore
import Lexicon

/// Gives event entities what the text says about them: longer names with
/// their place or possessor ("war in Sudan", "Iraq's invasion"), the date
/// ("the 2019 election", "last year's election", "a briefing on March 3")
/// and the place ("a briefing in Geneva", "the 2019 Lima Summit").
///
/// Dates are normalised where the text allows, against the document's date
/// for relative expressions; otherwise they are kept as written. Places
/// come from the words right after the event ("in Geneva", "held at ..."),
/// from the dependency parse when the models ran (a place attached to the
/// event noun by "in" or "at"), or from a place named inside the event's
/// name.
struct EventEnricher {
  let lexicon: Lexicon
  let document: Document
  let mentions: [Mention]
  let reference: ReferenceDate?
  private let starting: TokenIndexMap
  private let ending: TokenIndexMap
  private let mentionIndex: MentionIndex
  /// The parse, indexed, when the models ran.
  private let tree: ParseTree?

  init(lexicon: Lexicon, document: Document, mentions: [Mention], reference: ReferenceDate?, tree: ParseTree?) {
    self.lexicon = lexicon
    self.tree = tree
    self.document = document
    self.mentions = mentions
    self.reference = reference
    var starting = TokenIndexMap(tokenCount: document.tokenCount)
    var ending = TokenIndexMap(tokenCount: document.tokenCount)
    for (index, mention) in mentions.enumerated() {
      if starting[mention.tokens.lowerBound] == nil { starting[mention.tokens.lowerBound] = index }
      if ending[mention.tokens.upperBound - 1] == nil { ending[mention.tokens.upperBound - 1] = index }
    }
    self.starting = starting
    self.ending = ending
    mentionIndex = MentionIndex(mentions)
  }

  /// Participles that may stand between an event and its place or date.
  static let linkingWords: WordSet = ["held", "hosted", "scheduled", "planned", "set", "due", "organised", "organized"]

  private func word(_ i: Int) -> String { document.lowercasedWord(i) }

  private var dateFinder: DateFinder { DateFinder(lexicon: lexicon, document: document, reference: reference, relative: true) }

  /// The rule that keeps an event named only by a common noun when the
  /// text anchors it (see ``enrich(_:)``).
  static let anchoredNoun: RuleName = "event.anchored-noun"

  /// Adds surfaces, dates and places to the event entities, and keeps an
  /// event named only by common nouns (``anchoredNoun``) when one of its
  /// mentions is anchored: a year or date before it ("the 2019 election",
  /// "last year's vote"), a place after it or on the parse ("the war in
  /// Sudan"), a country or organization owning it ("Russia's invasion",
  /// "Labour's spring conference") or, for talks, a party to them ("peace
  /// talks with Russia"). "The election", "talks about the deal" or "an
  /// attack on his record" name no event (the annotation guidelines' named
  /// events and elections with a year or place).
  func enrich(_ entities: inout [ResolvedEntity]) {
    var anchored = Set<Int>()
    for mention in mentions where mention.type == .event {
      guard let target = mention.entity else { continue }
      let sentence = document.sentence(ofToken: mention.tokens.lowerBound)
      let owned = addSurfaces(mention, to: &entities[target])
      let after = placeAndDate(after: mention, sentence: sentence, entities: entities)
      let parsed = after.place == nil ? tree.flatMap({ parsedPlace(of: mention, sentence: sentence, entities: entities, tree: $0) }) : nil
      if entities[target].place == nil, entities[target].placeID == nil {
        if let place = after.place ?? parsed {
          entities[target].place = place
        } else if let id = mention.eventPlace {
          entities[target].placeID = id
        }
      }
      let before = dateBefore(mention, sentence: sentence)
      if entities[target].date == nil {
        entities[target].date = dateInName(mention) ?? before ?? after.date
      }
      if mention.kind != .eventNoun || owned || before != nil || after.place != nil || parsed != nil
        || hasParty(mention, sentence: sentence)
      {
        anchored.insert(target)
      }
    }
    for index in entities.indices where entities[index].type == .event && !anchored.contains(index) {
      entities[index].isKept = false
    }
  }

  /// "talks with Russia", "negotiations with the union": a party to talks
  /// named right after them.
  private func hasParty(_ mention: Mention, sentence: Range<Int>) -> Bool {
    guard mention.classKey == "talks" else { return false }
    var k = mention.tokens.upperBound
    guard k + 1 < sentence.upperBound, word(k) == "with" else { return false }
    k += 1
    if word(k) == "the", k + 1 < sentence.upperBound { k += 1 }
    guard let party = starting[k] else { return false }
    return [.country, .organization].contains(mentions[party].type) && mentions[party].kind != .demonym
  }

  /// "war in Ukraine", "Russia's full-scale invasion"; returns whether a
  /// country or organization owns the event ("Labour's conference").
  private func addSurfaces(_ mention: Mention, to entity: inout ResolvedEntity) -> Bool {
    let end = mention.tokens.upperBound
    if end + 1 < document.tokenCount, ["in", "of", "on", "against"].contains(word(end)),
      let place = starting[end + 1], mentions[place].type == .country || mentions[place].type == .location
    {
      let range = mention.range.lowerBound..<mentions[place].range.upperBound
      entity.addSurface(String(document.text(in: range)))
    }
    let start = mention.tokens.lowerBound
    if start >= 2, word(start - 1) == "'s", let owner = ending[start - 2],
      mentions[owner].type == .country || mentions[owner].type == .organization
    {
      let range = mentions[owner].range.lowerBound..<mention.range.upperBound
      entity.addSurface(String(document.text(in: range)))
      return true
    }
    return false
  }

  /// A year written inside the name: "2019 Lima Summit".
  private func dateInName(_ mention: Mention) -> String? {
    for token in mention.tokens where dateFinder.isYear(token) { return String(document.text(in: document.tokenTable[token].range)) }
    return nil
  }

  /// A date right before the event: "the 2019 election", "last year's
  /// election", "2019's protests".
  private func dateBefore(_ mention: Mention, sentence: Range<Int>) -> String? {
    var end = mention.tokens.lowerBound
    if end > sentence.lowerBound, word(end - 1) == "'s" { end -= 1 }
    for start in stride(from: end - 1, through: max(sentence.lowerBound, end - 2), by: -1) {
      if let found = dateFinder.date(at: start, limit: end), found.tokens.upperBound == end { return found.normalized }
    }
    return nil
  }

  /// "in Geneva on March 3", "held at Camp David in 2019": the place and
  /// date right after the event.
  private func placeAndDate(after mention: Mention, sentence: Range<Int>, entities: [ResolvedEntity]) -> (place: Int?, date: String?) {
    var k = mention.tokens.upperBound
    var place: Int?
    var date: String?
    if k < sentence.upperBound, Self.linkingWords.contains(word(k)) { k += 1 }
    for _ in 0..<2 {
      guard k + 1 < sentence.upperBound else { break }
      let preposition = word(k)
      if place == nil, ["in", "at"].contains(preposition), let found = starting[k + 1],
        let entity = mentions[found].entity, entities[entity].type == .location || entities[entity].type == .country
      {
        place = entity
        k = mentions[found].tokens.upperBound
      } else if date == nil, ["in", "on"].contains(preposition), let found = dateFinder.date(at: k + 1, limit: sentence.upperBound) {
        date = found.normalized
        k = found.tokens.upperBound
      } else {
        break
      }
    }
    return (place, date)
  }

  /// With a parse: a place attached to the event's head noun by "in" or "at".
  private func parsedPlace(of mention: Mention, sentence: Range<Int>, entities: [ResolvedEntity], tree: ParseTree) -> Int? {
    func head(_ token: Int) -> Int? {
      let offset = document.tokenTable[token].headOffset
      return offset == 0 ? nil : token + offset
    }
    /// The dependents of a token inside the sentence, in text order.
    func children(_ token: Int) -> [Int] {
      tree.children(token).map { Int($0) }.filter { sentence.contains($0) }
    }
    // The mention's head: the token whose head lies outside it.
    guard let eventHead = mention.tokens.first(where: { head($0).map { !mention.tokens.contains($0) } ?? true }) else { return nil }
    // Where a place may hang: the event noun, a time phrase on it ("the
    // war last year in Sudan"), and the verb of "was held in", "took place
    // in" when the event is its subject.
    var anchors: Set<Int> = [eventHead]
    for token in children(eventHead) {
      let dependency = document.tokenTable[token].label
      if dependency == .oblTmod || dependency == .nmodTmod || dependency == .nmodUnmarked { anchors.insert(token) }
    }
    if let verb = head(eventHead), document.tokenTable[eventHead].label.isNominalSubject,
      Self.linkingWords.contains(word(verb)) || ["took", "takes", "take", "taking"].contains(word(verb))
    {
      anchors.insert(verb)
    }
    // The anchors' dependents outside the mention, in text order.
    let dependents = anchors.flatMap { children($0) }.filter { !mention.tokens.contains($0) }.sorted()
    for token in dependents {
      let marked = children(token).contains { ["in", "at"].contains(word($0)) }
      guard marked else { continue }
      for candidate in mentionIndex.covering(token, of: mentions) {
        if let entity = mentions[candidate].entity, entities[entity].isKept,
          entities[entity].type == .location || entities[entity].type == .country
        {
          return entity
        }
      }
    }
    return nil
  }
}
