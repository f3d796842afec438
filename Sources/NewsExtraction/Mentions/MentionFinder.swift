import NLPCore
import Lexicon

/// Finds the mentions of entities in a tokenised document: names from the
/// gazetteer and from capitalisation with title cues, demonyms, capitals
/// used for governments, pronouns, descriptions ("the alliance"), groups
/// ("French officials") and common event nouns ("the invasion").
///
/// This is the rule-based first pass; the trained entity recognizer refines
/// it. Every rule is general English and general knowledge.
struct MentionFinder {
  let lexicon: Lexicon
  let document: Document
  /// For each token inside a recognizer span, the span's index.
  let namedSpanAt: TokenIndexMap
  /// The recognizer's types over the whole document: for each name as
  /// written, the type most of its spans have ("one sense per discourse"),
  /// when that is a clear majority.
  let documentTypes: [String: EntityType]
  /// The words of the full names the recognizer took for people anywhere
  /// in the document, so that a surname alone is a person too.
  let personWords: Set<String>
  /// The datelines (``Dateline``), each a sentence of its own, by their first token.
  let datelines: [Int: Dateline]

  init(lexicon: Lexicon, document: Document, datelines: [Dateline] = []) {
    self.lexicon = lexicon
    self.document = document
    self.datelines = Dictionary(datelines.map { ($0.tokens.lowerBound, $0) }, uniquingKeysWith: { first, _ in first })
    var spans = TokenIndexMap(tokenCount: document.tokenCount)
    var votes: [String: [EntityType: Int]] = [:]
    var personWords = Set<String>()
    for (index, span) in document.namedEntityTable.enumerated() {
      for token in span.tokens { spans[token] = index }
      guard !span.tokens.isEmpty else { continue }
      let type = Self.entityType(span.type)
      let range = document.tokenTable[span.tokens.lowerBound].range.lowerBound..<document.tokenTable[span.tokens.upperBound - 1].range.upperBound
      votes[String(document.text(in: range)), default: [:]][type, default: 0] += 1
      if type == .person, span.tokens.count >= 2 {
        for token in span.tokens where document.tokenTable[token].shape == .word && document.tokenTable[token].range.count > 2 {
          personWords.insert(String(document.text(in: document.tokenTable[token].range)))
        }
      }
    }
    namedSpanAt = spans
    // A type counts when the recognizer gave it at least twice and to at
    // least two thirds of the spans with that text.
    documentTypes = votes.compactMapValues { counts in
      guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), best.value >= 2,
        best.value * 3 >= counts.values.reduce(0, +) * 2
      else { return nil }
      return best.key
    }
    self.personWords = personWords
  }

  static func entityType(_ type: NamedEntityType) -> EntityType {
    switch type {
    case .person: .person
    case .organization: .organization
    case .place: .location
    case .event: .event
    }
  }

  /// Whether the trained recognizer has run on the document.
  var hasRecognizer: Bool { document.hasModelAnnotations }

  /// The recognizer's type for a run of tokens: the type of the span
  /// covering most of it, if any.
  func recognizedType(_ range: Range<Int>) -> EntityType? {
    var votes: [Int: Int] = [:]
    for token in range { if let span = namedSpanAt[token] { votes[span, default: 0] += 1 } }
    guard let (span, count) = votes.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
      count * 2 >= range.count
    else { return nil }
    return Self.entityType(document.namedEntityTable[span].type)
  }

  /// The type the recognizer gives a run of tokens, read over the whole
  /// document: the type of the span covering it here, else the type most
  /// spans with the same text have elsewhere, else person when every word
  /// of the run is a word of someone's name elsewhere ("Sanders" after
  /// "Bernie Sanders").
  func documentType(_ range: Range<Int>) -> EntityType? {
    if let type = recognizedType(range) { return type }
    if let type = documentTypes[text(range)] { return type }
    if range.allSatisfy({ personWords.contains(String(word($0))) }) { return .person }
    return nil
  }

  /// The document's mentions in text order, with one-word names the text
  /// describes as organizations typed so (``retypeDescribedOrganizations(_:)``)
  /// and names opening with a given name typed people (``retypeGivenNamePeople(_:)``).
  func findMentions() -> [Mention] {
    var mentions = scannedMentions()
    retypeDescribedOrganizations(&mentions)
    retypeGivenNamePeople(&mentions)
    return mentions
  }

  /// The mentions each sentence's scan finds, and the untyped single words
  /// that are surnames of people named in full.
  private func scannedMentions() -> [Mention] {
    var mentions: [Mention] = []
    var undecided: [Range<Int>] = []
    for sentence in document.sentenceTable {
      if let dateline = datelines[sentence.lowerBound], dateline.tokens == sentence {
        mentions.append(contentsOf: datelineMentions(dateline))
        continue
      }
      var scan = SentenceScan(finder: self, tokens: sentence)
      scan.run()
      mentions.append(contentsOf: scan.mentions)
      undecided.append(contentsOf: scan.undecided)
    }
    guard !undecided.isEmpty else { return mentions }
    // With the recognizer: a single word it left untyped is a person when
    // it is the surname of a person named in full elsewhere in the document
    // (a proper noun, not a plural: "Senators" in "Republican Senators"),
    // and an organization when the text describes it as one.
    var words = Set<Substring>()
    for mention in mentions where mention.kind == .name && mention.type == .person && mention.tokens.count >= 2 {
      let last = mention.tokens.upperBound - 1
      if isWord(last), word(last).count > 2, document.tokenTable[last].tag == .properNoun { words.insert(word(last)) }
    }
    let added = undecided.filter { words.contains(word($0.lowerBound)) }
      .map { makeMention($0, .name, .person, canonical: text($0)) }
      + describedOrganizations(among: undecided.filter { !words.contains(word($0.lowerBound)) })
    guard !added.isEmpty else { return mentions }
    // Both lists in text order, the found ones first among equals: sort
    // positions, not copies of the mentions.
    func mention(_ index: Int) -> Mention { index < mentions.count ? mentions[index] : added[index - mentions.count] }
    let order = (0..<(mentions.count + added.count)).sorted {
      (mention($0).tokens.lowerBound, $0) < (mention($1).tokens.lowerBound, $1)
    }
    return order.map(mention)
  }

  // MARK: Token helpers

  func word(_ i: Int) -> Substring { document.text(in: document.tokenTable[i].range) }

  func lower(_ i: Int) -> String { document.lowercasedWord(i) }

  func isWord(_ i: Int) -> Bool { document.tokenTable[i].shape == .word }

  func isCapitalized(_ i: Int) -> Bool {
    isWord(i) && document.isCapitalised(i)
  }

  func isAcronym(_ i: Int) -> Bool {
    var count = 0
    for scalar in word(i).unicodeScalars where scalar != "." {
      guard ScalarClass.isUppercase(scalar), count < 6 else { return false }
      count += 1
    }
    return count >= 2
  }

  func isMonth(_ i: Int) -> Bool {
    var key = lower(i)
    if key.hasSuffix(".") { key.removeLast() }
    return lexicon.monthStems.contains(key)
  }

  func isYear(_ i: Int) -> Bool {
    let record = document.tokenTable[i]
    guard record.shape == .number, record.range.count == 4 else { return false }
    return word(i).hasPrefix("1") || word(i).hasPrefix("2")
  }

  func span(_ tokens: Range<Int>) -> Range<Int> {
    document.tokenTable[tokens.lowerBound].range.lowerBound..<document.tokenTable[tokens.upperBound - 1].range.upperBound
  }

  func text(_ tokens: Range<Int>) -> String { String(document.text(in: span(tokens))) }

  func makeMention(_ tokens: Range<Int>, _ kind: Mention.Kind, _ type: EntityType, canonical: String, code: String? = nil)
    -> Mention
  {
    Mention(tokens: tokens, range: span(tokens), text: text(tokens), kind: kind, type: type, canonical: canonical, countryCode: code)
  }
}

