import NLPCore
import Lexicon

/// A dateline at the start of a sentence: "LIMA —", "Nairobi, March 3 (AP)
/// –", "WASHINGTON (Reuters) -", "HEMPSTEAD, N.Y., Sept. 26 (UPI) —".
///
/// The extractor cuts it off as a sentence of its own, so no statement
/// takes a speaker or content from it, and gives its place and agency
/// their mentions (``MentionFinder``): the place is a location (a capital
/// in a dateline is the city, not its government), never a speaker.
struct Dateline: Equatable, Sendable {
  /// The tokens from the place to the dash, the dash included.
  var tokens: Range<Int>
  /// The place's tokens ("LIMA", "HEMPSTEAD").
  var place: Range<Int>
  /// The region or country after the place ("N.Y.", "Uganda"), if any.
  var region: Range<Int>?
  /// The agency inside parentheses ("AP", "Reuters"), if any.
  var agency: Range<Int>?
  /// Whether it holds a date ("March 3").
  var dated = false
  /// The form that recognised it (``DatelineFinder/forms``).
  var form: RuleName
}

/// Finds datelines at the starts of sentences.
///
/// Four forms, tried in order (the first that holds names the dateline):
/// - `dateline.capitals`: the place in capitals ("LIMA —", "WASHINGTON
///   (Reuters) -"), not an organization the gazetteer knows ("NATO —");
/// - `dateline.agency`: a place, perhaps a date, and an agency in
///   parentheses ("Nairobi, March 3 (AP) –"), the place or the agency one
///   the gazetteer knows;
/// - `dateline.dated`: a place and a date ("Nairobi, March 3 –");
/// - `dateline.known-place`: a city or country the gazetteer knows, perhaps
///   with its region ("Kampala, Uganda —").
///
/// A capitalised name before a dash that is none of these ("Ana Ruiz — a
/// former minister — said"), a dash a lower-case word follows ("British
/// Music Rights (BMR) - which was formed"), a dash another one closes
/// later in the sentence ("EADS — Airbus' owner — admitted"), or a plain
/// hyphen with neither agency nor date before it ("ACME - the firm") is no
/// dateline.
struct DatelineFinder {
  let lexicon: Lexicon
  let document: Document

  /// The forms, in the order they are tried.
  static let forms: [RuleName] = ["dateline.capitals", "dateline.agency", "dateline.dated", "dateline.known-place"]

  /// The most tokens a dateline takes, dash included.
  static let maximumLength = 16

  /// The datelines of the document, one at most per sentence, in order.
  func datelines() -> [Dateline] {
    document.sentenceTable.compactMap { dateline(at: $0) }
  }

  /// The sentences with each dateline cut off as a sentence of its own.
  func splitSentences(_ datelines: [Dateline]) -> [Range<Int>] {
    guard !datelines.isEmpty else { return document.sentenceTable }
    var byStart: [Int: Int] = [:]
    for dateline in datelines { byStart[dateline.tokens.lowerBound] = dateline.tokens.upperBound }
    var sentences: [Range<Int>] = []
    sentences.reserveCapacity(document.sentenceTable.count + datelines.count)
    for sentence in document.sentenceTable {
      if let end = byStart[sentence.lowerBound], end < sentence.upperBound {
        sentences.append(sentence.lowerBound..<end)
        sentences.append(end..<sentence.upperBound)
      } else {
        sentences.append(sentence)
      }
    }
    return sentences
  }

  private func lower(_ i: Int) -> String { document.lowercasedWord(i) }

  private func isCapitalised(_ i: Int) -> Bool {
    document.tokenTable[i].shape == .word && document.startsWithASCIICapitalOrDigit(i)
      && !ScalarClass.isDigit(document.scalars[document.tokenTable[i].range.lowerBound])
  }

  private func isMonth(_ i: Int) -> Bool {
    var key = lower(i)
    if key.hasSuffix(".") { key.removeLast() }
    return lexicon.monthStems.contains(key)
  }

  /// The token after a dash at `k` ("—", "–", "―", "--", "-", or "-" "-"), if one is there.
  private func afterDash(_ k: Int, limit: Int) -> Int? {
    for dash in ["\u{2014}", "\u{2013}", "\u{2015}", "--"] where document.isWord(k, dash) { return k + 1 }
    guard document.isWord(k, "-") else { return nil }
    return k + 1 < limit && document.isWord(k + 1, "-") ? k + 2 : k + 1
  }

  /// The end of a date at `k`: "March 3", "Sept. 26", "3 March", with ", 2025" after it.
  private func dateEnd(at k: Int, limit: Int) -> Int? {
    var end: Int
    if isMonth(k), k + 1 < limit, document.tokenTable[k + 1].shape == .number {
      end = k + 2
    } else if document.tokenTable[k].shape == .number, k + 1 < limit, isMonth(k + 1) {
      end = k + 2
    } else {
      return nil
    }
    if end + 1 < limit, document.isWord(end, ","), document.tokenTable[end + 1].shape == .number,
      document.tokenTable[end + 1].range.count == 4
    {
      end += 2
    }
    return end
  }

  /// The end of a run of capitalised words (abbreviations such as "N.Y." included) from `k`.
  private func capitalisedEnd(from k: Int, limit: Int) -> Int {
    var j = k
    while j < limit, j - k < 4, isCapitalised(j), !isMonth(j) { j += 1 }
    return j
  }

