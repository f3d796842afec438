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

  @Test func typedLabelsReadTheCodesTheModelsWrote() {
    var record = TokenRecord(range: 0..<1, spaceAfter: true, shape: .word)
    #expect(record.pos == .none && record.tag == .none && record.label == .none)
    record.upos = "PROPN"
    record.xpos = "VBD"
    record.dependency = "nsubj:pass"
    #expect(record.pos == .propn && record.tag == .pastVerb && record.label == .nsubjPass)
    #expect(record.label.universal == .nsubj && record.label.isNominalSubject)
    record.dependency = "obl:foo"
    #expect(record.label == .obl)
    for label in DependencyLabel.allCases.dropFirst() {
      record.dependency = label.name
      #expect(record.label == label, "\(label.name)")
    }
    for pos in UPOS.allCases.dropFirst() {
      record.upos = pos.name
      #expect(record.pos == pos, "\(pos.name)")
    }
    for tag in PennTag.allCases.dropFirst() {
      record.xpos = tag.name
      #expect(record.tag == tag, "\(tag.name)")
    }
  }

  @Test func everyLabelNameIsListedOnce() {
    for names in [UPOS.allCases.map(\.name), PennTag.allCases.map(\.name), DependencyLabel.allCases.map(\.name)] {
      #expect(Set(names).count == names.count)
    }
    #expect(DependencyLabel.allCases.allSatisfy { !$0.universal.name.contains(":") })
  }

  @Test func tokenHelpersFoldASCIICaseOnce() throws {
    let document = try TextFixtures.analyse("LONDON — According to Élysée, THAT said 2014 x.")
    let words = (0..<document.tokenCount).map { String(document.text(in: document.tokenTable[$0].range)) }
    func index(_ word: String) throws -> Int { try #require(words.firstIndex(of: word)) }
    let london = try index("LONDON")
    let according = try index("According")
    let that = try index("THAT")
    let dash = try index("—")
    let elysee = try index("Élysée")
    let x = try index("x")
    let year = try index("2014")
    #expect(document.isAllCapitals(london) && !document.isAllCapitals(according))
    #expect(document.isWord(according, "according") && document.isWord(that, "that"))
    #expect(document.isWord(dash, "—") && !document.isWord(that, "than"))
    #expect(document.isCapitalised(elysee) && !document.isCapitalised(x))
    #expect(document.startsWithASCIICapitalOrDigit(year) && !document.startsWithASCIICapitalOrDigit(elysee))
    #expect(ScalarClass.asciiLowercased(UInt8(ascii: "Q")) == UInt8(ascii: "q"))
    #expect(ScalarClass.asciiLowercased(UInt32(0xC9)) == 0xC9)
  }
}
