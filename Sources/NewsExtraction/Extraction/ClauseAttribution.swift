/// Attributions read off the dependency parse: a cue (a speech, belief or
/// perception verb, a reporting noun, or "according to"), its content (the
/// complement clause, infinitive or object, or the clause the cue interrupts
/// or follows) and its source (the subject, the passive agent, the
/// possessor of a nominal cue, or the subject inherited by a participle or
/// a coordinated verb).
extension StatementExtractor {
  /// The statements of one sentence: those found on the parse, and those
  /// the word patterns find whose content no parsed statement covers.
  func parsedAndRuleStatements(in sentence: Range<Int>, tree: ParseTree, consumed: inout Set<Int>) -> [StatementDraft] {
    var drafts = clauseStatements(in: sentence, tree: tree)
    var scratch = Set<Int>()
    for draft in indirectStatements(in: sentence, consumed: &scratch)
    where !drafts.contains(where: { parsed in
      parsed.content.contains { a in draft.content.contains { a.overlaps($0) } } && !isNested(parsed, in: draft)
    }) {
      drafts.append(withParsedSource(draft, tree: tree, sentence: sentence))
    }
    // Attributions are not nested: a cue inside another statement's
    // content belongs to the reported words.
    // Two statements whose contents hold each other's cues ("X say ...,
    // according to the poll") both stand: the outer one reports the inner.
    let cueStarts = drafts.map { $0.cue.map { document.tokenTable[$0.lowerBound].range.lowerBound } }
    drafts = drafts.enumerated().filter { index, own in
      guard let start = cueStarts[index] else { return true }
      return !drafts.enumerated().contains { other, draft in
        other != index && draft.content.contains { $0.contains(start) }
          && !(cueStarts[other].map { otherStart in own.content.contains { $0.contains(otherStart) } } ?? false)
      }
    }.map(\.element)
    for draft in drafts where draft.kind == .mixed {
      consumed.formUnion(draft.content.flatMap(quotesStarting))
    }
    drafts.sort { ($0.content.first?.lowerBound ?? 0) < ($1.content.first?.lowerBound ?? 0) }
    return drafts
  }

  /// A pattern draft whose participial cue (", saying ...") has a subject
  /// on the parse: that subject speaks, not the first name of the sentence.
  func withParsedSource(_ draft: StatementDraft, tree: ParseTree, sentence: Range<Int>) -> StatementDraft {
    guard let cue = draft.cue, document.tokenTable[cue.lowerBound].xpos == "VBG",
      let source = source(of: cue.lowerBound, tree: tree, sentence: sentence, depth: 0),
      draft.speakerTokens.map({ !$0.overlaps(source) }) ?? true
    else { return draft }
    var parsed = makeDraft(source: source, cue: cue, content: [])
    parsed.content = draft.content
    parsed.kind = draft.kind
    parsed.date = draft.date
    return parsed
  }

  /// The statements of one sentence found on the parse, in text order.
  func clauseStatements(in sentence: Range<Int>, tree: ParseTree) -> [StatementDraft] {
    var drafts: [StatementDraft] = []
    for i in sentence {
      // Attributions nested in a quotation belong to its speaker's words.
      guard document.tokenTable[i].shape == .word, quote(containing: i) == nil else { continue }
      // The field, not the record: copying a record copies all its strings.
      let upos = document.tokenTable[i].upos
      var found: StatementDraft?
      if upos == "VERB" || (upos == "AUX" && document.tokenTable[i].lemma != "be" && document.tokenTable[i].lemma != "have") {
        found = verbStatement(cue: i, sentence: sentence, tree: tree)
      } else if upos == "NOUN" {
        found = nounStatement(cue: i, sentence: sentence, tree: tree)
      }
      if found == nil { found = adjectiveNounOrColonStatement(at: i, sentence: sentence, tree: tree) }
      if found == nil, upos == "VERB" {
        found = impressionStatement(cue: i, sentence: sentence, tree: tree)
      }
      if found == nil, isWord(i, "asked") {
        found = questionStatement(at: i, sentence: sentence)
      }
      if found == nil, isWord(i, "according"), i + 1 < sentence.upperBound, isWord(i + 1, "to") {
        found = accordingToStatement(at: i, sentence: sentence, tree: tree)
      }
      if found == nil, isWord(i, "in") {
        found = documentSourceStatement(at: i, sentence: sentence, tree: tree)
      }
      if found == nil, isWord(i, "for") {
        found = stanceHolderStatement(at: i, sentence: sentence, tree: tree)
      }
      // A quotation reported by a cue outside it is the direct pass's.
      guard var draft = found, !isMostlyQuoted(draft.content) else { continue }
      if !draft.content.flatMap(quotesStarting).isEmpty { draft.kind = .mixed }
      drafts.append(draft)
    }
    return drafts
  }