// MARK: - Sentence scan

/// The scan of one sentence, left to right.
private struct SentenceScan {
  let finder: MentionFinder
  let tokens: Range<Int>
  var mentions: [Mention] = []
  /// Single capitalised words the recognizer left untyped.
  var undecided: [Range<Int>] = []
  /// The last capitalised run found: several rules ask for the run at
  /// the same word one after another.
  private var lastRun = (start: -1, end: -1)

  init(finder: MentionFinder, tokens: Range<Int>) {
    self.finder = finder
    self.tokens = tokens
  }

  var lexicon: Lexicon { finder.lexicon }

  mutating func run() {
    var i = tokens.lowerBound
    while i < tokens.upperBound {
      i = step(at: i)
    }
  }

  /// Looks for a mention at `i`; returns the next index to look at.
  mutating func step(at i: Int) -> Int {
    let shape = finder.document.tokenTable[i].shape
    guard shape == .word || shape == .number else { return i + 1 }
    if let next = namedEvent(at: i) { return next }
    if finder.isCapitalized(i), let next = organizationBySuffix(at: i) { return next }
    if let next = gazetteer(at: i) { return next }
    if let next = titledPerson(at: i) { return next }
    if let next = lowerCaseMention(at: i) { return next }
    if finder.isCapitalized(i) { return capitalisedName(at: i) }
    return i + 1
  }

