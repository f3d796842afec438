import Foundation
import Testing

@testable import NLPCore
@testable import NLPModels

@Suite("Attachment corrector")
struct AttachmentCorrectorTests {
  static let tagNames = ["VERB\tVBD", "NOUN\tNN", "ADP\tIN", "CCONJ\tCC", "PUNCT\t."]
  static let labelNames = ["root", "obj", "case", "obl", "nmod", "conj", "cc", "punct", "nsubj", "det"]

  static func label(_ name: String) -> Int { labelNames.firstIndex(of: name)! }

  /// "saw man with telescope": `telescope` (obl of `saw`) may also attach to `man`.
  static func telescope() -> (ParserSentence, AttachmentCorrector.Tree) {
    let words = ["saw", "man", "with", "telescope"].map { WordFeatures(Substring($0)) }
    let sentence = ParserSentence(
      words: words, tags: [0, 1, 2, 1], coarse: DependencyParser.coarseTags(tagNames))
    let tree = AttachmentCorrector.Tree(
      heads: [0, 0, 1, 4, 1], labels: [0, label("root"), label("obj"), label("case"), label("obl")])
    return (sentence, tree)
  }

  static func corrector() -> AttachmentCorrector {
    AttachmentCorrector(
      weights: WeightTable(classCount: 1, scale: 1, keys: [], rowCounts: [], entries: []),
      labelNames: labelNames, tagNames: tagNames)
  }

  @Test func offersTheHeadFirstThenTheWordsOnTheFacingEdge() {
    var (sentence, tree) = Self.telescope()
    var offered: [[Int]] = []
    Self.corrector().revise(sentence, &tree) { word, candidates, features in
      #expect(word == 4)
      #expect(features.count == candidates.count * AttachmentCorrector.featureCount)
      offered.append(candidates)
      return 0
    }
    #expect(offered == [[1, 2]])
    #expect(tree.heads == [0, 0, 1, 4, 1])
  }

  /// "met leaders in Geneva from Europe": `Geneva` may not move up to
  /// `met`, whose arc would cross the one from `leaders` to `Europe`.
  @Test func noCandidateCrossesAnArcOverTheWord() {
    let words = ["met", "leaders", "in", "Geneva", "from", "Europe"].map { WordFeatures(Substring($0)) }
    let sentence = ParserSentence(
      words: words, tags: [0, 1, 2, 1, 2, 1], coarse: DependencyParser.coarseTags(Self.tagNames))
    let l = Self.label
    var tree = AttachmentCorrector.Tree(
      heads: [0, 0, 1, 4, 2, 6, 2], labels: [0, l("root"), l("obj"), l("case"), l("nmod"), l("case"), l("nmod")])
    var offered: [Int: [Int]] = [:]
    Self.corrector().revise(sentence, &tree) { word, candidates, _ in
      offered[word] = candidates
      return 0
    }
    #expect(offered[4] == nil)
    #expect(offered[6] == [2, 1, 4])
  }

  @Test func movedObliqueBecomesNominalModifier() {
    var (sentence, tree) = Self.telescope()
    Self.corrector().revise(sentence, &tree) { _, candidates, _ in candidates.firstIndex(of: 2) ?? 0 }
    #expect(tree.heads[4] == 2)
    #expect(tree.labels[4] == Self.label("nmod"))
    #expect(tree.labels[3] == Self.label("case"))
  }

  @Test func untrainedWeightsKeepTheParse() {
    var (sentence, tree) = Self.telescope()
    let corrector = Self.corrector()
    corrector.revise(sentence, &tree) { _, _, features in corrector.best(features) }
    #expect(tree.heads == [0, 0, 1, 4, 1])
    #expect(tree.labels[4] == Self.label("obl"))
  }

  /// Whatever the choices, the result is a tree with one root, and no word
  /// is offered a head inside its own subtree or across another arc.
  @Test(arguments: [0, 1, 2, 3, 4, 5])
  func everyChoiceKeepsOneProjectiveTree(pick: Int) {
    // "ate fish , rice and beans at home with friends ."
    let words = ["ate", "fish", ",", "rice", "and", "beans", "at", "home", "with", "friends", "."]
      .map { WordFeatures(Substring($0)) }
    let tags = [0, 1, 4, 1, 3, 1, 2, 1, 2, 1, 4]
    let sentence = ParserSentence(words: words, tags: tags, coarse: DependencyParser.coarseTags(Self.tagNames))
    let l = Self.label
    var tree = AttachmentCorrector.Tree(
      heads: [0, 0, 1, 4, 2, 6, 4, 8, 6, 10, 8, 1],
      labels: [
        0, l("root"), l("obj"), l("punct"), l("conj"), l("cc"), l("conj"), l("case"), l("nmod"), l("case"),
        l("nmod"), l("punct"),
      ])
    var heads = tree.heads  // the tree as the corrector sees it
    Self.corrector().revise(sentence, &tree) { word, candidates, _ in
      for candidate in candidates {
        #expect(!Self.dominates(word, candidate, heads), "word \(word) offered \(candidate)")
        #expect(Self.isProjective(candidate, word, heads), "word \(word) offered \(candidate)")
      }
      let choice = min(pick, candidates.count - 1)
      heads[word] = candidates[choice]
      return choice
    }
    #expect(tree.heads == heads)
    #expect(!Self.hasCrossingArcs(tree.heads))
    #expect(tree.heads.dropFirst().filter { $0 == 0 }.count == 1)
    for node in 1..<tree.heads.count { #expect(Self.dominates(0, node, tree.heads)) }
  }

  @Test func shippedParserKeepsItsCorrectorThroughAModelFile() throws {
    let models = try #require(ShippedModels.models)
    #expect(models.parser.corrector != nil)
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("corrector-\(UUID().uuidString).ngm")
    defer { try? FileManager.default.removeItem(at: url) }
    try models.parser.save(to: url)
    let loaded = try DependencyParser(contentsOf: url)
    #expect(loaded.corrector != nil)
    let words: [Substring] = [
      "Ministers", "from", "France", "and", "Germany", "met", "officials", "in", "Kyiv", "on", "Monday", ".",
    ]
    let tags = models.tagger.predict(words)
    #expect(loaded.parse(words, tags: tags) == models.parser.parse(words, tags: tags))
  }

  static func dominates(_ ancestor: Int, _ node: Int, _ heads: [Int]) -> Bool {
    var current = node
    for _ in 0...heads.count {
      if current == ancestor { return true }
      if current == 0 { return false }
      current = heads[current]
    }
    return false
  }

  /// Whether two arcs cross (the root before the first word, so a tree
  /// without crossing arcs is projective).
  static func hasCrossingArcs(_ heads: [Int]) -> Bool {
    let arcs = (1..<heads.count).map { (min($0, heads[$0]), max($0, heads[$0])) }
    return arcs.contains { a in arcs.contains { b in a.0 < b.0 && b.0 < a.1 && a.1 < b.1 } }
  }

  /// Whether every word between `head` and `word` hangs under one of them.
  static func isProjective(_ head: Int, _ word: Int, _ heads: [Int]) -> Bool {
    let low = min(head, word), high = max(head, word)
    guard high > low + 1 else { return true }
    return ((low + 1)..<high).allSatisfy { dominates(head, $0, heads) || dominates(word, $0, heads) }
  }
}
