import NLPCore

/// The dependency tree of a parsed document, indexed for the attribution
/// rules: each token's children and the token span of its subtree.
///
/// Built once per document in time linear in its length, however deep the
/// tree; the parser is projective, so every subtree is one contiguous token
/// range, and a subtree always lies inside its head's.
struct ParseTree {
  /// Index into `childList` where each token's children start (one extra
  /// entry at the end).
  private let childStart: [Int32]
  /// Every token's children, grouped by head, in text order.
  private let childList: [Int32]
  /// The first token of each token's subtree.
  private let leftmost: [Int32]
  /// The last token of each token's subtree.
  private let rightmost: [Int32]
  /// Each token's head (itself for a root).
  let heads: [Int32]

  /// Indexes the parse stored in a document's token table.
  init(document: Document) {
    let count = document.tokenCount
    var heads = [Int32](repeating: 0, count: count)
    var counts = [Int32](repeating: 0, count: count + 1)
    for index in 0..<count {
      var head = index + document.tokenTable[index].headOffset
      if head < 0 || head >= count { head = index }
      heads[index] = Int32(head)
      if head != index { counts[head + 1] += 1 }
    }
    for index in 0..<count { counts[index + 1] += counts[index] }
    var fill = counts
    var list = [Int32](repeating: 0, count: Int(counts[count]))
    for index in 0..<count where Int(heads[index]) != index {
      let head = Int(heads[index])
      list[Int(fill[head])] = Int32(index)
      fill[head] += 1
    }
    // Every token reachable from a root, each after its head; widening
    // heads in the reverse order widens each subtree by all of its
    // descendants. Tokens on a head cycle (which a parse never has) are
    // unreachable and keep their own one-token span.
    var order: [Int32] = []
    order.reserveCapacity(count)
    var stack = (0..<count).filter { Int(heads[$0]) == $0 }.map { Int32($0) }
    while let node = stack.popLast() {
      order.append(node)
      stack.append(contentsOf: list[Int(counts[Int(node)])..<Int(counts[Int(node) + 1])])
    }
    var leftmost = (0..<count).map { Int32($0) }
    var rightmost = leftmost
    for node32 in order.reversed() {
      let node = Int(node32), head = Int(heads[node])
      guard head != node else { continue }
      if leftmost[head] > leftmost[node] { leftmost[head] = leftmost[node] }
      if rightmost[head] < rightmost[node] { rightmost[head] = rightmost[node] }
    }
    self.heads = heads
    self.childStart = counts
    self.childList = list
    self.leftmost = leftmost
    self.rightmost = rightmost
  }

  /// The head of token `i` (itself for a root).
  func head(_ i: Int) -> Int { Int(heads[i]) }

  /// The children of token `i`, in text order.
  func children(_ i: Int) -> ArraySlice<Int32> {
    childList[Int(childStart[i])..<Int(childStart[i + 1])]
  }

  /// The tokens of the subtree under `i`.
  func subtree(_ i: Int) -> Range<Int> { Int(leftmost[i])..<(Int(rightmost[i]) + 1) }
}