  /// The end of the capitalised run starting at `i` (particles allowed inside).
  mutating func capitalisedRun(from i: Int) -> Int {
    if lastRun.start == i { return lastRun.end }
    let end = runEnd(from: i)
    lastRun = (i, end)
    return end
  }

  /// ``capitalisedRun(from:)`` without the memo.
  private func runEnd(from i: Int) -> Int { finder.capitalisedRunEnd(from: i, limit: tokens.upperBound) }

  /// A named event by the first of ``EventRules/named`` that matches:
  /// "Velvet Revolution", "2019 Osaka Summit", "the Hutton inquiry".
  mutating func namedEvent(at i: Int) -> Int? {
    // Only a year, an ordinal, a capitalised word or "the" can start one.
    guard finder.isCapitalized(i) || finder.document.tokenTable[i].shape == .number || finder.lower(i) == "the"
      || finder.isOrdinal(i)
    else { return nil }
    let rules = EventRules.named
    for index in rules.indices {
      guard let match = rules[index].apply(finder, tokens, i) else { continue }
      var mention = finder.makeMention(match.tokens, .name, .event, canonical: match.canonical)
      mention.eventPlace = placeInside(match.tokens.lowerBound..<(match.tokens.upperBound - 1))
      mentions.append(mention)
      return match.tokens.upperBound
    }
    return nil
  }

  /// The id of a place named inside an event's name ("2019 Lima Summit").
  func placeInside(_ range: Range<Int>) -> String? {
    for k in range where finder.isCapitalized(k) {
      guard let match = finder.gazetteerMatch(at: k, end: range.upperBound) else { continue }
      switch match.entry {
      case .capital(_, let city): return EntitySlug.id(type: .location, name: city)
      case .location(let name, _): return EntitySlug.id(type: .location, name: name)
      case .country(let code): return EntitySlug.id(type: .country, name: countryName(code))
      default: continue
      }
    }
    return nil
  }

  /// "Labour Party", "Ministry of Defence", "Bank of England".
  mutating func organizationBySuffix(at i: Int) -> Int? {
    let end = capitalisedRun(from: i)
    guard end - i >= 2 else { return nil }
    var from = i
    if from == tokens.lowerBound, lexicon.stopwords.contains(finder.lower(from)) { from += 1 }
    guard end - from >= 2 else { return nil }
    let last = finder.lower(end - 1)
    // "Labour Party", or a head word before "of": "Ministry of Defence",
    // "Communist Party of China".
    guard lexicon.organizationSuffixes.contains(last)
      || (from..<(end - 1)).contains(where: {
        lexicon.organizationSuffixes.contains(finder.lower($0)) && finder.lower($0 + 1) == "of"
      })
    else { return nil }
    // A known organization wins over the suffix rule.
    if let match = finder.gazetteerMatch(at: from, end: end), match.length == end - from { return nil }
    mentions.append(finder.makeMention(from..<end, .name, .organization, canonical: finder.text(from..<end)))
    return end
  }

  mutating func gazetteer(at i: Int) -> Int? {
    guard finder.isCapitalized(i) || finder.lower(i) == "the",
      let match = finder.gazetteerMatch(at: i, end: tokens.upperBound)
    else { return nil }
    let end = i + match.length
    // "Washington Post": a gazetteer name followed by more capitalised words
    // is part of a longer name, unless that is a title ("U.S. Defense Secretary").
    if end < tokens.upperBound, finder.isCapitalized(end), finder.titleMatch(at: end, end: tokens.upperBound) == nil,
      finder.gazetteerMatch(at: end, end: tokens.upperBound) == nil
    {
      if case .demonym = match.entry {} else { return nil }
    }
    let range = i..<end
    switch match.entry {
    case .country(let code):
      mentions.append(finder.makeMention(range, .name, .country, canonical: countryName(code), code: code))
    case .demonym(let code, _):
      mentions.append(finder.makeMention(range, .demonym, .country, canonical: countryName(code), code: code))
      if let groupEnd = groupNounRun(from: end) {
        var group = finder.makeMention(i..<groupEnd, .group, .group, canonical: finder.text(i..<groupEnd), code: code)
        group.classKey = group.canonical.lowercased()
        mentions.append(group)
        return groupEnd
      }
    case .capital(let code, let city):
      let previous = i > tokens.lowerBound ? finder.lower(i - 1) : ""
      if WordLists.locativePrepositions.contains(previous) {
        mentions.append(finder.makeMention(range, .name, .location, canonical: city, code: code))
      } else {
        mentions.append(finder.makeMention(range, .seat, .country, canonical: countryName(code), code: code))
      }
    case .seat(let code):
      mentions.append(finder.makeMention(range, .seat, .country, canonical: countryName(code), code: code))
    case .location(let name, let code):
      mentions.append(finder.makeMention(range, .name, .location, canonical: name, code: code))
    case .organization(let name):
      mentions.append(finder.makeMention(range, .name, .organization, canonical: name))
      if let groupEnd = groupNounRun(from: end) {
        var group = finder.makeMention(i..<groupEnd, .group, .group, canonical: finder.text(i..<groupEnd))
        group.classKey = group.canonical.lowercased()
        mentions.append(group)
        return groupEnd
      }
    }
    return end
  }

