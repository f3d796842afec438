import Lexicon

/// Gazetteer and title lookups of the ``MentionFinder``.
extension MentionFinder {
  /// The longest gazetteer phrase starting at `i` and ending before `end`.
  func gazetteerMatch(at i: Int, end: Int) -> (length: Int, entry: GazetteerEntry)? {
    let first = word(i)
    var best = longestPhrase(from: String(first), at: i, end: end, longerThan: nil)
    if first == "The" { best = longestPhrase(from: "the", at: i, end: end, longerThan: best) }
    return best
  }

  /// The longest gazetteer phrase at `i` whose first token is `first`, if
  /// it is longer than `best` (else `best`).
  private func longestPhrase(
    from first: String, at i: Int, end: Int, longerThan best: (length: Int, entry: GazetteerEntry)?
  ) -> (length: Int, entry: GazetteerEntry)? {
    guard let group = lexicon.phraseGroups[first] else { return best }
    var best = best
    if best == nil, let entry = group.single { best = (1, entry) }
    guard i + 1 < end, let candidates = group.bySecond[String(word(i + 1))] else { return best }
    for candidate in candidates where candidate.tokens.count <= end - i {
      if candidate.tokens.count <= best?.length ?? 0 { continue }
      var matches = true
      for offset in 2..<candidate.tokens.count where word(i + offset) != candidate.tokens[offset] {
        matches = false
        break
      }
      if matches { best = (candidate.tokens.count, candidate.entry) }
    }
    return best
  }

  /// The longest title starting at `i`: its length and the title as written.
  func titleMatch(at i: Int, end: Int) -> (length: Int, title: String)? {
    guard let longest = lexicon.longestTitleStarting[lower(i)] else { return nil }
    let limit = min(longest, end - i)
    guard limit > 0 else { return nil }
    for length in stride(from: limit, through: 1, by: -1) {
      var key = ""
      for offset in 0..<length {
        if offset > 0 { key += " " }
        key += lower(i + offset)
      }
      if lexicon.titles[key] != nil { return (length, text(i..<(i + length))) }
    }
    return nil
  }
}
