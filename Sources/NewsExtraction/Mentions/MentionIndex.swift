/// Finds mentions by token position in logarithmic time, so that no step of
/// the extraction is quadratic in the length of a document.
struct MentionIndex {
  /// (first token, mention index), sorted.
  private let starts: [(token: Int, mention: Int)]
  /// The most tokens any mention covers.
  private let longest: Int

  init(_ mentions: [Mention]) {
    // Read each mention's first token in place (no copy of the mention),
    // and sort only when the mentions are not already in text order.
    var starts: [(token: Int, mention: Int)] = []
    starts.reserveCapacity(mentions.count)
    var ordered = true
    var longest = 0
    for index in mentions.indices {
      let token = mentions[index].tokens.lowerBound
      longest = max(longest, mentions[index].tokens.count)
      if let last = starts.last, last.token > token { ordered = false }
      starts.append((token, index))
    }
    if !ordered { starts.sort { ($0.token, $0.mention) < ($1.token, $1.mention) } }
    self.starts = starts
    self.longest = longest
  }

  /// The indices of the mentions that start inside a token range, in
  /// text order.
  func starting(in tokens: Range<Int>) -> [Int] {
    var low = starts.partitioningIndex { $0.token >= tokens.lowerBound }
    var result: [Int] = []
    while low < starts.count, starts[low].token < tokens.upperBound {
      result.append(starts[low].mention)
      low += 1
    }
    return result
  }

  /// The indices of the mentions lying wholly inside a token range.
  func inside(_ tokens: Range<Int>, of mentions: [Mention]) -> [Int] {
    starting(in: tokens).filter { mentions[$0].tokens.upperBound <= tokens.upperBound }
  }

  /// The indices of the mentions whose tokens include `token`, ascending
  /// (the order of the mention list).
  func covering(_ token: Int, of mentions: [Mention]) -> [Int] {
    starting(in: max(0, token - longest + 1)..<(token + 1))
      .filter { mentions[$0].tokens.contains(token) }
      .sorted()
  }
}