  func countryName(_ code: String) -> String { lexicon.countries[code]?.name ?? code }

  /// The end of a plural group noun right after a modifier, if any.
  func groupNounRun(from j: Int) -> Int? {
    var k = j
    while k < tokens.upperBound, finder.isWord(k), !lexicon.groupNouns.contains(finder.lower(k)),
      !finder.isCapitalized(k), k - j < 2, finder.lower(k).hasSuffix("al") || finder.lower(k).hasSuffix("ary")
        || finder.lower(k).hasSuffix("ic") || finder.lower(k) == "senior" || finder.lower(k) == "top"
    {
      k += 1
    }
    guard k < tokens.upperBound, lexicon.groupNouns.contains(finder.lower(k)) else { return nil }
    return k + 1
  }

  /// "President Anna Berg", "Defence Secretary Tomas Lind".
  mutating func titledPerson(at i: Int) -> Int? {
    guard finder.isCapitalized(i), let title = finder.titleMatch(at: i, end: tokens.upperBound) else { return nil }
    let nameStart = i + title.length
    let nameEnd = capitalisedRun(from: nameStart)
    guard nameEnd > nameStart else { return nil }
    // Stop the name before a gazetteer place or organization.
    var end = nameStart
    while end < nameEnd {
      if end > nameStart, finder.gazetteerMatch(at: end, end: nameEnd) != nil { break }
      end += 1
    }
    // "President Jan Novak of Poland": the particle before the place is not
    // part of the name.
    while end > nameStart + 1, WordLists.nameParticles.contains(finder.lower(end - 1)) { end -= 1 }
    var person = finder.makeMention(nameStart..<end, .name, .person, canonical: finder.text(nameStart..<end))
    person.title = title.title
    if let previous = mentions.last, previous.tokens.upperBound == i, previous.type == .country {
      person.titleCountry = previous.countryCode
    } else if end + 1 < tokens.upperBound, finder.lower(end) == "of" {
      person.titleCountry = finder.gazetteerMatch(at: end + 1, end: tokens.upperBound).flatMap { match in
        if case .country(let code) = match.entry { code } else { nil }
      }
    }
    mentions.append(person)
    return end
  }

  /// Pronouns, "the alliance", "the president", group nouns, event nouns.
  mutating func lowerCaseMention(at i: Int) -> Int? {
    let word = finder.lower(i)
    if WordLists.personalPronouns.contains(word) || WordLists.pluralPronouns.contains(word) {
      let type: EntityType = WordLists.pluralPronouns.contains(word) ? .group : .person
      mentions.append(finder.makeMention(i..<(i + 1), .pronoun, type, canonical: word))
      return i + 1
    }
    // "both leaders", "the two men"
    if word == "both" || (word == "two" && i > tokens.lowerBound && finder.lower(i - 1) == "the"),
      i + 1 < tokens.upperBound, WordLists.pairNouns.contains(finder.lower(i + 1))
    {
      let start = word == "two" ? i - 1 : i
      mentions.append(finder.makeMention(start..<(i + 2), .pair, .person, canonical: finder.text(start..<(i + 2))))
      return i + 2
    }
    let previous = i > tokens.lowerBound ? finder.lower(i - 1) : ""
    if previous == "the", lexicon.organizationDescriptors[word] != nil, !finder.isCapitalized(i) {
      var mention = finder.makeMention((i - 1)..<(i + 1), .description, .organization, canonical: word)
      mention.classKey = word
      mentions.append(mention)
      return i + 1
    }
    if previous == "the", !finder.isCapitalized(i), let title = finder.titleMatch(at: i, end: tokens.upperBound),
      lexicon.titles[title.title.lowercased()] != "honorific"
    {
      var mention = finder.makeMention((i - 1)..<(i + title.length), .description, .person, canonical: title.title.lowercased())
      mention.title = title.title
      mentions.append(mention)
      return i + title.length
    }
    if let next = eventNoun(at: i) { return next }
    if let next = group(at: i) { return next }
    return nil
  }