  // MARK: Verbs

  /// The statement a cue verb heads: "X said (that) ...", "X wants to ...",
  /// "X endorsed Y", "..., X said", "X, saying ...".
  func verbStatement(cue v: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    // A word the tagger calls a verb but the parser attaches as a noun's
    // modifier ("the state union") is no cue.
    guard let lemma = cueLemma(v), !WordLists.nominalRelations.contains(document.tokenTable[v].dependency) else {
      return nil
    }
    var complement: Int?
    var infinitive: Int?
    var object: Int?
    var particle: Int?
    var lastComplement: Int?
    var prepositional: Int?
    for child32 in tree.children(v) {
      let child = Int(child32)
      switch document.tokenTable[child].dependency {
      // The complement after the cue wins over one before it.
      case "ccomp": if complement.map({ $0 < v }) ?? true { complement = child }
      case "obl": if prepositional == nil, child > v, !WordLists.plainSpeechLemmas.contains(lemma),
        let p = preposition(of: child, tree: tree), isCuePreposition(p, lemma: lemma) { prepositional = child }
      case "xcomp":
        if infinitive == nil { infinitive = child }
        lastComplement = child
      case "obj": if object == nil { object = child }
      case "compound:prt": particle = child
      default: break
      }
    }
    if complement == nil { complement = misattachedComplement(of: v, sentence: sentence, tree: tree) }
    let marked = complement == nil ? markedComplement(of: v, sentence: sentence) : nil
    var cue = v..<(v + 1)
    if let particle, particle == v + 1 { cue = v..<(v + 2) }
    var content: [Range<Int>] = []
    var sizable = false
    if let complement {
      var span = clause(complement, tree: tree)
      // "said some of the rhetoric has been ...": a subject the parser hung
      // on the cue as its object.
      if let object, object > v, object < complement, tree.subtree(object).upperBound == span.lowerBound,
        object - v <= 3, lexicon.reportingNouns.contains(lower(object))
      {
        // "expressed hope that ...": the noun is part of the cue.
        cue = v..<(object + 1)
      } else if let object, object > v, object < complement, !WordLists.addresseeCueLemmas.contains(lemma),
        document.tokenTable[object].upos != "PRON"
      {
        span = tree.subtree(object).lowerBound..<span.upperBound
      }
      content = [withoutThat(trimmed(extended(span, cue: v, tree: tree, sentence: sentence)))]
    } else if let marked {
      content = [marked]
    } else if let infinitive, WordLists.infinitiveCueLemmas.contains(lemma),
      hasInfinitiveMark(infinitive, tree: tree) || WordLists.smallClauseCueLemmas.contains(lemma)
    {
      // "wants to ...", "urged voters to ...", "called the plan a mistake".
      var span = tree.subtree(infinitive)
      if let object, object > v, object < infinitive { span = tree.subtree(object).lowerBound..<span.upperBound }
      // "called Trump a liar" parsed as two open complements: both count.
      if let lastComplement, lastComplement > infinitive, WordLists.smallClauseCueLemmas.contains(lemma) {
        span = span.lowerBound..<max(span.upperBound, tree.subtree(lastComplement).upperBound)
      }
      content = [trimmed(span)]
    } else if let object, object > v, WordLists.objectCueLemmas.contains(lemma) || isStanceObjectCue(lemma),
      !introducesThatClause(object, tree: tree)
    {
      // The adjuncts cut off still show the object is what was said.
      let whole = extended(tree.subtree(object), cue: v, tree: tree, sentence: sentence)
      content = [trimmed(objectContent(object, within: whole, cue: v, tree: tree))]
      sizable = hasWords(whole, minimum: 3)
    } else if let prepositional {
      // "called for ...", "spoke about ...", "referring to ...".
      let phrase = tree.subtree(prepositional)
      content = [trimmed(phrase.dropFirst())]
      if phrase.lowerBound > v, phrase.lowerBound - v <= 3 { cue = v..<(phrase.lowerBound + 1) }
    } else if lexicon.reportingVerbs[lower(v)] != nil,
      let around = hostClause(of: v, tree: tree, sentence: sentence)
    {
      // "..., X said." and "X, he said, ...": the clause the cue hangs on.
      content = around
    } else if lexicon.reportingVerbs[lower(v)] != nil,
      let before = leadingClause(of: v, tree: tree, sentence: sentence) ?? trailingReport(of: v, sentence: sentence, tree: tree)
    {
      // "The plan failed, she told reporters.": a clause the parser hung on
      // the cue as a modifier, or one before the cue's subject.
      content = [before]
    }
    content = content.filter { !$0.isEmpty }
    // Contents of a few words are mostly objects that report nothing.
    guard !content.isEmpty,
      sizable || content.contains(where: { hasWords($0, minimum: 3) }) || allowsShortContent(content, lemma: lemma, object: object)
    else { return nil }
    guard let source = sourceOrAdjacentSubject(of: v, content: &content, sentence: sentence, tree: tree) else { return nil }
    // The source never lies inside the content.
    if content.contains(where: { $0.overlaps(source) }) { return nil }
    // "..., said X, a spokesman who ...": after a subject that follows its
    // cue come appositions, not what was said.
    if source.lowerBound > v, content.allSatisfy({ $0.lowerBound >= source.upperBound }) { return nil }
    // A particle the content starts with belongs to the content ("wondered
    // if ..." with "if" parsed as the cue's particle): the cue ends there.
    if let first = content.first, first.lowerBound > v, first.lowerBound < cue.upperBound {
      cue = v..<first.lowerBound
    }
    var draft = makeDraft(source: source, cue: cue, content: content)
    if let first = content.first, first.lowerBound > v {
      draft.date = firstDate(in: cue.upperBound..<first.lowerBound)
    }
    return draft
  }

