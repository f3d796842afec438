import Testing

@testable import NLPCore
@testable import NLPModels

@Suite("Entity recognizer")
struct RecognizerTests {
  @Test func bilouConstraints() {
    let b = EntityRecognizer.tag(type: 0, position: 0)
    let i = EntityRecognizer.tag(type: 0, position: 1)
    let l = EntityRecognizer.tag(type: 0, position: 2)
    let otherL = EntityRecognizer.tag(type: 1, position: 2)
    #expect(EntityRecognizer.allowed(EntityRecognizer.classCount, b))
    #expect(!EntityRecognizer.allowed(EntityRecognizer.classCount, i))
    #expect(EntityRecognizer.allowed(b, i) && EntityRecognizer.allowed(i, l))
    #expect(!EntityRecognizer.allowed(b, otherL) && !EntityRecognizer.allowed(b, 0))
    #expect(!EntityRecognizer.mayEnd(b) && EntityRecognizer.mayEnd(l))
  }

  @Test func viterbiNeverReturnsAnInvalidSequence() {
    // Emissions that greedily prefer I-person everywhere.
    let k = EntityRecognizer.classCount
    var emissions = [Float](repeating: 0, count: 3 * k)
    for position in 0..<3 { emissions[position * k + EntityRecognizer.tag(type: 0, position: 1)] = 5 }
    let tags = EntityRecognizer.viterbi(
      emissions: emissions, count: 3, transitions: [Float](repeating: 0, count: (k + 1) * k))
    #expect(tags == [EntityRecognizer.tag(type: 0, position: 0), EntityRecognizer.tag(type: 0, position: 1),
      EntityRecognizer.tag(type: 0, position: 2)])
  }

  @Test func fastDecoderMatchesReferenceViterbi() {
    let k = EntityRecognizer.classCount
    var generator = SeededGenerator(seed: 3)
    for length in [1, 2, 3, 7, 25] {
      for _ in 0..<20 {
        // Small ranges make ties, which both must break the same way.
        let emissions = (0..<(length * k)).map { _ in Int32(generator.below(9)) - 4 }
        let transitions = (0..<((k + 1) * k)).map { _ in Int32(generator.below(5)) - 2 }
        #expect(
          BILOUDecoder.decode(emissions: emissions, count: length, transitions: transitions)
            == EntityRecognizer.viterbi(emissions: emissions, count: length, transitions: transitions))
      }
    }
  }

  @Test func findsPeopleAndPlaces() throws {
    let models = try #require(ShippedModels.models)
    let words: [Substring] = ["Barack", "Obama", "visited", "France", "on", "Monday", "."]
    let spans = models.recognizer.recognize(words, tags: models.tagger.predict(words))
    #expect(spans.contains(NamedSpan(range: 0..<2, type: .person)))
    #expect(spans.contains(NamedSpan(range: 3..<4, type: .place)))
  }

  @Test func documentConsistencyTagsLaterSurnames() throws {
    let models = try #require(ShippedModels.models)
    let document: [[Substring]] = [
      ["Angela", "Merkel", "met", "reporters", "in", "Berlin", "."],
      ["Merkel", "said", "nothing", "."],
    ]
    let spans = models.recognizer.recognize(document: document, tags: document.map { models.tagger.predict($0) })
    #expect(spans[0].contains(NamedSpan(range: 0..<2, type: .person)))
    #expect(spans[1].contains(NamedSpan(range: 0..<1, type: .person)))
  }
}
