extension StatementExtractor {
  /// Direct statements: quotes with their attribution, interrupted quotes
  /// joined, multi-paragraph quotes joined, and unattributed quoted
  /// paragraphs given to the previous quote's speaker.
  func directStatements(skipping consumed: Set<Int>, indirect: [StatementDraft]) -> [StatementDraft] {
    var drafts: [StatementDraft] = []
    var index = 0
    while index < quotes.count {
      defer { index += 1 }
      if consumed.contains(index) { continue }
      let quote = quotes[index]
      if quote.continuesPrevious, var last = drafts.popLast() {
        last.content.append(quote.content)
        drafts.append(last)
        continue
      }
      let words = quote.tokens.filter { shape($0) == .word || shape($0) == .number }.count
      var draft = StatementDraft(speakerMention: nil, speakerTokens: nil, cue: nil, content: [quote.content], kind: .direct)
      if let attribution = attributionAfter(quote) ?? attributionBefore(quote) {
        draft.speakerMention = attribution.speaker
        draft.speakerTokens = attribution.speakerTokens
        draft.cue = attribution.cue
        // `"...," he said, "..."`: one statement, two spans.
        if let close = quote.close, index + 1 < quotes.count, !consumed.contains(index + 1),
          attribution.end < document.tokenCount, lower(attribution.end) == ",",
          quotes[index + 1].open == attribution.end + 1, quotes[index + 1].open > close,
          document.paragraphIndex(of: quotes[index + 1].content.lowerBound)
            == document.paragraphIndex(of: quote.content.lowerBound)
        {
          draft.content.append(quotes[index + 1].content)
          index += 1
        }
      } else if words >= 4, let previous = drafts.last, previous.speakerTokens != nil,
        isNear(previous.content.last, quote.content)
      {
        // A quoted paragraph following a statement continues its speaker.
        draft.speakerMention = previous.speakerMention
        draft.speakerTokens = previous.speakerTokens
      } else if words < 4 || isInsideIndirect(quote, indirect) {
        continue  // A scare quote or title, not a statement.
      }
      drafts.append(draft)
    }
    return drafts
  }

  /// Whether two spans are in the same or adjacent paragraphs.
  func isNear(_ earlier: Range<Int>?, _ later: Range<Int>) -> Bool {
    guard let earlier else { return false }
    let a = document.paragraphIndex(of: earlier.lowerBound)
    let b = document.paragraphIndex(of: later.lowerBound)
    return b - a <= 1
  }

  func isInsideIndirect(_ quote: Quote, _ indirect: [StatementDraft]) -> Bool {
    // The drafts are in text order; find the last one starting before the quote.
    var low = 0
    var high = indirect.count
    let start = quote.content.lowerBound
    while low < high {
      let mid = (low + high) / 2
      if (indirect[mid].content.first?.lowerBound ?? 0) <= start { low = mid + 1 } else { high = mid }
    }
    return indirect[max(0, low - 3)..<low].contains { draft in draft.content.contains { $0.contains(start) } }
  }

  struct Attribution {
    var speaker: Int?
    var speakerTokens: Range<Int>
    var cue: Range<Int>?
    /// The token after the attribution.
    var end: Int
  }