  /// A content span after a cue widened over the cue's later dependents
  /// that continue it (the parser often hangs part of the reported clause
  /// on the cue), up to a coordinated verb, a parenthetical or a comma.
  func extended(_ span: Range<Int>, cue v: Int, tree: ParseTree, sentence: Range<Int>) -> Range<Int> {
    guard span.lowerBound > v else { return span }
    var end = span.upperBound
    for child32 in tree.children(v) where Int(child32) >= span.upperBound {
      let child = Int(child32)
      let relation = document.tokenTable[child].dependency
      let sub = tree.subtree(child)
      if relation == "punct" || relation == "conj" || relation == "cc" { break }
      if relation == "parataxis", sub.lowerBound != end { break }
      if sub.lowerBound > end || isWord(sub.lowerBound, ",") || isWord(sub.lowerBound, ";") { break }
      if sub.lowerBound > 0, isWord(sub.lowerBound - 1, ",") || isWord(sub.lowerBound - 1, ";") { break }
      end = max(end, sub.upperBound)
    }
    // The word patterns' clause ends (", they ...", "; ", ", but ...") hold
    // against a misattached main clause.
    for k in (span.lowerBound + 1)..<max(span.lowerBound + 1, end)
    where quote(containing: k) == nil && isClauseBoundary(k, sentence: sentence, contentStart: span.lowerBound) {
      return span.lowerBound..<k
    }
    return span.lowerBound..<end
  }

  /// Whether an open complement is a to-infinitive.
  func hasInfinitiveMark(_ verb: Int, tree: ParseTree) -> Bool {
    tree.children(verb).contains { child in
      document.tokenTable[Int(child)].dependency == "mark" && isWord(Int(child), "to")
    }
  }

  /// The preposition marking an oblique, lowercased.
  func preposition(of noun: Int, tree: ParseTree) -> String? {
    for child32 in tree.children(noun) where Int(child32) < noun {
      if document.tokenTable[Int(child32)].dependency == "case" { return lower(Int(child32)) }
    }
    return nil
  }

