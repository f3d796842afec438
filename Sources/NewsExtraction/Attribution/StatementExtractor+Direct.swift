extension StatementExtractor {
  /// Where the last direct statement ends, so that the quotes continuing it
  /// join it.
  private struct OpenStatement {
    /// The draft's index.
    var draft: Int
    /// The last token of the statement: its last quote's closing mark or
    /// last token, or the end of its attributing clause.
    var anchor: Int
    /// The attribution's cue, when the statement has one.
    var cue: Range<Int>?
  }

  /// Where the statements with a speaker end, so that finding the one
  /// ending last before a quote is a binary search, not a pass over every
  /// statement of the document.
  private struct SpokenEnds {
    /// (content end, draft index) of the reported statements with a
    /// speaker, by end, and among equal ends the earliest draft last.
    let indirect: [(end: Int, draft: Int)]
    /// The direct statement with a speaker whose content ends last (the
    /// earliest of those), among those found so far.
    var direct: (end: Int, draft: Int)?

    init(indirect drafts: [StatementDraft]) {
      indirect = drafts.indices.compactMap { index -> (end: Int, draft: Int)? in
        guard drafts[index].speakerTokens != nil, let end = drafts[index].content.map(\.upperBound).max() else { return nil }
        return (end, index)
      }.sorted { ($0.end, $1.draft) < ($1.end, $0.draft) }
    }

    /// Takes note of a direct statement made or lengthened.
    mutating func note(_ draft: StatementDraft, at index: Int) {
      guard draft.speakerTokens != nil, let end = draft.content.map(\.upperBound).max() else { return }
      if let current = direct, current.end > end || (current.end == end && current.draft < index) { return }
      direct = (end, index)
    }

    /// The reported statement ending last at or before `offset`.
    func lastIndirect(endingBy offset: Int) -> (end: Int, draft: Int)? {
      let low = indirect.partitioningIndex { $0.end > offset }
      return low > 0 ? indirect[low - 1] : nil
    }
  }

  /// Direct statements: quotes with their attribution. The quotes that
  /// continue a statement join it as further content spans: the second half
  /// of an interrupted quote (`"...," she said, "..."`), a quote right after
  /// the attributing sentence in its paragraph (`"...," she said. "..."`),
  /// and a quote running on across paragraphs without a closing mark. A
  /// quoted paragraph of its own after a statement is a statement of the
  /// same speaker; short unattributed quotes are scare quotes or titles.
  func directStatements(skipping consumed: Set<Int>, indirect: [StatementDraft]) -> [StatementDraft] {
    var drafts: [StatementDraft] = []
    var open: OpenStatement?
    var spoken = SpokenEnds(indirect: indirect)
    for index in quotes.indices where !consumed.contains(index) {
      let quote = quotes[index]
      let last = quote.close ?? max(quote.open, quote.tokens.upperBound - 1)
      if quote.continuesPrevious, let current = open {
        drafts[current.draft].content.append(quote.content)
        spoken.note(drafts[current.draft], at: current.draft)
        open?.anchor = last
        continue
      }
      let fragment = !opensClause(quote)
      let attribution = attribution(of: quote, rules: fragment ? AttributionRules.fragmentQuote : AttributionRules.openingQuote)
      if !fragment, let current = open, continues(quote, current, attribution) {
        drafts[current.draft].content.append(quote.content)
        spoken.note(drafts[current.draft], at: current.draft)
        open?.anchor = max(last, (attribution?.end ?? 0) - 1)
        continue
      }
      let words = quote.tokens.filter { shape($0) == .word || shape($0) == .number }.count
      var draft = StatementDraft(speakerMention: nil, speakerTokens: nil, cue: nil, content: [quote.content], kind: .direct)
      if fragment, words < 4 { continue }  // A scare quote or title.
      if let attribution {
        draft.speakerMention = attribution.speaker
        draft.speakerTokens = attribution.speakerTokens
        draft.cue = attribution.cue
        draft.rule = attribution.rule
      } else if !fragment, words >= 4,
        let previous = nearestSpoken(before: quote.content.lowerBound, direct: drafts, indirect: indirect, ends: spoken),
        isNear(previous.content.last, quote.content)
      {
        // A quoted paragraph following a statement, direct or reported,
        // continues its speaker.
        draft.speakerMention = previous.speakerMention
        draft.speakerTokens = previous.speakerTokens
        draft.rule = .previousSpeaker
      } else {
        // A quote no one is found to say is a scare quote, a title or a
        // slogan more often than a statement.
        continue
      }
      drafts.append(draft)
      spoken.note(draft, at: drafts.count - 1)
      open = draft.speakerTokens == nil ? nil : OpenStatement(
        draft: drafts.count - 1, anchor: max(last, (attribution?.end ?? 0) - 1), cue: attribution?.cue)
    }
    return drafts
  }

  /// The first attribution of a quote the rules find, with its rule's name.
  private func attribution(of quote: Quote, rules: [QuoteRule]) -> Attribution? {
    for rule in rules {
      guard var found = rule.apply(self, quote) else { continue }
      if found.rule == nil { found.rule = rule.name }
      return found
    }
    return nil
  }

  /// Whether a quote continues the open statement: it has no attribution of
  /// its own (or the same one, for an interrupted quote), and it opens right
  /// after the statement, in its sentence or the next one of the paragraph.
  private func continues(_ quote: Quote, _ current: OpenStatement, _ attribution: Attribution?) -> Bool {
    if let attribution, attribution.cue == nil || attribution.cue != current.cue { return false }
    guard quote.open > current.anchor, quote.open > 0 else { return false }
    let anchorParagraph = document.paragraphIndex(of: document.tokenTable[current.anchor].range.lowerBound)
    let openParagraph = document.paragraphIndex(of: document.tokenTable[quote.open].range.lowerBound)
    guard openParagraph == anchorParagraph,
      document.sentenceIndex(ofToken: quote.open) - document.sentenceIndex(ofToken: current.anchor) <= 1
    else { return false }
    let before = quote.open - 1
    return before == current.anchor || shape(before) == .terminal || shape(before) == .quote
      || [",", ":", ";", "\u{2014}", "\u{2013}", "--"].contains(lower(before))
      || document.sentence(ofToken: quote.open).lowerBound == quote.open
  }

  /// The statement with a speaker whose content ends last before `offset`,
  /// among the direct statements found so far and the reported ones.
  private func nearestSpoken(
    before offset: Int, direct: [StatementDraft], indirect: [StatementDraft], ends: SpokenEnds
  ) -> StatementDraft? {
    // Quotes come in text order, so every direct statement so far ends
    // before this one; the scan below is for when that does not hold.
    if ends.direct.map({ $0.end <= offset }) ?? true {
      let reported = ends.lastIndirect(endingBy: offset)
      if let spoken = ends.direct, spoken.end >= reported?.end ?? -1 { return direct[spoken.draft] }
      return reported.map { indirect[$0.draft] }
    }
    var best: StatementDraft?
    var bestEnd = -1
    for draft in [direct, indirect].joined() where draft.speakerTokens != nil {
      guard let end = draft.content.map(\.upperBound).max(), end <= offset, end > bestEnd else { continue }
      best = draft
      bestEnd = end
    }
    return best
  }

  /// Whether two spans are in the same or adjacent paragraphs.
  func isNear(_ earlier: Range<Int>?, _ later: Range<Int>) -> Bool {
    guard let earlier else { return false }
    let a = document.paragraphIndex(of: earlier.lowerBound)
    let b = document.paragraphIndex(of: later.lowerBound)
    return b - a <= 1
  }
}