  /// "full-scale invasion", "peace talks", "the war in Sudan".
  mutating func eventNoun(at i: Int) -> Int? {
    guard !finder.isCapitalized(i) else { return nil }
    var length = 1
    var key = finder.lower(i)
    if i + 1 < tokens.upperBound, WordLists.eventNounFirstWords.contains(key),
      WordLists.eventNounClasses[key + " " + finder.lower(i + 1)] != nil
    {
      key += " " + finder.lower(i + 1)
      length = 2
    }
    guard let eventClass = WordLists.eventNounClasses[key] else { return nil }
    // "they will vote", "the election campaign": a verb, or a noun that
    // only modifies another, names no event ("peace talks" with its
    // modifier is a noun whatever the tagger says).
    let head = i + length - 1
    let modified = i > tokens.lowerBound && WordLists.eventModifiers.contains(finder.lower(i - 1))
    if (finder.isVerb(head) && !modified) || finder.isCompoundModifier(head) { return nil }
    var start = i
    while start > tokens.lowerBound, WordLists.eventModifiers.contains(finder.lower(start - 1)) { start -= 1 }
    if start < i, WordLists.eventNounClasses[finder.lower(start)] != nil { start = i }
    var mention = finder.makeMention(start..<(i + length), .eventNoun, .event, canonical: finder.text(start..<(i + length)))
    mention.classKey = eventClass
    mentions.append(mention)
    return i + length
  }

  /// "experts and officials", "members", "analysts".
  mutating func group(at i: Int) -> Int? {
    guard lexicon.groupNouns.contains(finder.lower(i)) else { return nil }
    var end = i + 1
    // "experts and officials"
    if end + 1 < tokens.upperBound, finder.lower(end) == "and", lexicon.groupNouns.contains(finder.lower(end + 1)) {
      end += 2
    }
    var start = i
    if start > tokens.lowerBound, finder.isCapitalized(start - 1),
      !(start - 1 == tokens.lowerBound && lexicon.stopwords.contains(finder.lower(start - 1)))
    {
      start -= 1  // "Western intellectuals"
    }
    var mention = finder.makeMention(start..<end, .group, .group, canonical: finder.text(start..<end))
    mention.classKey = mention.canonical.lowercased()
    mentions.append(mention)
    return end
  }

  /// Whether a capitalised run may be a person's name: no long acronym in it.
  func isPersonLike(_ range: Range<Int>) -> Bool {
    range.allSatisfy { !finder.isAcronym($0) || finder.word($0).count <= 2 }
  }


  /// Whether a single capitalised word the tagger calls a singular noun
  /// or a proper noun is the subject of a reporting verb ("Ortiz said",
  /// "Ortiz then added"): a speaker the recognizer did not know.
  func isTaggedSpeaker(_ i: Int) -> Bool {
    let record = finder.document.tokenTable[i]
    guard record.pos == .propn || record.pos == .noun else { return false }
    var k = i + 1
    if k < tokens.upperBound, finder.isWord(k), finder.lower(k).hasSuffix("ly") || finder.lower(k) == "then" || finder.lower(k) == "also" {
      k += 1
    }
    guard k < tokens.upperBound, lexicon.reportingVerbs[finder.lower(k)] != nil else { return false }
    // A plural noun ("Critics said") is no name, unless the verb agrees
    // with one person ("Wines believes").
    return record.tag == .properNoun || record.tag == .noun || finder.document.tokenTable[k].tag == .thirdPersonVerb
  }

