import NLPCore

extension StatementExtractor {
  /// Statements around a parenthetical attribution ("In three years, the
  /// mayor says, far too much has changed"): the words on both sides of
  /// the attribution are one content of two spans. Two statements of one
  /// cue become one, and a content before ", SPEAKER CUE," takes the rest
  /// of its sentence after the cue's comma.
  func joiningParentheticals(_ drafts: [StatementDraft]) -> [StatementDraft] {
    var result: [StatementDraft] = []
    var byCue: [Range<Int>: Int] = [:]
    for draft in drafts {
      guard draft.kind != .direct, let cue = draft.cue, draft.content.count == 1 else {
        result.append(draft)
        continue
      }
      if let earlier = byCue[cue] {
        let added = draft.content.filter { span in !result[earlier].content.contains { $0.overlaps(span) } }
        result[earlier].content = (result[earlier].content + added).sorted { $0.lowerBound < $1.lowerBound }
        continue
      }
      byCue[cue] = result.count
      result.append(withContentAfterParenthetical(draft, cue: cue))
    }
    return result
  }

  /// A content ending at the comma before ", SPEAKER CUE, ..." with the rest
  /// of the sentence after the cue's comma as a second span.
  private func withContentAfterParenthetical(_ draft: StatementDraft, cue: Range<Int>) -> StatementDraft {
    guard let speaker = draft.speakerTokens, let span = draft.content.first,
      let last = document.tokenIndex(containing: span.upperBound - 1),
      speaker.lowerBound == last + 2, isWord(last + 1, ","), speaker.upperBound <= cue.lowerBound,
      cue.upperBound + 1 < document.tokenCount, isWord(cue.upperBound, ",")
    else { return draft }
    let comma = document.tokenTable[cue.upperBound].range
    guard comma.upperBound < document.length, ScalarClass.isSpace(document.scalars[comma.upperBound]) else { return draft }
    let sentence = document.sentence(ofToken: cue.upperBound)
    let start = cue.upperBound + 1
    var end = start
    while end < sentence.upperBound, shape(end) != .terminal, !isWord(end, ";") {
      if shape(end) == .quote { return draft }
      end += 1
    }
    guard end > start, end - start >= 3 else { return draft }
    var joined = draft
    joined.content.append(scalars(start..<end))
    return joined
  }
}
