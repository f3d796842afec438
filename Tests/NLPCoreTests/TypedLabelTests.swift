import Testing

@testable import NLPCore

/// The typed labels (``UPOS``, ``PennTag``, ``DependencyLabel``) read back
/// from the codes the models write, and the token helpers on ``Document``.
@Suite("Typed labels and token helpers")
struct TypedLabelTests {
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
