import Testing

@testable import NewsExtraction

@Suite("TagVocabulary")
struct TagVocabularyTests {
  @Test func everyNameOfTheShippedModelsIsListed() throws {
    let models = try TextFixtures.models.get()
    for name in models.tagger.uposNames { #expect(TagVocabulary.universalTags.contains(name), "\(name)") }
    for name in models.tagger.xposNames { #expect(TagVocabulary.pennTags.contains(name), "\(name)") }
    for name in models.parser.labelNames { #expect(TagVocabulary.relations.contains(name), "\(name)") }
  }

  @Test(arguments: ["NOUN", "PROPN", "VERB", "X", ""])
  func partsOfSpeechReadBackAsWritten(_ name: String) {
    var record = TokenRecord(range: 0..<1, spaceAfter: true, shape: .word)
    record.upos = name
    #expect(record.upos == name)
  }

  @Test func unlistedNamesAreKeptAsTheirNearestListedOnes() {
    var record = TokenRecord(range: 0..<1, spaceAfter: true, shape: .word)
    record.dependency = "obl:foo"
    #expect(record.dependency == "obl")
    record.dependency = "made-up"
    #expect(record.dependency == "dep")
    record.upos = "ZZZ"
    #expect(record.upos == "X")
    record.xpos = "ZZ"
    #expect(record.xpos == "XX")
  }

  @Test func aTokenRecordIsSmall() {
    // Each document holds one per token: 112 bytes once, with a string per tag.
    #expect(MemoryLayout<TokenRecord>.stride <= 40)
    var record = TokenRecord(range: 3..<4_000_000_000, spaceAfter: false, shape: .number)
    record.headOffset = -7
    record.lemma = "say"
    #expect(record.range == 3..<4_000_000_000 && record.headOffset == -7 && !record.spaceAfter)
    #expect(record.shape == .number && record.lemma == "say" && record.upos.isEmpty)
  }

  @Test func aMentionIsSmallAndEqualWithoutDetailsAfterClearingThem() {
    #expect(MemoryLayout<Mention>.stride <= 80)
    let plain = Mention(tokens: 2..<4, range: 10..<20, text: "Anna Berg", kind: .name, type: .person, canonical: "Anna Berg")
    var titled = plain
    titled.title = "Senator"
    titled.eventPlace = "location:lima"
    #expect(titled.title == "Senator" && titled.eventPlace == "location:lima" && titled.countryCode == nil)
    #expect(titled != plain)
    titled.title = nil
    titled.eventPlace = nil
    #expect(titled == plain)
    titled.entity = 5
    #expect(titled.entity == 5 && plain.entity == nil)
    #expect(titled.tokens == 2..<4 && titled.range == 10..<20)
  }
}
