/// Invented news text for the complexity tests, the same for every run.
enum InventedNews {
  static let people = ["Anna Berg", "Boris Castell", "Clara Delgado", "Daniel Engel", "Elena Fischer", "Farid Gallo"]
  static let countries = ["France", "Germany", "Poland", "Spain", "Italy", "Japan", "Brazil", "Kenya"]
  static let days = ["on Monday", "in March", "on 12 May", "in 2004", "last week"]
  static let verbs = ["met", "criticized", "supported", "opposed", "called"]

  /// `count` news sentences without a single punctuation mark: statements,
  /// relations with dates, and places, as one run-on sentence would have.
  static func unpunctuated(sentences count: Int) -> String {
    var generator = SeededGenerator(seed: 7)
    var words: [String] = []
    for index in 0..<count {
      let person = people[generator.next(people.count)]
      let first = countries[generator.next(countries.count)]
      let second = countries[generator.next(countries.count)]
      let day = days[generator.next(days.count)]
      switch index % 3 {
      case 0: words.append("\(person) said \(first) \(verbs[generator.next(verbs.count)]) \(second) \(day)")
      case 1: words.append("\(first) \(verbs[generator.next(verbs.count)]) \(second) in Geneva \(day)")
      default: words.append("the talks \(day) were difficult according to \(person)")
      }
    }
    return words.joined(separator: " ") + "\n"
  }

  /// `count` pairs of paragraphs: a reported statement, then a quoted
  /// paragraph of its own that the same speaker continues.
  static func quotedParagraphs(_ count: Int) -> String {
    var generator = SeededGenerator(seed: 11)
    var paragraphs: [String] = []
    for _ in 0..<count {
      paragraphs.append("\(people[generator.next(people.count)]) said the plan had failed in the spring.")
      paragraphs.append("\u{201C}The plan is dead and everyone here knows it.\u{201D}")
    }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }
}

/// A small deterministic generator (SplitMix64) for invented text.
private struct SeededGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A number in `0..<bound`.
  mutating func next(_ bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }
}
