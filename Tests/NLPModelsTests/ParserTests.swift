import Foundation
import Testing

@testable import NLPCore
@testable import NLPModels

@Suite("Dependency parser")
struct ParserTests {
  /// Follows zero-cost transitions from the start: must rebuild a projective gold tree.
  @Test(arguments: [
    [2, 0, 2],  // "She sleeps ." style
    [3, 3, 0, 5, 3, 3],
    [0, 1, 4, 2, 1],
  ])
  func dynamicOracleReachesGoldTree(heads: [Int]) {
    let gold = [0] + heads + [0]
    var state = ParserState(count: heads.count)
    while !state.isTerminal {
      let move = Transition.allCases.first { state.isValid($0) && state.cost(of: $0, gold: gold) == 0 }
      guard let move else {
        Issue.record("no zero-cost transition")
        return
      }
      state.apply(move, label: 0)
    }
    #expect(Array(state.heads[1...heads.count]) == heads)
  }

  @Test func rootOnlyTakesADependentAtTheEnd() {
    var state = ParserState(count: 2)
    state.apply(.shift, label: 0)
    #expect(!state.isValid(.right))
    state.apply(.shift, label: 0)
    state.apply(.right, label: 0)
    #expect(state.isValid(.right))
    #expect(!state.isValid(.left) && !state.isValid(.shift))
    state.apply(.right, label: 0)
    #expect(state.isTerminal)
    #expect(state.heads[1] == 0 && state.heads[2] == 1)
  }

  /// The parser skips scoring exactly where one transition is valid.
  @Test(arguments: [[2, 0, 2], [3, 3, 0, 5, 3, 3], [0, 1, 4, 2, 1]])
  func forcedTransitionIsTheOnlyValidOne(heads: [Int]) {
    let gold = [0] + heads + [0]
    var state = ParserState(count: heads.count)
    var forcedSeen = 0
    while !state.isTerminal {
      let valid = Transition.allCases.filter { state.isValid($0) }
      if let forced = state.forcedTransition {
        #expect(valid == [forced])
        forcedSeen += 1
      } else {
        #expect(valid.count > 1)
      }
      let move = valid.first { state.cost(of: $0, gold: gold) == 0 } ?? valid[0]
      state.apply(move, label: 0)
    }
    #expect(forcedSeen >= 2)
  }

  @Test func shippedParserGivesOneRootAndValidHeads() throws {
    let models = try #require(ShippedModels.models)
    let words: [Substring] = ["The", "minister", "said", "the", "talks", "would", "resume", "in", "Geneva", "."]
    let tags = models.tagger.predict(words)
    let arcs = models.parser.parse(words, tags: tags)
    #expect(arcs.count == words.count)
    #expect(arcs.filter { $0.head == nil }.count == 1)
    #expect(arcs.allSatisfy { $0.head.map { words.indices.contains($0) } ?? true })
    #expect(arcs[2].head == nil && arcs[2].label == "root")
    #expect(arcs[1].head == 2 && arcs[1].label == "nsubj")
  }

  @Test func punctuationIsLabelledPunctWithoutTheLabeller() throws {
    let models = try #require(ShippedModels.models)
    let words: [Substring] = ["\u{201C}", "We", "will", "win", ",", "\u{201D}", "she", "said", "--", "again", "!"]
    let tags = models.tagger.predict(words)
    let arcs = models.parser.parse(words, tags: tags)
    for (index, tag) in tags.enumerated() where tag.upos == "PUNCT" {
      #expect(arcs[index].label == "punct", "word \(index) '\(words[index])'")
    }
    #expect(tags.filter { $0.upos == "PUNCT" }.count >= 4)
    #expect(!models.parser.punctuationTags.isEmpty && models.parser.punctLabel != nil)
  }
}

/// The shipped models, loaded once for all tests (nil when missing).
enum ShippedModels {
  static let models: NLPModels? = try? NLPModels.loadShipped()
}
