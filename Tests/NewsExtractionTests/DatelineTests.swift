import Testing

@testable import Lexicon
@testable import NLPCore
@testable import NewsExtraction

/// Datelines ("LIMA —", "Nairobi, March 3 (AP) –", "WASHINGTON (Reuters)
/// -") on invented sentences: found in their forms, cut off as sentences
/// of their own, their place a location and never a speaker.
@Suite("Datelines")
struct DatelineTests {
  /// The dateline opening a text, if any.
  func dateline(_ text: String) throws -> (form: String, place: String, agency: String?, end: String)? {
    var document = try TextFixtures.analyse(text)
    document.cacheLowercasedWords()
    guard let found = DatelineFinder(lexicon: try TextFixtures.lexicon.get(), document: document)
      .dateline(at: document.sentenceTable[0])
    else { return nil }
    func words(_ range: Range<Int>) -> String {
      String(document.text(in: document.tokenTable[range.lowerBound].range.lowerBound..<document.tokenTable[range.upperBound - 1].range.upperBound))
    }
    return (found.form.rawValue, words(found.place), found.agency.map(words), words(found.tokens.upperBound - 1..<found.tokens.upperBound))
  }

  static let datelined: [(String, String, String, String?)] = [
    ("LIMA — Finance Minister Ana Ruiz said on Monday that the budget would be cut.", "dateline.capitals", "LIMA", nil),
    ("WASHINGTON (Reuters) - Senator Tom Hale told reporters the bill would pass.", "dateline.capitals", "WASHINGTON", "Reuters"),
    ("HEMPSTEAD, N.Y., Sept. 26 (UPI) — The candidate said she would appeal.", "dateline.capitals", "HEMPSTEAD", "UPI"),
    ("LONDON -- Officials said talks would resume.", "dateline.capitals", "LONDON", nil),
    ("Nairobi, March 3 (AP) – The health ministry said the outbreak was under control.", "dateline.agency", "Nairobi", "AP"),
    ("Nairobi, March 3 – The health ministry said the outbreak was under control.", "dateline.dated", "Nairobi", nil),
    ("Kampala, Uganda — The opposition said it would boycott the vote.", "dateline.known-place", "Kampala", nil),
  ]

  @Test(arguments: datelined)
  func forms(_ text: String, _ form: String, _ place: String, _ agency: String?) throws {
    let found = try #require(try dateline(text))
    #expect(found.form == form)
    #expect(found.place == place)
    #expect(found.agency == agency)
    #expect(DatelineFinder.forms.map(\.rawValue).contains(found.form))
  }

  @Test(arguments: [
    "Ana Ruiz — a former minister — said the plan would fail.",
    "British Widget Rights (BWR) - which was formed in 1990 - said sales fell.",
    "NATO — the alliance of 32 countries — said it would meet.",
    "Tories - we will cut taxes, says Hale",
    "ACME - Widget Corp's majority owner - admitted the losses.",
    "ACME - The firm said it would appeal.",
  ])
  func notDatelines(_ text: String) throws {
    #expect(try dateline(text) == nil)
  }

  /// With and without the models: no speaker or content in the dateline,
  /// and its place is a location mention.
  @Test(arguments: datelined.map(\.0), [false, true])
  func neverASpeakerNorContent(_ text: String, _ usingModels: Bool) throws {
    let extraction = try TextFixtures.extract(text, usingModels: usingModels)
    let dash = try #require(text.unicodeScalars.firstIndex { "—–-".unicodeScalars.contains($0) })
    let end = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: dash) + 1
    #expect(!extraction.statements.isEmpty, "\(text)")
    for statement in extraction.statements {
      if let speaker = statement.speaker { #expect(speaker.start >= end, "speaker \(speaker.text) in \(text)") }
      for content in statement.content { #expect(content.start >= end, "content \(content.text) in \(text)") }
    }
    let place = try #require(try dateline(text)?.place)
    let entity = extraction.entities.first { $0.mentions.contains { $0.text == place && $0.start == 0 } }
    #expect(entity?.type == .location, "\(text): \(String(describing: entity))")
  }

  @Test func quoteAfterADatelineKeepsItsWords() throws {
    let text = "BEIJING — \"We will act,\" Premier Li Wen said."
    let extraction = try TextFixtures.extract(text, usingModels: true)
    let statement = try #require(extraction.statements.first)
    #expect(statement.content.map(\.text) == ["We will act,"])
    #expect(statement.speaker?.entity == "person:li-wen")
  }

  @Test func sentenceAfterADatelineIsASentenceOfItsOwn() throws {
    var document = try TextFixtures.analyse("GENEVA (AFP) -- Officials said talks would resume.")
    document.cacheLowercasedWords()
    let finder = DatelineFinder(lexicon: try TextFixtures.lexicon.get(), document: document)
    let sentences = finder.splitSentences(finder.datelines())
    #expect(sentences.count == 2)
    #expect(sentences.first.map { document.tokenTable[$0.upperBound - 1].range } == document.tokens.first { $0.text == "--" }.map(\.range))
  }
}
