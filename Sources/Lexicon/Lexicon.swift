import ExtractionRecords
import Foundation
import NLPCore

/// The general-knowledge word lists the extractors use: countries with
/// their aliases, demonyms and capitals; regions and cities; titles;
/// organizations and their suffixes; reporting verbs and nouns.
///
/// Loaded once from the files in the bundle's `Resources/Lexicon` (see its
/// README), plus Debian's `iso-codes` country names when installed. Nothing
/// in it is specific to any article.
public final class Lexicon: Sendable {
  /// Countries by ISO alpha-2 code.
  public let countries: [String: Country]
  /// Multi-word phrases by their first token: each phrase as its tokens.
  let phrases: [String: [(tokens: [String], entry: GazetteerEntry)]]
  /// ``phrases`` indexed for matching: by first token, then by second.
  package let phraseGroups: WordMap<PhraseGroup>
  /// The longest phrase, in tokens.
  let longestPhrase: Int
  /// Titles (lower-cased, tokens joined by spaces) to their kind.
  package let titles: WordMap<String>
  /// For each lower-cased word that begins a title, the longest such title in tokens.
  package let longestTitleStarting: WordMap<Int>
  /// The longest title in tokens.
  var longestTitle: Int { longestTitleStarting.values.max() ?? 1 }
  /// Lower-cased words that end an organization name ("party", "ministry").
  package let organizationSuffixes: WordSet
  /// Other names of well-known organizations, by canonical name.
  package let organizationAliases: [String: [String]]
  /// Generic nouns that refer back to a known organization, by name.
  package let organizationDescriptors: WordMap<[String]>
  /// Reporting-verb forms (lower-cased) to their lemma.
  package let reportingVerbs: WordMap<String>
  /// Reporting nouns ("comments", "claim").
  package let reportingNouns: WordSet
  /// Collective nouns for group speakers ("officials", "experts").
  package let groupNouns: WordSet
  /// Month names and abbreviations (lower-cased) to month number.
  package let months: WordMap<Int>
  /// The keys of ``months`` without a final full stop ("jan." gives
  /// "jan"): a word is a month name exactly when it is in here once its
  /// own final full stop is dropped.
  package let monthStems: WordSet
  /// Capitalised words that are not names ("However", "Monday").
  package let stopwords: WordSet
  /// Lower-cased words to their sentiment valence, -4 (very negative) to
  /// +4 (very positive): the VADER lexicon's plain words (MIT licence).
  package let sentiment: WordMap<Float>
  /// Verb and noun lemmas that report a stance toward their object
  /// ("accuse", "praise", "criticism"), to the stance they report.
  package let stanceCues: WordMap<Stance>

  /// Loads the lexicon shipped in the Lexicon module's bundle.
  ///
  /// - Parameter isoCodes: Debian's ISO 3166-1 JSON file; its names are
  ///   added as country aliases when the file exists.
  /// - Returns: The lexicon.
  /// - Throws: ``LexiconError`` if a shipped file is missing or malformed.
  public static func loadShipped(
    isoCodes: URL = URL(fileURLWithPath: "/usr/share/iso-codes/json/iso_3166-1.json")
  ) throws(LexiconError) -> Lexicon {
    guard let directory = shippedDirectory else { throw .missing(file: "Lexicon") }
    return try Lexicon(directory: directory, isoCodes: isoCodes)
  }

  /// The folder of the shipped word lists inside the module's resources,
  /// or nil when the bundle lacks it.
  package static var shippedDirectory: URL? {
    Bundle.module.url(forResource: "Lexicon", withExtension: nil, subdirectory: nil)
      ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/Lexicon")
  }

