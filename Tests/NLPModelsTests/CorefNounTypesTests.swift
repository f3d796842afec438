import Foundation
import Testing

@testable import NLPModels

@Suite("Coreference noun lexicon and resolver file")
struct CorefNounTypesTests {
  @Test func learnsTheUsualTypeOfFrequentNouns() {
    let pairs: [(head: String, type: String)] = [
      ("minister", "person"), ("minister", "person"), ("minister", "organization"),
      ("ministry", "organization"), ("ministry", "organization"),
      ("bank", "place"), ("bank", "organization"),  // no clear majority
      ("walrus", "animal"),  // seen once
    ]
    let lexicon = CorefNounTypes.learn(pairs, minimumCount: 2, minimumShare: 0.6)
    #expect(lexicon.types == ["minister": "person", "ministry": "organization"])
    var mentions = [
      CorefMention(sentence: 0, start: 0, end: 2, head: "minister", tag: "NN", deprel: "nsubj"),
      CorefMention(sentence: 0, start: 3, end: 4, head: "minister", tag: "NNP", deprel: "obj"),
    ]
    lexicon.annotate(&mentions)
    #expect(mentions.map(\.nounType) == ["person", ""])
    #expect(mentions[0].semanticType == "person")
  }

  @Test func agreementUsesTheNounTypeAndTheChainsPronouns() {
    let she = CorefMention(sentence: 1, start: 0, end: 1, head: "she", tag: "PRP", deprel: "nsubj")
    var ministry = CorefMention(sentence: 0, start: 0, end: 2, head: "ministry", tag: "NN", deprel: "nsubj")
    #expect(CorefFeatures.agrees(she, ministry, chain: CorefChainState()))
    ministry.nounType = "organization"
    #expect(!CorefFeatures.agrees(she, ministry, chain: CorefChainState()))
    let it = CorefMention(sentence: 1, start: 0, end: 1, head: "it", tag: "PRP", deprel: "nsubj")
    var person = ministry
    person.nounType = "person"
    #expect(!CorefFeatures.agrees(it, person, chain: CorefChainState()))
    ministry.nounType = ""
    var chain = CorefChainState()
    chain.add(CorefMention(sentence: 0, start: 0, end: 1, head: "he", tag: "PRP", deprel: "nsubj"))
    #expect(!CorefFeatures.agrees(she, ministry, chain: chain))
  }

  @Test func resolverFileKeepsTheLexicon() throws {
    let resolver = CoreferenceResolver(
      weights: AveragedPerceptron(classCount: 1).averaged(), nounTypes: CorefNounTypes(["mayor": "person"]))
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("coref-\(UUID()).ngm")
    defer { try? FileManager.default.removeItem(at: url) }
    try resolver.save(to: url)
    #expect(try CoreferenceResolver(contentsOf: url).nounTypes == resolver.nounTypes)
  }

  @Test func shippedResolverLoads() throws {
    let resolver = try CoreferenceResolver.loadShipped()
    #expect(resolver.nounTypes.types.count > 100)
  }
}
