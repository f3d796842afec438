import Testing

@testable import NLPCore
@testable import NLPModels

@Suite("TagVocabulary")
struct TagVocabularyTests {
  @Test func everyNameOfTheShippedModelsIsListed() throws {
    let models = try NLPModels.loadShipped()
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
}
