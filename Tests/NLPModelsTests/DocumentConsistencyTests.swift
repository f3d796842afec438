import Testing

@testable import NLPCore
@testable import NLPModels

@Suite("Document consistency")
struct DocumentConsistencyTests {
  static func tags(_ words: [Substring], propn: Set<Int>) -> [TagPrediction] {
    words.indices.map { index in
      propn.contains(index)
        ? TagPrediction(upos: "PROPN", xpos: "NNP", lemma: String(words[index]), tag: 0)
        : TagPrediction(upos: "NOUN", xpos: "NN", lemma: String(words[index]), tag: 0)
    }
  }

  /// "Anna Berg" is a person, so "Berg" alone is her even where the
  /// recognizer called it a place: the full name votes, and was seen first.
  @Test func surnameAloneFollowsTheFullName() {
    let first: [Substring] = ["Anna", "Berg", "spoke"]
    let second: [Substring] = ["calls", "with", "Berg"]
    let spans = [[NamedSpan(range: 0..<2, type: .person)], [NamedSpan(range: 2..<3, type: .place)]]
    let revised = DocumentConsistency.apply(
      spans, document: [first, second],
      tags: [Self.tags(first, propn: [0, 1]), Self.tags(second, propn: [2])])
    #expect(revised[1] == [NamedSpan(range: 2..<3, type: .person)])
    #expect(revised[0] == spans[0])
  }

  /// A word the document names as a place more often than the person's
  /// full name appears keeps the place type.
  @Test func moreFrequentPlaceKeepsItsType() {
    let sentences: [[Substring]] = [
      ["Lena", "Jordan", "spoke"], ["in", "Jordan"], ["to", "Jordan"], ["from", "Jordan"],
    ]
    let spans = [
      [NamedSpan(range: 0..<2, type: .person)], [NamedSpan(range: 1..<2, type: .place)],
      [NamedSpan(range: 1..<2, type: .place)], [NamedSpan(range: 1..<2, type: .place)],
    ]
    let tags = sentences.map { Self.tags($0, propn: Set($0.indices)) }
    let revised = DocumentConsistency.apply(spans, document: sentences, tags: tags)
    #expect(revised == spans)
  }

  /// The same words get one type, the most frequent, and an unmarked
  /// repetition of a name becomes a span of its type.
  @Test func sameWordsOneTypeAndMissedRepetitionFound() {
    let sentences: [[Substring]] = [["the", "Senate", "voted"], ["Senate", "leaders"], ["Senate", "met"]]
    let spans = [
      [NamedSpan(range: 0..<2, type: .organization)], [NamedSpan(range: 0..<1, type: .place)],
      [NamedSpan(range: 0..<1, type: .organization)],
    ]
    let tags = [
      Self.tags(sentences[0], propn: [1]), Self.tags(sentences[1], propn: [0]), Self.tags(sentences[2], propn: [0]),
    ]
    let revised = DocumentConsistency.apply(spans, document: sentences, tags: tags)
    #expect(revised[1] == [NamedSpan(range: 0..<1, type: .organization)])
    let unmarked = DocumentConsistency.apply(
      [spans[0], []], document: [sentences[0], sentences[2]], tags: [tags[0], tags[2]])
    #expect(unmarked[1] == [NamedSpan(range: 0..<1, type: .organization)])
  }
}
