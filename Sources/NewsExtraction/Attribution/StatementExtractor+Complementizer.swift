import NLPCore

extension StatementExtractor {
  /// A reported clause keeps the "that" that introduces it ("said that the
  /// plan failed"): the complementizer is part of the content, as in the
  /// usual attribution annotation. Direct quotes are left as they are.
  func withIntroducingThat(_ draft: StatementDraft) -> StatementDraft {
    guard draft.kind != .direct, let first = draft.content.first,
      let token = document.tokenIndex(containing: first.lowerBound), token > 0,
      document.tokenTable[token].range.lowerBound == first.lowerBound, isWord(token - 1, "that")
    else { return draft }
    let that = document.tokenTable[token - 1].range
    // Only whitespace between "that" and the content.
    for k in that.upperBound..<first.lowerBound where !ScalarClass.isSpace(document.scalars[k]) { return draft }
    var widened = draft
    widened.content[0] = that.lowerBound..<first.upperBound
    return widened
  }
}