  /// `"...," X said` / `"...," said X` after the closing mark.
  func attributionAfter(_ quote: Quote) -> Attribution? {
    guard let close = quote.close else { return nil }
    var k = close + 1
    let limit = min(document.tokenCount, close + 12)
    if k < limit, lower(k) == "," { k += 1 }
    guard k < limit else { return nil }
    let sentence = document.sentenceTable[document.sentenceIndex(ofToken: min(k, document.tokenCount - 1))]
    // said X
    if let cue = cue(at: k, sentence: sentence.lowerBound..<max(sentence.upperBound, k + 1)) {
      var m = cue.upperBound
      while m < limit, WordLists.auxiliaries.contains(lower(m)) { m += 1 }
      if m < limit, let speaker = mentionStartingAt[m] ?? mentionStartingAt[phraseEnd(m, limit)] {
        return Attribution(speaker: speaker, speakerTokens: mentions[speaker].tokens, cue: cue, end: mentions[speaker].tokens.upperBound)
      }
      // "said a spokesman."
      var q = m
      while q < limit, q - m < 4, shape(q) == .word { q += 1 }
      if q < document.tokenCount, shape(q) == .terminal || lower(q) == ",", isUnnamedSpeaker(m..<q),
        mentionStartingAt[q + 1] == nil || lower(q) != ","
      {
        return Attribution(speaker: nil, speakerTokens: m..<q, cue: cue, end: q)
      }
      // "said the mayor, NAME": a title and an appositive name.
      var probe = m
      while probe < min(limit, m + 6), shape(probe) == .word || lower(probe) == "," {
        if let speaker = mentionStartingAt[probe], mentions[speaker].type == .person || mentions[speaker].type == .organization
          || mentions[speaker].type == .country || mentions[speaker].type == .group
        {
          return Attribution(
            speaker: speaker, speakerTokens: mentions[speaker].tokens, cue: cue, end: mentions[speaker].tokens.upperBound)
        }
        probe += 1
      }
      return nil
    }
    // X said
    var m = k
    while m < limit {
      if let speaker = mentionStartingAt[m], mentions[speaker].type != .event {
        var c = mentions[speaker].tokens.upperBound
        while c < limit, WordLists.auxiliaries.contains(lower(c)) { c += 1 }
        let whole = document.sentenceTable[document.sentenceIndex(ofToken: min(c, document.tokenCount - 1))]
        if c < limit, let cue = cue(at: c, sentence: whole.lowerBound..<max(whole.upperBound, c + 1)) {
          return Attribution(speaker: speaker, speakerTokens: mentions[speaker].tokens, cue: cue, end: cue.upperBound)
        }
      }
      // "a spokesman said"
      if m == k,
        let cueStart = stride(from: k + 2, through: min(k + 4, limit - 1), by: 1).first(where: {
          cue(at: $0, sentence: sentence.lowerBound..<max(sentence.upperBound, $0 + 1)) != nil
        }),
        isUnnamedSpeaker(k..<cueStart),
        let cue = cue(at: cueStart, sentence: sentence.lowerBound..<max(sentence.upperBound, cueStart + 1))
      {
        return Attribution(speaker: nil, speakerTokens: k..<cueStart, cue: cue, end: cue.upperBound)
      }
      // Only a title or name may stand between the quote and the speaker.
      guard let first = document.scalars[document.tokenTable[m].range].first,
        ScalarClass.isUppercase(first) || WordLists.determiners.contains(lower(m))
      else { return nil }
      m += 1
    }
    return nil
  }

  func phraseEnd(_ m: Int, _ limit: Int) -> Int {
    var k = m
    while k < limit, let first = document.scalars[document.tokenTable[k].range].first,
      ScalarClass.isUppercase(first) || WordLists.determiners.contains(lower(k)), mentionStartingAt[k] == nil
    {
      k += 1
    }
    return k
  }

  /// `X said: "..."`, `X said, "..."`, `X said "..."`, `X: "..."` before the
  /// opening mark.
  func attributionBefore(_ quote: Quote) -> Attribution? {
    var k = quote.open - 1
    guard k >= 0 else { return nil }
    let sentence = document.sentenceTable[document.sentenceIndex(ofToken: quote.open)]
    guard k >= sentence.lowerBound || document.paragraphIndex(of: document.tokenTable[k].range.lowerBound)
      == document.paragraphIndex(of: quote.content.lowerBound)
    else { return nil }
    // `X said "..."`: the cue right before the mark, no punctuation.
    let hasMark = lower(k) == ":" || lower(k) == ","
    if hasMark { k -= 1 }
    guard k >= 0 else { return nil }
    let start = document.sentenceTable[document.sentenceIndex(ofToken: k)].lowerBound
    if !hasMark, cue(at: k, sentence: start..<(k + 1)) == nil { return nil }
    // `X said: "..."`, or with the cue's object between: `X told the council: "..."`.
    var c = k
    while c >= start, c > (hasMark ? k - 5 : k - 1) {
      if let cue = cue(at: c, sentence: start..<(k + 1)) {
        var j = cue.lowerBound - 1
        while j >= start, WordLists.auxiliaries.contains(lower(j)) { j -= 1 }
        if j >= start, let speaker = mentionEndingAt[j] {
          return Attribution(speaker: speaker, speakerTokens: mentions[speaker].tokens, cue: cue, end: quote.open)
        }
      }
      guard shape(c) == .word else { break }
      c -= 1
    }
    // `X: "..."`.
    if hasMark, let speaker = mentionEndingAt[k] {
      return Attribution(speaker: speaker, speakerTokens: mentions[speaker].tokens, cue: nil, end: quote.open)
    }
    return nil
  }
}