  /// Loads a lexicon from a folder of word lists.
  ///
  /// - Parameters:
  ///   - directory: The folder holding `countries.tsv` and the rest.
  ///   - isoCodes: Debian's ISO 3166-1 JSON, used when present.
  /// - Throws: ``LexiconError`` if a file is missing or malformed.
  public init(directory: URL, isoCodes: URL?) throws(LexiconError) {
    let files = TableFiles(directory: directory)
    let countries = try Lexicon.readCountries(files, isoCodes: isoCodes)
    var phrases: [String: [(tokens: [String], entry: GazetteerEntry)]] = [:]
    var longest = 1
    func add(_ phrase: String, _ entry: GazetteerEntry) {
      let tokens = Lexicon.tokens(of: phrase)
      guard let first = tokens.first else { return }
      if phrases[first]?.contains(where: { $0.tokens == tokens }) == true { return }
      phrases[first, default: []].append((tokens, entry))
      longest = max(longest, tokens.count)
    }
    // Names first so they win over capitals and cities that share a spelling.
    for country in countries.values.sorted(by: { $0.code < $1.code }) {
      for name in [country.name] + country.aliases { add(name, .country(code: country.code)) }
    }
    for country in countries.values.sorted(by: { $0.code < $1.code }) {
      for demonym in country.demonyms {
        add(demonym, .demonym(code: country.code, plural: demonym.hasSuffix("s") && !demonym.hasSuffix("ss")))
      }
      for capital in country.capitals { add(capital, .capital(code: country.code, city: country.capitals[0])) }
      for seat in country.seats where !country.capitals.contains(seat) {
        add(seat, .seat(code: country.code))
      }
    }
    for row in try files.rows("regions.tsv", columns: 4) {
      let code = row[2].split(separator: "|").first.map(String.init)
      for name in [row[0]] + list(row[3]) { add(name, .location(name: row[0], code: code)) }
    }
    for country in countries.values.sorted(by: { $0.code < $1.code }) {
      for city in country.cities { add(city, .location(name: city, code: country.code)) }
    }
    for row in try files.rows("cities.tsv", columns: 3) {
      for name in [row[0]] + list(row[2]) { add(name, .location(name: row[0], code: row[1].isEmpty ? nil : row[1])) }
    }
    var descriptors: [String: [String]] = [:]
    var organizationAliases: [String: [String]] = [:]
    for row in try files.rows("organizations.tsv", columns: 4) {
      for name in [row[0]] + list(row[1]) { add(name, .organization(name: row[0])) }
      organizationAliases[row[0]] = list(row[1])
      for descriptor in list(row[3]) { descriptors[descriptor.lowercased(), default: []].append(row[0]) }
    }
    let (titles, longestTitleStarting) = try Lexicon.readTitles(files)
    let verbs = try Lexicon.readReportingVerbs(files)
    let months = try Lexicon.readMonths(files)
    self.countries = countries
    self.phrases = phrases
    self.phraseGroups = WordMap(phrases.mapValues(PhraseGroup.init))
    self.longestPhrase = longest
    self.titles = WordMap(titles)
    self.longestTitleStarting = WordMap(longestTitleStarting)
    self.organizationSuffixes = WordSet(try files.lines("organization_suffixes.txt").map { $0.lowercased() })
    self.organizationDescriptors = WordMap(descriptors)
    self.organizationAliases = organizationAliases
    self.reportingVerbs = WordMap(verbs)
    self.reportingNouns = WordSet(try files.lines("reporting_nouns.txt").map { $0.lowercased() })
    self.groupNouns = WordSet(try files.lines("demonym_groups.txt").map { $0.lowercased() })
    self.months = WordMap(months)
    self.monthStems = WordSet(months.keys.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })
    self.stopwords = WordSet(try files.lines("stopwords.txt").map { $0.lowercased() })
    self.sentiment = try Lexicon.readSentiment(files)
    self.stanceCues = try Lexicon.readStanceCues(files)
  }

  /// The countries by ISO code, with Debian's ISO names as aliases when
  /// `isoCodes` is readable.
  private static func readCountries(_ files: TableFiles, isoCodes: URL?) throws(LexiconError) -> [String: Country] {
    let isoNames = isoCodes.flatMap(Lexicon.isoCountryNames) ?? [:]
    var countries: [String: Country] = [:]
    for row in try files.rows("countries.tsv", columns: 7) {
      let code = row[0]
      countries[code] = Country(
        code: code, name: row[1], aliases: list(row[2]) + (isoNames[code] ?? []).filter { $0 != row[1] },
        demonyms: list(row[3]), capitals: list(row[4]), cities: list(row[5]), seats: list(row[6]))
    }
    return countries
  }

  /// The reporting verbs: each form, lower-cased, to its lemma.
  private static func readReportingVerbs(_ files: TableFiles) throws(LexiconError) -> [String: String] {
    var verbs: [String: String] = [:]
    for row in try files.rows("reporting_verbs.tsv", columns: 3) {
      for form in list(row[1]) + [row[0]] { verbs[form.lowercased()] = row[0].lowercased() }
    }
    return verbs
  }

  /// The month names and abbreviations, lower-cased, to their numbers.
  private static func readMonths(_ files: TableFiles) throws(LexiconError) -> [String: Int] {
    var months: [String: Int] = [:]
    for row in try files.rows("months.tsv", columns: 3) {
      guard let number = Int(row[1]) else { continue }
      for name in [row[0]] + list(row[2]) { months[name.lowercased()] = number }
    }
    return months
  }

  /// The titles by their lower-cased words ("prime minister" -> the kind
  /// of role), and the most words of a title starting with each word.
  private static func readTitles(_ files: TableFiles) throws(LexiconError)
    -> (titles: [String: String], longestStarting: [String: Int])
  {
    var titles: [String: String] = [:]
    var longestTitleStarting: [String: Int] = [:]
    for row in try files.rows("titles.tsv", columns: 3) {
      for title in [row[0]] + list(row[2]) {
        let key = Lexicon.tokens(of: title).joined(separator: " ").lowercased()
        titles[key] = row[1]
        let words = key.split(separator: " ")
        if let first = words.first.map(String.init) {
          longestTitleStarting[first] = max(longestTitleStarting[first] ?? 0, words.count)
        }
      }
    }
    return (titles, longestTitleStarting)
  }

  /// The sentiment word list: each word's valence.
  private static func readSentiment(_ files: TableFiles) throws(LexiconError) -> WordMap<Float> {
    var sentiment: [String: Float] = [:]
    for (line, row) in try files.numberedRows("sentiment.tsv", columns: 2) {
      guard let valence = Float(row[1]) else {
        throw .malformed(file: "sentiment.tsv", line: line, reason: "valence '\(row[1])' is not a number")
      }
      sentiment[row[0]] = valence
    }
    return WordMap(sentiment)
  }

  /// The reporting words that take a side, with the side.
  private static func readStanceCues(_ files: TableFiles) throws(LexiconError) -> WordMap<Stance> {
    var stanceCues: [String: Stance] = [:]
    for (line, row) in try files.numberedRows("stance_cues.tsv", columns: 2) {
      guard let stance = Stance(rawValue: row[1]) else {
        throw .malformed(file: "stance_cues.tsv", line: line, reason: "unknown stance '\(row[1])'")
      }
      stanceCues[row[0]] = stance
    }
    return WordMap(stanceCues)
  }

  /// Splits a lexicon phrase into the tokens the ``Tokenizer`` would make.
  static func tokens(of phrase: String) -> [String] {
    var document = Document(id: "", text: phrase)
    try? Tokenizer().process(&document)
    return document.tokenTable.map { String(document.text(in: $0.range)) }
  }

  /// Country names from Debian's iso-codes, by alpha-2 code.
  static func isoCountryNames(_ url: URL) -> [String: [String]]? {
    guard let data = try? Data(contentsOf: url),
      let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let rows = json["3166-1"] as? [[String: Any]]
    else { return nil }
    var names: [String: [String]] = [:]
    for row in rows {
      guard let code = row["alpha_2"] as? String else { continue }
      // "Korea, Republic of" is a catalogue form, not a name anyone writes.
      let forms = ["name", "common_name", "official_name"].compactMap { row[$0] as? String }
        .filter { !$0.contains(",") }
      names[code] = forms
    }
    return names
  }
}

/// Splits a `|`-separated list cell.
private func list(_ cell: String) -> [String] {
  cell.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

/// Reads the tab-separated and one-per-line files of a lexicon folder.
private struct TableFiles {
  let directory: URL

  func text(_ name: String) throws(LexiconError) -> String {
    let url = directory.appendingPathComponent(name)
    guard let data = try? Data(contentsOf: url) else { throw .missing(file: name) }
    return String(decoding: data, as: UTF8.self)
  }

  func rows(_ name: String, columns: Int?) throws(LexiconError) -> [[String]] {
    try numberedRows(name, columns: columns).map(\.cells)
  }

  /// The rows with their 1-based line numbers.
  func numberedRows(_ name: String, columns: Int?) throws(LexiconError) -> [(line: Int, cells: [String])] {
    var rows: [(line: Int, cells: [String])] = []
    for (number, line) in try text(name).split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      if let columns {
        if cells.count > columns {
          throw .malformed(file: name, line: number + 1, reason: "expected \(columns) columns, found \(cells.count)")
        }
        while cells.count < columns { cells.append("") }
      }
      rows.append((number + 1, cells))
    }
    return rows
  }

  func lines(_ name: String) throws(LexiconError) -> [String] {
    try text(name).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
  }
}