  /// A complement clause's tokens, up to a participial or coordinated cue
  /// that starts a statement of its own (", noting ...", "but added ...").
  func clause(_ head: Int, tree: ParseTree) -> Range<Int> {
    var whole = tree.subtree(head)
    // "said on Monday during a visit that ...": the clause starts at "that".
    if let mark = tree.children(head).first(where: { Int($0) < head && isWord(Int($0), "that") }).map(Int.init),
      document.tokenTable[mark].dependency == "mark"
    {
      whole = mark..<whole.upperBound
    }
    for child32 in tree.children(head) where Int(child32) > head {
      let child = Int(child32)
      let sub = tree.subtree(child)
      guard sub.lowerBound > whole.lowerBound else { continue }
      let record = document.tokenTable[child]
      // "... but said ...": a coordinated cue verb without a subject of its
      // own speaks for the first cue's source.
      if record.dependency == "conj", record.upos == "VERB", cueLemma(child) != nil,
        !tree.children(child).contains(where: { document.tokenTable[Int($0)].dependency.hasPrefix("nsubj") })
      {
        return whole.lowerBound..<min(sub.lowerBound, whole.upperBound)
      }
      guard isWord(sub.lowerBound - 1, ",") || isWord(sub.lowerBound, ",") else { continue }
      if record.xpos == "VBG", cueLemma(child) != nil {
        return whole.lowerBound..<min(sub.lowerBound, whole.upperBound)
      }
    }
    return whole
  }

  /// The lemma of a cue verb, or nil when the token is no cue.
  func cueLemma(_ v: Int) -> String? {
    let record = document.tokenTable[v]
    if let lemma = lexicon.reportingVerbs[lower(v)] { return lemma }
    if WordLists.attitudeCueLemmas.contains(record.lemma) { return record.lemma }
    return stanceCueLemma(v)
  }

  /// For a cue attached to the clause it reports ("The plan failed, she
  /// said"; "As he noted, ..."), that clause without the cue's own words.
  func hostClause(of v: Int, tree: ParseTree, sentence: Range<Int>) -> [Range<Int>]? {
    let relation = document.tokenTable[v].dependency
    let host = tree.head(v)
    guard host != v, sentence.contains(host) else { return nil }
    switch relation {
    case "parataxis":
      // The host must be a clause, not a name the cue's phrase apposes.
      let hostRecord = document.tokenTable[host]
      guard hostRecord.upos == "VERB" || hostRecord.upos == "AUX"
        || tree.children(host).contains(where: { document.tokenTable[Int($0)].dependency == "cop" })
      else { return nil }
    case "advcl":
      // "as X said, ...": only with "as".
      guard tree.children(v).contains(where: { isWord(Int($0), "as") }) else { return nil }
    default:
      return nil
    }
    let whole = tree.subtree(host)
    let own = tree.subtree(v)
    // The cue's subtree lies inside its host's (``ParseTree`` keeps
    // subtrees nested); a head table that is no tree gives no host clause.
    guard whole.lowerBound <= own.lowerBound, own.upperBound <= whole.upperBound else { return nil }
    let before = trimmed(whole.lowerBound..<own.lowerBound)
    let after = trimmed(own.upperBound..<whole.upperBound)
    let spans = [before, after].filter { hasWords($0, minimum: 2) }
    return spans.isEmpty ? nil : spans
  }

  // MARK: Sources

