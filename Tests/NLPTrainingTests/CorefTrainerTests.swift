import Foundation
import Testing

@testable import NLPModels
@testable import NLPTraining

@Suite("Coreference resolver training and scoring")
struct CorefTrainerTests {
  /// A named person subject.
  static func name(_ sentence: Int, _ word: String) -> CorefMention {
    CorefMention(
      sentence: sentence, start: 0, end: 1, head: word, tag: "NNP", deprel: "nsubj", governor: "visit",
      governorIndex: 1, entityType: "person")
  }

  /// A common-noun object ("the mill").
  static func thing(_ sentence: Int, _ word: String) -> CorefMention {
    CorefMention(
      sentence: sentence, start: 2, end: 4, head: word, tag: "NN", deprel: "obj", governor: "visit",
      governorIndex: 1, firstWord: "the", text: "the " + word)
  }

  /// A pronoun at a word of a sentence.
  static func pronoun(_ sentence: Int, _ word: String, at start: Int, _ deprel: String) -> CorefMention {
    CorefMention(
      sentence: sentence, start: start, end: start + 1, head: word, tag: "PRP", deprel: deprel,
      governor: "like", governorIndex: 1)
  }

  /// "NAME visited the THING. She/He liked it." with the person first, the thing second.
  static func document(_ person: String, _ object: String, _ pronoun: String) -> CorefTrainer.Example {
    ([name(0, person), thing(0, object), Self.pronoun(1, pronoun, at: 0, "nsubj"), Self.pronoun(1, "it", at: 2, "obj")],
     [0, 1, 0, 1])
  }

  static let training: [CorefTrainer.Example] = [
    document("maria", "mill", "she"), document("tom", "bridge", "he"), document("ana", "library", "she"),
    document("omar", "harbour", "he"), document("lena", "museum", "she"), document("raj", "farm", "he"),
  ]

  @Test func learnsToPreferAgreeingAntecedents() throws {
    var trainer = CorefTrainer()
    trainer.epochs = 5
    let resolver = trainer.train(Self.training)
    let (mentions, _) = Self.document("ines", "castle", "she")
    let result = resolver.resolve(mentions)
    #expect(result.antecedents == [nil, nil, 0, 1])
    #expect(result.chains[2] == result.chains[0] && result.chains[3] == result.chains[1])
    // The model file keeps the decisions.
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("coref-test-\(UUID()).ngm")
    defer { try? FileManager.default.removeItem(at: url) }
    try resolver.save(to: url)
    #expect(try CoreferenceResolver(contentsOf: url).resolve(mentions) == result)
  }

  @Test func baselineTakesTheNearestAgreeingMention() {
    let (mentions, _) = Self.document("ines", "castle", "she")
    // "the castle" has no entity type, so it may be "she"; then its chain
    // has "she", so "it" finds no agreeing mention.
    #expect(CorefBaseline.resolve(mentions, givenChains: nil).antecedents == [nil, nil, 1, nil])
    var plural = mentions
    plural[1].tag = "NNS"
    #expect(CorefBaseline.resolve(plural, givenChains: nil).antecedents == [nil, nil, 0, nil])
  }

  @Test func scoresAccuracyAndB3() {
    let (mentions, gold) = Self.document("ines", "castle", "she")
    var perfect = CorefEvaluation.Score()
    CorefEvaluation.add(
      CorefResult(antecedents: [nil, nil, 0, 1], chains: [0, 1, 0, 1]), gold: gold, mentions: mentions, to: &perfect)
    #expect(perfect.accuracy == 1 && perfect.b3 == 1)
    var crossed = CorefEvaluation.Score()
    CorefEvaluation.add(
      CorefResult(antecedents: [nil, nil, 1, 0], chains: [0, 1, 1, 0]), gold: gold, mentions: mentions, to: &crossed)
    #expect(crossed.accuracy == 0 && crossed.anaphoric == 2)
    // Every mention shares its chain with one wrong mention: P = R = 1/2.
    #expect(abs(crossed.b3 - 0.5) < 1e-9)
  }

  @Test func clustersNamesByExactText() {
    let mentions = [Self.name(0, "tom"), Self.pronoun(1, "he", at: 0, "nsubj"), Self.name(2, "tom")]
    let given = CorefEvaluation.givenChains(mentions, gold: [0, 0, 0], clustering: .exactText)
    #expect(given == [0, nil, 0])
  }
}