  /// Whether a capitalised run stands where a speaker does: right before
  /// a reporting verb ("Ana Ruiz said"), or, by the parse, the subject of
  /// one, or its object after it ("said Ana Ruiz").
  func isSpeakerPlace(_ range: Range<Int>) -> Bool {
    var k = range.upperBound
    if k < tokens.upperBound, finder.isWord(k), finder.lower(k).hasSuffix("ly") || finder.lower(k) == "then" || finder.lower(k) == "also" {
      k += 1
    }
    if k < tokens.upperBound, lexicon.reportingVerbs[finder.lower(k)] != nil { return true }
    let table = finder.document.tokenTable
    guard let head = range.first(where: { table[$0].headOffset == 0 || !range.contains($0 + table[$0].headOffset) }),
      table[head].headOffset != 0
    else { return false }
    let verb = head + table[head].headOffset
    guard tokens.contains(verb), lexicon.reportingVerbs[finder.lower(verb)] != nil else { return false }
    return table[head].label == .nsubj || (verb < head && table[head].label == .obj)
  }

  /// Whether the parse makes a capitalised word modify a reporting verb's
  /// subject, the noun right after it ("one Labour source said", "said a
  /// Labour strategist"). The word stands for that speaker, as the rules
  /// alone would have it.
  func modifiesParsedSpeaker(_ i: Int) -> Bool {
    func head(_ token: Int) -> Int? {
      let offset = finder.document.tokenTable[token].headOffset
      return offset == 0 ? nil : token + offset
    }
    guard let noun = head(i), noun > i, noun <= i + 3, finder.document.tokenTable[noun].pos == .noun,
      let verb = head(noun), tokens.contains(verb), lexicon.reportingVerbs[finder.lower(verb)] != nil else { return false }
    let relation = finder.document.tokenTable[noun].label
    return relation == .nsubj || (verb < noun && relation == .obj)
  }


  /// A capitalised run that no rule above claimed.
  mutating func capitalisedName(at i: Int) -> Int {
    let end = capitalisedRun(from: i)
    var start = i
    while start < end, start == tokens.lowerBound || finder.lower(start) == "the" || lexicon.stopwords.contains(finder.lower(start)),
      lexicon.stopwords.contains(finder.lower(start)) || start == tokens.lowerBound && WordLists.determiners.contains(finder.lower(start))
    {
      start += 1
    }
    guard start < end else { return max(end, i + 1) }
    // Let the other rules look at what follows a skipped sentence opener.
    if start > i { return start }
    // A date ("Feb. 12") or the pronoun "I" is not a name.
    if finder.isMonth(start) { return end }
    if end - start == 1, finder.word(start).unicodeScalars.count == 1 { return end }
    // A sentence adverb opening the sentence before a comma ("Meanwhile,",
    // "Still,") is no name.
    if end - start == 1, start == tokens.lowerBound, finder.document.tokenTable[start].pos == .adv,
      end < tokens.upperBound, finder.lower(end) == ","
    {
      return end
    }
    // Trim trailing particles.
    var stop = end
    while stop > start, WordLists.nameParticles.contains(finder.lower(stop - 1)) { stop -= 1 }
    guard stop > start else { return end }
    let range = start..<stop
    if finder.hasRecognizer {
      // The trained recognizer decides what an unknown capitalised run is,
      // read over the whole document. Where it found nothing, a run in a
      // speaker's place is still a name: an acronym an organization
      // ("UNHCR said"), two or more words a person ("Ana Ruiz told
      // reporters"); a single word waits for the end of the document (a
      // surname of someone named in full).
      if let type = finder.documentType(range) {
        mentions.append(finder.makeMention(range, .name, type, canonical: finder.text(range)))
      } else if let title = (start + 1..<stop).first(where: { finder.titleMatch(at: $0, end: stop) != nil }) {
        // "Lakeside Union President Ana Ruiz": let the title rule read the
        // name after the title.
        return title
      } else if stop - start == 1, finder.isAcronym(start), isSpeakerPlace(range) {
        mentions.append(finder.makeMention(range, .name, .organization, canonical: finder.text(range)))
      } else if stop - start >= 2, isPersonLike(range), isSpeakerPlace(range) {
        mentions.append(finder.makeMention(range, .name, .person, canonical: finder.text(range)))
      } else if stop - start == 1, isTaggedSpeaker(start) || modifiesParsedSpeaker(start) {
        mentions.append(finder.makeMention(range, .name, .person, canonical: finder.text(range)))
      } else if stop - start == 1 {
        undecided.append(range)
      }
      return end
    }
    if stop - start == 1, finder.isAcronym(start) {
      mentions.append(finder.makeMention(range, .name, .organization, canonical: finder.text(range)))
    } else if isPersonLike(range) {
      // A person's name, or a single capitalised word (resolved later).
      mentions.append(finder.makeMention(range, .name, .person, canonical: finder.text(range)))
    }
    return end
  }
}