  /// The source tokens of a cue verb: its subject, its passive agent, or
  /// the subject of the verb it depends on.
  func source(of v: Int, tree: ParseTree, sentence: Range<Int>, depth: Int) -> Range<Int>? {
    var passive = false
    for child32 in tree.children(v) {
      let child = Int(child32)
      let relation = document.tokenTable[child].dependency
      if relation == "nsubj" || relation == "nsubj:outer" {
        guard isSpeakerPhrase(child, tree: tree) else { return nil }
        return pastDateline(nounPhrase(child, tree: tree), head: child, cue: v, tree: tree, sentence: sentence)
      }
      if relation == "nsubj:pass" { passive = true }
      if relation == "obl:agent" {
        let span = nounPhrase(child, tree: tree)
        return span.lowerBound < span.upperBound && isWord(span.lowerBound, "by") ? (span.lowerBound + 1)..<span.upperBound : span
      }
    }
    guard !passive, depth < 3 else { return nil }
    let head = tree.head(v)
    guard head != v, sentence.contains(head) else { return nil }
    switch document.tokenTable[v].dependency {
    case "conj":
      // "X acknowledged ... but expressed hope that ...".
      return source(of: head, tree: tree, sentence: sentence, depth: depth + 1)
    case "advcl", "xcomp":
      // "..., saying ...": the participle shares the main clause's subject.
      guard document.tokenTable[v].xpos == "VBG" || document.tokenTable[v].dependency == "xcomp" else { return nil }
      return source(of: head, tree: tree, sentence: sentence, depth: depth + 1)
    case "acl":
      // "a statement saying ..." as a subject: the noun speaks ("groups
      // known as" does not).
      guard document.tokenTable[v].xpos == "VBG",
        document.tokenTable[head].upos == "NOUN" || document.tokenTable[head].upos == "PROPN"
      else { return nil }
      // "issued a statement saying ...", "sent a letter to the board of
      // directors urging ...": the subject of the clause the noun is the
      // object of, or hangs in through a preposition, speaks.
      let relation = document.tokenTable[head].dependency
      if relation == "obl" || relation == "nmod" || relation == "obj" || !isSpeakerPhrase(head, tree: tree) {
        var clause = tree.head(head)
        for _ in 0..<4 where document.tokenTable[clause].upos != "VERB" && tree.head(clause) != clause {
          clause = tree.head(clause)
        }
        if document.tokenTable[clause].upos == "VERB", sentence.contains(clause),
          let subject = source(of: clause, tree: tree, sentence: sentence, depth: depth + 1)
        {
          return subject
        }
      }
      return tree.subtree(head).lowerBound..<(head + 1)
    default:
      return nil
    }
  }

  /// Whether a subject can be a source: a nominal word, not a time ("last
  /// month") nor a misparsed prepositional phrase.
  func isSpeakerPhrase(_ head: Int, tree: ParseTree) -> Bool {
    let record = document.tokenTable[head]
    // Adjectives pass: the tagger often takes unknown names and "most",
    // "many" for adjectives.
    guard !["VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PUNCT", "PART", "ADV"].contains(record.upos) else { return false }
    if WordLists.timeNouns.contains(record.lemma.lowercased()) { return false }
    let first = tree.subtree(head).lowerBound
    return document.tokenTable[first].upos != "ADP" && document.tokenTable[first].upos != "SCONJ"
  }

  /// A subject's words: its subtree up to its head and any name, modifier
  /// or coordinated noun that continues it ("experts and officials in ..."),
  /// without relative clauses and appositions after it.
  func nounPhrase(_ head: Int, tree: ParseTree) -> Range<Int> {
    let whole = tree.subtree(head)
    var end = head + 1
    for child32 in tree.children(head) where Int(child32) > head {
      let child = Int(child32)
      let relation = document.tokenTable[child].dependency
      let isNominalConjunct = relation == "conj" && ["NOUN", "PROPN"].contains(document.tokenTable[child].upos)
      guard relation == "flat" || relation == "compound" || relation == "nmod" || relation == "nummod"
        || isNominalConjunct
      else { break }
      end = tree.subtree(child).upperBound
    }
    return whole.lowerBound..<max(end, head + 1)
  }

  // MARK: Helpers

  /// A draft with its speaker mention found inside the source tokens.
  func makeDraft(source: Range<Int>, cue: Range<Int>, content: [Range<Int>]) -> StatementDraft {
    var speaker: Int?
    var speakerTokens = trimmed(source).isEmpty ? source : trimmed(source)
    // The longest resolved mention inside the source speaks; the span stays
    // the source's words when no mention lies inside.
    for index in mentionIndex.inside(speakerTokens, of: mentions)
    where mentions[index].entity != nil || mentions[index].kind == .group {
      if let current = speaker, mentions[current].tokens.count >= mentions[index].tokens.count { continue }
      speaker = index
    }
    // A group speaks with its whole phrase ("Experts and officials in
    // Ukraine and Europe"); other mentions with their own words.
    if let speaker, mentions[speaker].kind != .group || mentions[speaker].tokens.lowerBound != speakerTokens.lowerBound {
      speakerTokens = mentions[speaker].tokens
    }
    return StatementDraft(
      speakerMention: speaker, speakerTokens: speakerTokens, cue: cue, content: content.map(scalars), kind: .indirect)
  }

