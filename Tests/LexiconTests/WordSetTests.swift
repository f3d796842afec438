import Testing

@testable import Lexicon
@testable import NLPCore
@testable import NLPModels

@Suite("Word sets and maps")
struct WordSetTests {
  /// Words in and out of a list, ASCII and not, including a decomposed
  /// spelling that `Set<String>` treats as equal to the composed one.
  static let members = ["said", "says", "he", "she", "minister", "café", "Zürich", "naïve", "a", "peace talks"]
  static let probes = members + [
    "sai", "saidd", "", "He", "cafe", "cafe\u{301}", "Zu\u{308}rich", "talks", "peace", "b", "x y", "minister ",
  ]

  @Test func wordSetAnswersAsSetOfString() {
    let reference = Set(Self.members)
    let set = WordSet(Self.members)
    for probe in Self.probes {
      #expect(set.contains(probe) == reference.contains(probe), "\(probe)")
    }
    #expect(set.contains("cafe\u{301}"))
    #expect(!set.contains(""))
    #expect(set.count == reference.count)
  }

  @Test func wordSetHandlesManyWordsAndCollisions() {
    let words = (0..<5000).map { "w\($0)" }
    let set = WordSet(words.filter { $0.hasSuffix("7") })
    for word in words { #expect(set.contains(word) == word.hasSuffix("7")) }
  }

  @Test func asciiLowercasingMatchesLowercased() {
    for word in Self.probes + ["U.S.", "McDONALD'S", "@Reuters", "[Z]", "`a`", "ÀB", "İstanbul", "ǅ"] {
      let lowered = Document.asciiLowercased(Substring(word))
      #expect(lowered == (word.utf8.allSatisfy { $0 < 0x80 } ? word.lowercased() : nil), "\(word)")
    }
  }

  @Test func wordMapAnswersAsDictionary() {
    var reference: [String: Int] = [:]
    for (index, word) in Self.members.enumerated() { reference[word] = index }
    let map = WordMap(reference)
    for probe in Self.probes {
      #expect(map[probe] == reference[probe], "\(probe)")
    }
    #expect(map["Zu\u{308}rich"] == reference["Zürich"])
    #expect(map.count == reference.count)
  }
}
