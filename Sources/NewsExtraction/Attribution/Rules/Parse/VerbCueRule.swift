extension ParseRule {
  /// `parse.verb`: the statement a cue verb heads, named by what its
  /// content is: "X said (that) ..." (`parse.clausal-complement`), "X
  /// argued in the letter that ..." (`parse.complementizer`), "X wants to
  /// ..." (`parse.infinitive`), "X endorsed Y" (`parse.object`), "X called
  /// for ..." (`parse.prepositional`), "..., X said." (`parse.host-clause`)
  /// and a clause the parse hung on the cue or left before its subject
  /// (`parse.leading-clause`, `parse.trailing-report`).
  static let verbCue = ParseRule(
    name: "parse.verb",
    variants: [
      .clausalComplement, .complementizer, .infinitive, .object, .prepositional, .hostClause, .leadingClause,
      .trailingReport,
    ]
  ) { extractor, site in
    // The fields, not the record: copying a record copies its lemma.
    let pos = extractor.document.tokenTable[site.token].pos
    guard pos == .verb
      || (pos == .aux && extractor.document.tokenTable[site.token].lemma != "be"
        && extractor.document.tokenTable[site.token].lemma != "have")
    else { return nil }
    return extractor.verbStatement(cue: site.token, sentence: site.sentence, tree: site.tree)
  }
}

extension RuleName {
  /// A cue verb's complement clause: "X said (that) ...".
  static let clausalComplement: RuleName = "parse.clausal-complement"
  /// A clause the parse did not hang on its cue, found by its
  /// complementizer: "X argued in the letter that ...".
  static let complementizer: RuleName = "parse.complementizer"
  /// A cue verb's infinitive or small clause: "X wants to ...", "X
  /// called the plan a mistake".
  static let infinitive: RuleName = "parse.infinitive"
  /// A stance or object cue's object: "X endorsed Y".
  static let object: RuleName = "parse.object"
  /// A cue's prepositional phrase: "X called for ...".
  static let prepositional: RuleName = "parse.prepositional"
  /// The clause a cue interrupts or follows: "..., X said.", "X, he said,
  /// ...".
  static let hostClause: RuleName = "parse.host-clause"
  /// A clause the parser hung on the cue as a modifier: "The plan failed,
  /// she told reporters."
  static let leadingClause: RuleName = "parse.leading-clause"
  /// A report closing the sentence whose subject the parse lost: "...,
  /// federal officials said."
  static let trailingReport: RuleName = "parse.trailing-report"
}

extension StatementExtractor {
  /// A cue verb's dependents that may hold what it reports.
  struct VerbCue {
    /// The cue verb.
    let verb: Int
    /// Its lemma as a cue.
    let lemma: String
    /// Its complement clause (after the cue, when it has two).
    var complement: Int?
    /// Its first open complement.
    var infinitive: Int?
    /// Its last open complement.
    var lastComplement: Int?
    /// Its first object.
    var object: Int?
    /// Its oblique with a cue preposition ("called for").
    var prepositional: Int?
    /// A clause found by its complementizer when the parse gave none.
    var marked: Range<Int>?
    /// The cue's tokens, with a particle right after it ("point out").
    var cue: Range<Int>
  }

  /// What a cue verb reports, and the branch of ``ParseRule/verbCue`` that
  /// found it.
  struct VerbContent {
    /// The content's token ranges.
    var spans: [Range<Int>]
    /// The cue's tokens.
    var cue: Range<Int>
    /// The branch.
    var rule: RuleName
    /// Whether the content stands whatever its length (an object whose
    /// adjuncts were cut off).
    var sizable = false
  }

  /// The statement a cue verb heads: "X said (that) ...", "X wants to ...",
  /// "X endorsed Y", "..., X said", "X, saying ...".
  func verbStatement(cue v: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    guard let parts = verbCue(v, sentence: sentence, tree: tree),
      let found = verbContent(parts, sentence: sentence, tree: tree)
    else { return nil }
    var content = found.spans.filter { !$0.isEmpty }
    var cue = found.cue
    // Contents of a few words are mostly objects that report nothing.
    guard !content.isEmpty,
      found.sizable || content.contains(where: { hasWords($0, minimum: 3) })
        || allowsShortContent(content, lemma: parts.lemma, object: parts.object)
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
    draft.rule = found.rule
    if let first = content.first, first.lowerBound > v {
      draft.date = firstDate(in: cue.upperBound..<first.lowerBound)
    }
    return draft
  }

