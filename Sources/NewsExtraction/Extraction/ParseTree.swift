/// The dependency tree of a parsed document, indexed for the attribution
/// rules: each token's children and the token span of its subtree.
///
/// Built once per document in time linear in its length (times the tree's
/// depth); the parser is projective, so every subtree is one contiguous
/// token range.
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
    var leftmost = (0..<count).map { Int32($0) }
    var rightmost = leftmost
    for index in 0..<count {
      // Walk up to the root, widening every ancestor's span; a step limit
      // guards against a malformed cycle.
      var node = index
      var steps = 0
      while Int(heads[node]) != node, steps < 64 {
        node = Int(heads[node])
        if leftmost[node] > Int32(index) { leftmost[node] = Int32(index) }
        if rightmost[node] < Int32(index) { rightmost[node] = Int32(index) }
        steps += 1
      }
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
