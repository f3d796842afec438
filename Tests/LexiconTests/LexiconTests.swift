import Foundation
import NewsGraphTestSupport
import Testing

@testable import Lexicon
@testable import NLPCore
@testable import NLPModels

@Suite("Lexicon")
struct LexiconTests {
  func shipped() throws -> Lexicon { try TextFixtures.lexicon.get() }

  /// The gazetteer entries of a phrase, as the tokenizer splits it.
  func entries(_ lexicon: Lexicon, _ phrase: String) -> [GazetteerEntry] {
    let tokens = Lexicon.tokens(of: phrase)
    guard let first = tokens.first else { return [] }
    return (lexicon.phrases[first] ?? []).filter { $0.tokens == tokens }.map(\.entry)
  }

  // MARK: - Countries

  @Test func loadsEveryISOCountry() throws {
    let lexicon = try shipped()
    #expect(lexicon.countries.count >= 249)
    for code in ["UA", "RU", "US", "GB", "DE", "FR", "CN", "BR", "IN", "ZA", "XK"] {
      #expect(lexicon.countries[code] != nil, "missing \(code)")
    }
    for (code, country) in lexicon.countries {
      #expect(country.code == code)
      #expect(!country.name.isEmpty)
    }
  }

  @Test(arguments: [
    ("UA", "Ukraine", "Ukrainian", "Kyiv"), ("RU", "Russia", "Russian", "Moscow"),
    ("US", "United States", "American", "Washington"), ("GB", "United Kingdom", "British", "London"),
    ("DE", "Germany", "German", "Berlin"), ("FR", "France", "French", "Paris"),
    ("PL", "Poland", "Polish", "Warsaw"), ("JP", "Japan", "Japanese", "Tokyo"),
  ])
  func countryNamesDemonymsAndCapitals(_ code: String, _ name: String, _ demonym: String, _ capital: String) throws {
    let country = try #require(try shipped().countries[code])
    #expect(country.name == name)
    #expect(country.demonyms.contains(demonym))
    #expect(country.capitals.first == capital)
  }

  @Test func usualAliasesAndSeats() throws {
    let lexicon = try shipped()
    let us = try #require(lexicon.countries["US"])
    #expect(us.aliases.contains("U.S."))
    #expect(us.aliases.contains("America"))
    #expect(try #require(lexicon.countries["GB"]).aliases.contains("Britain"))
    #expect(try #require(lexicon.countries["RU"]).seats.contains("the Kremlin"))
    #expect(try #require(lexicon.countries["UA"]).capitals.contains("Kiev"))
  }

  // MARK: - Gazetteer phrases

  @Test(arguments: [
    ("Ukraine", GazetteerEntry.country(code: "UA")), ("U.S.", .country(code: "US")),
    ("United States", .country(code: "US")), ("Britain", .country(code: "GB")),
    ("Russian", .demonym(code: "RU", plural: false)), ("Russians", .demonym(code: "RU", plural: true)),
    ("Ukrainians", .demonym(code: "UA", plural: true)), ("Kyiv", .capital(code: "UA", city: "Kyiv")),
    ("Kiev", .capital(code: "UA", city: "Kyiv")), ("Moscow", .capital(code: "RU", city: "Moscow")),
    ("the Kremlin", .seat(code: "RU")),
  ])
  func phrasesNameWhatTheyRefer(_ phrase: String, _ entry: GazetteerEntry) throws {
    #expect(entries(try shipped(), phrase).first == entry)
  }

  /// A country's name wins over a capital or region with the same spelling.
  @Test(arguments: [("Luxembourg", "LU"), ("Singapore", "SG"), ("Georgia", "GE")])
  func countryNamesWinOverCitiesAndRegions(_ phrase: String, _ code: String) throws {
    #expect(entries(try shipped(), phrase) == [.country(code: code)])
  }