  /// Whether token `i` is `word` (lowercase ASCII), in any case, without
  /// allocating.
  func isWord(_ i: Int, _ word: String) -> Bool {
    let range = document.tokenTable[i].range
    var k = range.lowerBound
    for expected in word.unicodeScalars {
      guard k < range.upperBound else { return false }
      let value = document.scalars[k].value
      if (value >= 65 && value <= 90 ? value + 32 : value) != expected.value { return false }
      k += 1
    }
    return k == range.upperBound
  }

  /// A content without the "that" that introduces it.
  func withoutThat(_ tokens: Range<Int>) -> Range<Int> {
    guard tokens.count > 1, isWord(tokens.lowerBound, "that"), document.tokenTable[tokens.lowerBound].dependency == "mark"
    else { return tokens }
    return trimmed((tokens.lowerBound + 1)..<tokens.upperBound)
  }

  /// Whether a reporting noun has a that-clause right after it ("hope that ...").
  func introducesThatClause(_ n: Int, tree: ParseTree) -> Bool {
    guard lexicon.reportingNouns.contains(lower(n)), n + 1 < document.tokenCount, isWord(n + 1, "that") else { return false }
    return tree.children(n).contains { child in
      let relation = document.tokenTable[Int(child)].dependency
      // A complement clause; the parser may call it a relative one when
      // "that" is its conjunction ("hope that ..." as acl:relcl).
      if relation == "acl:relcl" { return isThatClause(Int(child), after: n, tree: tree) }
      return (relation == "acl" || relation == "ccomp") && tree.subtree(Int(child)).lowerBound == n + 1
    }
  }

  /// Whether `clause` starts right after token `n` with "that" as its
  /// conjunction: a complement of `n`, whatever relation the parser gave it.
  func isThatClause(_ clause: Int, after n: Int, tree: ParseTree) -> Bool {
    tree.subtree(clause).lowerBound == n + 1 && isWord(n + 1, "that") && document.tokenTable[n + 1].dependency == "mark"
  }

  /// A token range without punctuation and quotation marks at its ends.
  func trimmed(_ tokens: Range<Int>) -> Range<Int> {
    var low = tokens.lowerBound
    var high = tokens.upperBound
    while low < high, isEdgeMark(low) { low += 1 }
    while high > low, isEdgeMark(high - 1) { high -= 1 }
    return low..<high
  }

  private func isEdgeMark(_ k: Int) -> Bool {
    let shape = shape(k)
    return shape == .punctuation || shape == .terminal
  }

  /// Whether a token range holds at least `minimum` words or numbers.
  func hasWords(_ tokens: Range<Int>, minimum: Int) -> Bool {
    var count = 0
    for k in tokens where shape(k) == .word || shape(k) == .number {
      count += 1
      if count >= minimum { return true }
    }
    return false
  }

  /// Whether the content is a quotation that opens it and fills most of it:
  /// the direct pass owns such statements.
  func isMostlyQuoted(_ content: [Range<Int>]) -> Bool {
    var quoted = 0
    var total = 0
    guard let start = content.first?.lowerBound, let opening = document.tokenIndex(startingAtOrAfter: start) else { return false }
    var firstWord = opening
    while firstWord < document.tokenCount, shape(firstWord) != .word && shape(firstWord) != .number { firstWord += 1 }
    if firstWord < document.tokenCount, isWord(firstWord, "that") { firstWord += 1 }
    guard firstWord < document.tokenCount, quote(containing: firstWord) != nil else { return false }
    for span in content {
      guard let first = document.tokenIndex(startingAtOrAfter: span.lowerBound) else { continue }
      var k = first
      while k < document.tokenCount, document.tokenTable[k].range.lowerBound < span.upperBound {
        if shape(k) == .word || shape(k) == .number {
          total += 1
          if quote(containing: k) != nil { quoted += 1 }
        }
        k += 1
      }
    }
    return total > 0 && quoted * 2 > total
  }
}
