import Testing

@testable import NewsExtraction

@Suite("Mention storage")
struct MentionTests {
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