  @Test func regionsAndCitiesAreLocationsWithTheirCountry() throws {
    let lexicon = try shipped()
    #expect(entries(lexicon, "Golan Heights").first == .location(name: "Golan Heights", code: "SY"))
    #expect(entries(lexicon, "Europe").first == .location(name: "Europe", code: nil))
    #expect(entries(lexicon, "Lisbon").first == .capital(code: "PT", city: "Lisbon"))
    guard case .location(_, let code) = try #require(entries(lexicon, "Hamburg").first) else {
      Issue.record("Hamburg is not a location")
      return
    }
    #expect(code == "DE")
  }

  @Test func phrasesAreStoredAsTokenizerTokens() throws {
    #expect(Lexicon.tokens(of: "U.S.") == ["U.S."])
    #expect(Lexicon.tokens(of: "Washington, D.C.") == ["Washington", ",", "D.C."])
    #expect(Lexicon.tokens(of: "People's Republic of China") == ["People", "'s", "Republic", "of", "China"])
    let lexicon = try shipped()
    #expect(entries(lexicon, "People's Republic of China").first == .country(code: "CN"))
    #expect(lexicon.longestPhrase >= 5)
  }

  // MARK: - Other word lists

  @Test func reportingVerbsMapFormsToLemmas() throws {
    let lexicon = try shipped()
    for (form, lemma) in [("said", "say"), ("says", "say"), ("told", "tell"), ("insists", "insist"),
                          ("acknowledged", "acknowledge"), ("claiming", "claim"), ("warned", "warn")] {
      #expect(lexicon.reportingVerbs[form] == lemma, "\(form)")
    }
    #expect(lexicon.reportingVerbs["bridge"] == nil)
  }

  @Test func titlesMonthsAndOtherLists() throws {
    let lexicon = try shipped()
    #expect(lexicon.titles["president"] != nil)
    #expect(lexicon.titles["defense secretary"] != nil)
    #expect(lexicon.titles["prime minister"] != nil)
    #expect(lexicon.longestTitle >= 2)
    #expect(lexicon.months["september"] == 9)
    #expect(lexicon.months["feb."] == 2 || lexicon.months["feb"] == 2)
    #expect(lexicon.reportingNouns.contains("comments"))
    #expect(lexicon.groupNouns.contains("officials"))
    #expect(lexicon.organizationSuffixes.contains("party"))
    #expect(lexicon.organizationAliases["North Atlantic Treaty Organization"]?.contains("NATO") == true)
    #expect(entries(lexicon, "NATO").first == .organization(name: "North Atlantic Treaty Organization"))
  }

  // MARK: - Loading from a folder

  /// A copy of the shipped word lists in a temporary folder.
  func copyOfShippedFolder() throws -> TemporaryFolder {
    let folder = try TemporaryFolder(prefix: "lexicon-tests")
    let manager = FileManager.default
    for name in try manager.contentsOfDirectory(atPath: TextFixtures.lexiconDirectory.path) {
      try manager.copyItem(
        at: TextFixtures.lexiconDirectory.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
    }
    return folder
  }

  @Test func loadsFromAFolderWithoutISOCodes() throws {
    let folder = try copyOfShippedFolder()
    let lexicon = try Lexicon(directory: folder.url, isoCodes: nil)
    #expect(lexicon.countries["UA"]?.name == "Ukraine")
    #expect(
      try Lexicon(directory: folder.url, isoCodes: folder.url.appendingPathComponent("absent.json")).countries.count
        == lexicon.countries.count)
  }

  @Test func isoCodesAddNamesButNotCatalogueForms() throws {
    let folder = try copyOfShippedFolder()
    let json = """
      {"3166-1": [{"alpha_2": "UA", "name": "Ukraine", "official_name": "Testland of the East"},
                  {"alpha_2": "KR", "name": "Korea, Republic of", "common_name": "Korea South Test"}]}
      """
    try folder.write("iso.json", json)
    let lexicon = try Lexicon(directory: folder.url, isoCodes: folder.url.appendingPathComponent("iso.json"))
    let ukraine = try #require(lexicon.countries["UA"])
    #expect(ukraine.aliases.contains("Testland of the East"))
    #expect(!ukraine.aliases.contains("Ukraine"))
    let korea = try #require(lexicon.countries["KR"])
    #expect(korea.aliases.contains("Korea South Test"))
    #expect(!korea.aliases.contains("Korea, Republic of"))
    #expect(entries(lexicon, "Testland of the East").first == .country(code: "UA"))
  }

  @Test func missingFileIsReportedByName() throws {
    let folder = try copyOfShippedFolder()
    try FileManager.default.removeItem(at: folder.url.appendingPathComponent("titles.tsv"))
    #expect(throws: LexiconError.missing(file: "titles.tsv")) {
      try Lexicon(directory: folder.url, isoCodes: nil)
    }
  }

  @Test func malformedLineIsReportedWithFileAndLine() throws {
    let folder = try copyOfShippedFolder()
    try folder.write("countries.tsv", "# comment\nUA\tUkraine\t\t\t\t\t\nXX\ta\tb\tc\td\te\tf\tg\n")
    let error = try #require(
      #expect(throws: LexiconError.self) { try Lexicon(directory: folder.url, isoCodes: nil) })
    guard case .malformed(let file, let line, _) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(file == "countries.tsv")
    #expect(line == 3)
    #expect(error.description.hasPrefix("countries.tsv:3: "))
  }

  @Test func sentimentAndStanceCuesAreLoaded() throws {
    let lexicon = try shipped()
    #expect((lexicon.sentiment["excellent"] ?? 0) > 2)
    #expect((lexicon.sentiment["failure"] ?? 0) < -2)
    #expect(lexicon.sentiment["the"] == nil)
    #expect(lexicon.stanceCues["accuse"] == .opposes)
    #expect(lexicon.stanceCues["praise"] == .supports)
    #expect(lexicon.stanceCues["say"] == nil)
  }

  @Test func aBadValenceOrStanceIsReportedWithItsLine() throws {
    let folder = try copyOfShippedFolder()
    try folder.write("sentiment.tsv", "# word\tvalence\ngood\t1.9\nbad\tvery\n")
    let error = try #require(#expect(throws: LexiconError.self) { try Lexicon(directory: folder.url, isoCodes: nil) })
    #expect(error.description.hasPrefix("sentiment.tsv:3: "))
    let other = try copyOfShippedFolder()
    try other.write("stance_cues.tsv", "# lemma\tstance\npraise\tlikes\n")
    let stanceError = try #require(#expect(throws: LexiconError.self) { try Lexicon(directory: other.url, isoCodes: nil) })
    #expect(stanceError.description.hasPrefix("stance_cues.tsv:2: "))
  }

  @Test func shortRowsAndCommentsAreAccepted() throws {
    let folder = try copyOfShippedFolder()
    try folder.write("countries.tsv", "# only one\n\nZZ\tZedland\n")
    let lexicon = try Lexicon(directory: folder.url, isoCodes: nil)
    #expect(lexicon.countries.keys.sorted() == ["ZZ"])
    #expect(lexicon.countries["ZZ"]?.demonyms == [])
    #expect(entries(lexicon, "Zedland").first == .country(code: "ZZ"))
  }

  @Test func errorDescriptionsNameTheFile() {
    #expect(LexiconError.missing(file: "months.tsv").description.hasPrefix("months.tsv: "))
  }
}