  /// The dependents of cue verb `v`; nil when `v` is no cue, or a word the
  /// tagger calls a verb but the parser attaches as a noun's modifier ("the
  /// state union").
  func verbCue(_ v: Int, sentence: Range<Int>, tree: ParseTree) -> VerbCue? {
    guard let lemma = cueLemma(v), !WordLists.nominalRelations.contains(document.tokenTable[v].label) else {
      return nil
    }
    var parts = VerbCue(verb: v, lemma: lemma, cue: v..<(v + 1))
    var particle: Int?
    for child32 in tree.children(v) {
      let child = Int(child32)
      switch document.tokenTable[child].label {
      // The complement after the cue wins over one before it.
      case .ccomp: if parts.complement.map({ $0 < v }) ?? true { parts.complement = child }
      case .obl:
        if parts.prepositional == nil, child > v, !WordLists.plainSpeechLemmas.contains(lemma),
          let p = preposition(of: child, tree: tree), isCuePreposition(p, lemma: lemma)
        {
          parts.prepositional = child
        }
      case .xcomp:
        if parts.infinitive == nil { parts.infinitive = child }
        parts.lastComplement = child
      case .obj: if parts.object == nil { parts.object = child }
      case .compoundPrt: particle = child
      default: break
      }
    }
    if let particle, particle == v + 1 { parts.cue = v..<(v + 2) }
    if parts.complement == nil { parts.complement = misattachedComplement(of: v, sentence: sentence, tree: tree) }
    if parts.complement == nil { parts.marked = markedComplement(of: v, sentence: sentence) }
    return parts
  }

  /// The content of the first branch whose dependents the cue has, in
  /// order: a complement clause, a clause after a complementizer, an
  /// infinitive, an object, a prepositional phrase, the clause the cue
  /// hangs on, a clause before it. Nil when none applies.
  func verbContent(_ parts: VerbCue, sentence: Range<Int>, tree: ParseTree) -> VerbContent? {
    let v = parts.verb
    if let complement = parts.complement {
      return complementContent(parts, complement: complement, sentence: sentence, tree: tree)
    }
    if let marked = parts.marked { return VerbContent(spans: [marked], cue: parts.cue, rule: .complementizer) }
    if let found = infinitiveContent(parts, tree: tree) { return found }
    if let found = objectCueContent(parts, sentence: sentence, tree: tree) { return found }
    if let prepositional = parts.prepositional {
      // "called for ...", "spoke about ...", "referring to ...".
      let phrase = tree.subtree(prepositional)
      var cue = parts.cue
      if phrase.lowerBound > v, phrase.lowerBound - v <= 3 { cue = v..<(phrase.lowerBound + 1) }
      return VerbContent(spans: [trimmed(phrase.dropFirst())], cue: cue, rule: .prepositional)
    }
    guard lexicon.reportingVerbs[lower(v)] != nil else { return nil }
    // "..., X said." and "X, he said, ...": the clause the cue hangs on.
    if let around = hostClause(of: v, tree: tree, sentence: sentence) {
      return VerbContent(spans: around, cue: parts.cue, rule: .hostClause)
    }
    // "The plan failed, she told reporters.": a clause the parser hung on
    // the cue as a modifier, or one before the cue's subject.
    if let before = leadingClause(of: v, tree: tree, sentence: sentence) {
      return VerbContent(spans: [before], cue: parts.cue, rule: .leadingClause)
    }
    if let before = trailingReport(of: v, sentence: sentence, tree: tree) {
      return VerbContent(spans: [before], cue: parts.cue, rule: .trailingReport)
    }
    return nil
  }

  /// `parse.clausal-complement`: the complement clause, with an object the
  /// parser hung between cue and clause.
  private func complementContent(
    _ parts: VerbCue, complement: Int, sentence: Range<Int>, tree: ParseTree
  ) -> VerbContent {
    let v = parts.verb
    var span = clause(complement, tree: tree)
    var cue = parts.cue
    // "said some of the rhetoric has been ...": a subject the parser hung
    // on the cue as its object.
    if let object = parts.object, object > v, object < complement, tree.subtree(object).upperBound == span.lowerBound,
      object - v <= 3, lexicon.reportingNouns.contains(lower(object))
    {
      // "expressed hope that ...": the noun is part of the cue.
      cue = v..<(object + 1)
    } else if let object = parts.object, object > v, object < complement,
      !WordLists.addresseeCueLemmas.contains(parts.lemma), document.tokenTable[object].pos != .pron
    {
      span = tree.subtree(object).lowerBound..<span.upperBound
    }
    let content = withoutThat(trimmed(extended(span, cue: v, tree: tree, sentence: sentence)))
    return VerbContent(spans: [content], cue: cue, rule: .clausalComplement)
  }

