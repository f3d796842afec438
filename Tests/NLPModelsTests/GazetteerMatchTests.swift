import Testing

@testable import NLPCore
@testable import NLPModels

/// Name matching behind the recognizer's gazetteer features, and the key
/// filter that lets it skip most lookups.
@Suite("Gazetteer matching")
struct GazetteerMatchTests {
  @Test func filterKeepsEveryKeyAndRejectsMostOthers() {
    let keys = (1...5000).map { FeatureHash.finalize(UInt64($0)) }
    let filter = KeyFilter(keys: keys)
    #expect(keys.allSatisfy { filter.mayContain($0) })
    let others = (5001...25000).map { FeatureHash.finalize(UInt64($0)) }
    let passed = others.filter { filter.mayContain($0) }.count
    #expect(passed < others.count / 6)
  }

  @Test func matchesNamesAcrossWordsAndSpaces() {
    let gazetteer = Gazetteer(entries: [
      ("New York", .city), ("York", .city), ("Mazar-i-Sharif", .city), ("minister", .title),
    ])
    let words: [Substring] = ["The", "New", "York", "minister", "went", "to", "Mazar", "-i-", "Sharif", "."]
    let found = gazetteer.match(words)
    let city = UInt64(1) << UInt64(Gazetteer.Category.city.rawValue)
    let title = UInt64(1) << UInt64(Gazetteer.Category.title.rawValue)
    #expect(found[0] == 0)
    #expect(found[1] == city)  // begins "New York"
    #expect(found[2] == city << 32 | city << 48)  // ends "New York", is "York"
    #expect(found[3] == title << 48)
    #expect(found[6] == city && found[7] == city << 16 && found[8] == city << 32)
    #expect(found[9] == 0)
  }
}
