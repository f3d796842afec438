import Testing

@testable import DocumentInput
@testable import Lexicon
@testable import NLPCore
@testable import NLPModels
@testable import NewsExtraction

/// The parse index: children in text order and subtree spans, which must
/// nest however deep the tree is.
@Suite("ParseTree")
struct ParseTreeTests {
  /// A document of `count` one-letter tokens whose heads are given.
  func document(heads: [Int]) -> Document {
    let text = String(repeating: "a ", count: heads.count)
    var document = Document(id: "tree", text: text)
    document.tokenTable = heads.indices.map { index in
      var record = TokenRecord(range: (2 * index)..<(2 * index + 1), spaceAfter: true, shape: .word)
      record.headOffset = heads[index] - index
      return record
    }
    return document
  }

  @Test func subtreesOfADeepChainNest() {
    // Each token heads the one before it: a chain 300 deep from the root.
    let count = 300
    let tree = ParseTree(document: document(heads: (0..<count).map { $0 == count - 1 ? $0 : $0 + 1 }))
    #expect(tree.subtree(count - 1) == 0..<count)
    for token in 0..<(count - 1) {
      let own = tree.subtree(token), whole = tree.subtree(tree.head(token))
      #expect(whole.lowerBound <= own.lowerBound && own.upperBound <= whole.upperBound)
      #expect(own == 0..<(token + 1))
    }
  }

  @Test func childrenAndSpansOfASmallTree() {
    // "a b c d e": c is the root; b heads a, d heads e.
    let tree = ParseTree(document: document(heads: [1, 2, 2, 2, 3]))
    #expect(Array(tree.children(2)) == [1, 3])
    #expect(Array(tree.children(3)) == [4])
    #expect(tree.subtree(2) == 0..<5)
    #expect(tree.subtree(1) == 0..<2)
    #expect(tree.subtree(3) == 3..<5)
    #expect(tree.subtree(0) == 0..<1)
  }

  @Test func headsOutsideTheDocumentMakeRoots() {
    let tree = ParseTree(document: document(heads: [5, -3, 1]))
    #expect(tree.head(0) == 0)
    #expect(tree.head(1) == 1)
    #expect(tree.subtree(1) == 1..<3)
  }
}