  /// `parse.infinitive`: "wants to ...", "urged voters to ...", "called the
  /// plan a mistake"; nil for a cue that takes no infinitive.
  private func infinitiveContent(_ parts: VerbCue, tree: ParseTree) -> VerbContent? {
    let lemma = parts.lemma
    guard let infinitive = parts.infinitive, WordLists.infinitiveCueLemmas.contains(lemma),
      hasInfinitiveMark(infinitive, tree: tree) || WordLists.smallClauseCueLemmas.contains(lemma)
    else { return nil }
    var span = tree.subtree(infinitive)
    if let object = parts.object, object > parts.verb, object < infinitive {
      span = tree.subtree(object).lowerBound..<span.upperBound
    }
    // "called Trump a liar" parsed as two open complements: both count.
    if let last = parts.lastComplement, last > infinitive, WordLists.smallClauseCueLemmas.contains(lemma) {
      span = span.lowerBound..<max(span.upperBound, tree.subtree(last).upperBound)
    }
    return VerbContent(spans: [trimmed(span)], cue: parts.cue, rule: .infinitive)
  }

  /// `parse.object`: the object of an object or stance cue ("endorsed the
  /// plan"), without the cue's adjuncts; nil when the cue takes none.
  private func objectCueContent(_ parts: VerbCue, sentence: Range<Int>, tree: ParseTree) -> VerbContent? {
    let v = parts.verb
    guard let object = parts.object, object > v,
      WordLists.objectCueLemmas.contains(parts.lemma) || isStanceObjectCue(parts.lemma),
      !introducesThatClause(object, tree: tree)
    else { return nil }
    // The adjuncts cut off still show the object is what was said.
    let whole = extended(tree.subtree(object), cue: v, tree: tree, sentence: sentence)
    let content = trimmed(objectContent(object, within: whole, cue: v, tree: tree))
    return VerbContent(spans: [content], cue: parts.cue, rule: .object, sizable: hasWords(whole, minimum: 3))
  }

  /// A content span after a cue widened over the cue's later dependents
  /// that continue it (the parser often hangs part of the reported clause
  /// on the cue), up to a coordinated verb, a parenthetical or a comma.
  func extended(_ span: Range<Int>, cue v: Int, tree: ParseTree, sentence: Range<Int>) -> Range<Int> {
    guard span.lowerBound > v else { return span }
    var end = span.upperBound
    for child32 in tree.children(v) where Int(child32) >= span.upperBound {
      let child = Int(child32)
      let relation = document.tokenTable[child].label
      let sub = tree.subtree(child)
      if relation == .punct || relation == .conj || relation == .cc { break }
      if relation == .parataxis, sub.lowerBound != end { break }
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
      document.tokenTable[Int(child)].label == .mark && isWord(Int(child), "to")
    }
  }

  /// The preposition marking an oblique, lowercased.
  func preposition(of noun: Int, tree: ParseTree) -> String? {
    for child32 in tree.children(noun) where Int(child32) < noun {
      if document.tokenTable[Int(child32)].label == .caseMarker { return lower(Int(child32)) }
    }
    return nil
  }

  /// A complement clause's tokens, up to a participial or coordinated cue
  /// that starts a statement of its own (", noting ...", "but added ...").
  func clause(_ head: Int, tree: ParseTree) -> Range<Int> {
    var whole = tree.subtree(head)
    // "said on Monday during a visit that ...": the clause starts at "that".
    if let mark = tree.children(head).first(where: { Int($0) < head && isWord(Int($0), "that") }).map(Int.init),
      document.tokenTable[mark].label == .mark
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
      if record.label == .conj, record.pos == .verb, cueLemma(child) != nil,
        !tree.children(child).contains(where: { document.tokenTable[Int($0)].label.isNominalSubject })
      {
        return whole.lowerBound..<min(sub.lowerBound, whole.upperBound)
      }
      guard isWord(sub.lowerBound - 1, ",") || isWord(sub.lowerBound, ",") else { continue }
      if record.tag == .gerund, cueLemma(child) != nil {
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
    let relation = document.tokenTable[v].label
    let host = tree.head(v)
    guard host != v, sentence.contains(host) else { return nil }
    switch relation {
    case .parataxis:
      // The host must be a clause, not a name the cue's phrase apposes.
      let hostRecord = document.tokenTable[host]
      guard hostRecord.pos == .verb || hostRecord.pos == .aux
        || tree.children(host).contains(where: { document.tokenTable[Int($0)].label == .cop })
      else { return nil }
    case .advcl:
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
}