  /// The dateline opening `sentence`, if any.
  func dateline(at sentence: Range<Int>) -> Dateline? {
    let start = sentence.lowerBound
    let limit = min(sentence.upperBound, start + Self.maximumLength)
    let placeEnd = capitalisedEnd(from: start, limit: limit)
    guard placeEnd > start, placeEnd < limit else { return nil }
    var k = placeEnd
    var region: Range<Int>?
    var agency: Range<Int>?
    var dated = false
    while k < limit {
      if let end = afterDash(k, limit: sentence.upperBound) {
        // Words must follow: a dash ending the sentence closes no dateline.
        // ... and start a sentence: "British Music Rights (BMR) - which
        // was formed" is a name and its aside.
        guard end < sentence.upperBound, !startsLowerCase(end) else { return nil }
        // A second dash closes an aside ("EADS — Airbus' owner — said"); a
        // plain hyphen ends a dateline only after an agency or a date
        // ("WASHINGTON (Reuters) -").
        if (end..<sentence.upperBound).contains(where: { afterDash($0, limit: sentence.upperBound) != nil }) { return nil }
        if document.isWord(k, "-"), end == k + 1, agency == nil, !dated { return nil }
        let tokens = start..<end
        guard let form = form(place: start..<placeEnd, region: region, agency: agency, dated: dated) else { return nil }
        return Dateline(tokens: tokens, place: start..<placeEnd, region: region, agency: agency, dated: dated, form: form)
      }
      if document.isWord(k, ","), k + 1 < limit {
        if let end = dateEnd(at: k + 1, limit: limit) {
          dated = true
          k = end
          continue
        }
        let end = capitalisedEnd(from: k + 1, limit: limit)
        guard end > k + 1, region == nil, !dated, agency == nil else { return nil }
        region = (k + 1)..<end
        k = end
        continue
      }
      if document.isWord(k, "("), agency == nil {
        let end = capitalisedEnd(from: k + 1, limit: limit)
        guard end > k + 1, end < limit, document.isWord(end, ")") else { return nil }
        agency = (k + 1)..<end
        k = end + 1
        continue
      }
      return nil
    }
    return nil
  }

  /// Whether token `k` is a word starting with a lower-case letter.
  private func startsLowerCase(_ k: Int) -> Bool {
    guard document.tokenTable[k].shape == .word, let first = document.scalars[document.tokenTable[k].range].first else {
      return false
    }
    return ScalarClass.isLetter(first) && !ScalarClass.isUppercase(first)
  }

  /// Whether the gazetteer knows the tokens as one organization ("AP", "Reuters").
  private func isKnownOrganization(_ range: Range<Int>) -> Bool {
    let words = range.map { String(document.text(in: document.tokenTable[$0].range)) }
    guard let first = words.first, let group = lexicon.phraseGroups[first] else { return false }
    let entry = words.count == 1 ? group.single : group.bySecond[words[1]]?.first { $0.tokens == words }?.entry
    if case .organization = entry { return true }
    return false
  }

  /// The form a dateline's parts make, or nil when they make none.
  private func form(place: Range<Int>, region: Range<Int>?, agency: Range<Int>?, dated: Bool) -> RuleName? {
    let known = MentionFinder.datelinePlace(at: place, lexicon: lexicon, document: document)
    if case .organization = known { return nil }
    if place.allSatisfy({ document.isAllCapitals($0) || document.isWord($0, ",") }), document.isAllCapitals(place.lowerBound),
      document.text(in: document.tokenTable[place.lowerBound].range).unicodeScalars.count >= 3 || agency != nil || dated
    {
      return Self.forms[0]
    }
    if let agency, known != .unknown || isKnownOrganization(agency) { return Self.forms[1] }
    if dated { return Self.forms[2] }
    if known != .unknown { return Self.forms[3] }
    return nil
  }
}

/// What the gazetteer knows a dateline's place as.
enum DatelinePlace: Equatable {
  /// A city, region or capital: (its canonical name, country code).
  case location(String, String?)
  /// A country.
  case country(String)
  /// An organization ("NATO"): no dateline.
  case organization
  /// Not in the gazetteer.
  case unknown
}

extension MentionFinder {
  /// What the gazetteer knows the words of `place` as, read as written
  /// or, in capitals, as a name ("LOS ANGELES" as "Los Angeles").
  static func datelinePlace(at place: Range<Int>, lexicon: Lexicon, document: Document) -> DatelinePlace {
    let words = place.map { index -> String in
      let text = String(document.text(in: document.tokenTable[index].range))
      return document.isAllCapitals(index) && !text.contains(".") ? text.prefix(1) + text.dropFirst().lowercased() : text
    }
    guard let first = words.first, let group = lexicon.phraseGroups[first] else { return .unknown }
    var entry = words.count == 1 ? group.single : nil
    if words.count >= 2 {
      entry = group.bySecond[words[1]]?.first { $0.tokens == words }?.entry
    }
    switch entry {
    case .capital(let code, let city): return .location(city, code)
    case .location(let name, let code): return .location(name, code)
    case .country(let code): return .country(code)
    case .seat(let code): return .country(code)
    case .organization: return .organization
    case .demonym, .none: return .unknown
    }
  }
}
