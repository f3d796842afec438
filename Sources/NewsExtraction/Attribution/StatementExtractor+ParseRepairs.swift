/// Repairs of common parse errors around cues: a that-clause hung on a
/// noun after the cue and a leading clause hung on the cue as a modifier.
extension StatementExtractor {
  /// "said in an interview last week that ...": a that-clause the parser
  /// hung as a relative clause on a noun of a phrase after the cue is the
  /// cue's complement. Looks a few words ahead, never past a comma.
  func misattachedComplement(of v: Int, sentence: Range<Int>, tree: ParseTree) -> Int? {
    let limit = min(sentence.upperBound, v + TokenWindow.thatClause)
    var k = v + 1
    while k < limit, shape(k) == .word || shape(k) == .number {
      if isWord(k, "that") {
        let head = tree.head(k)
        guard document.tokenTable[k].label == .mark, head > k, tree.subtree(head).lowerBound == k,
          document.tokenTable[head].label.universal == .acl
        else { return nil }
        // The clause's noun must hang, through a few heads, on the cue.
        var up = tree.head(head)
        for _ in 0..<4 where up != v && up > v {
          up = tree.head(up)
        }
        return up == v ? head : nil
      }
      k += 1
    }
    return nil
  }

  /// The clause that opens the sentence and ends with a comma before the
  /// cue's subject, when the parser made it the cue's modifier or
  /// complement and no subordinator ("if", "when", "as") introduces it.
  func leadingClause(of v: Int, tree: ParseTree, sentence: Range<Int>) -> Range<Int>? {
    for child32 in tree.children(v) where Int(child32) < v {
      let child = Int(child32)
      let relation = document.tokenTable[child].label
      guard relation == .advcl || relation == .ccomp || relation == .parataxis else { continue }
      let span = tree.subtree(child)
      guard span.lowerBound == sentence.lowerBound, span.upperBound < v, isWord(span.upperBound - 1, ","),
        !tree.children(child).contains(where: { grandchild in
          let record = document.tokenTable[Int(grandchild)]
          return record.label == .mark || (record.label == .advmod && record.pos == .sconj)
        })
      else { continue }
      let content = trimmed(span)
      return hasWords(content, minimum: 3) ? content : nil
    }
    return nil
  }
}
