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
    let record = extractor.document.tokenTable[site.token]
    let upos = record.pos
    guard upos == .verb || (upos == .aux && record.lemma != "be" && record.lemma != "have") else { return nil }
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
  /// The statement a cue verb heads: "X said (that) ...", "X wants to ...",
  /// "X endorsed Y", "..., X said", "X, saying ...".
  func verbStatement(cue v: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    // A word the tagger calls a verb but the parser attaches as a noun's
    // modifier ("the state union") is no cue.
    guard let lemma = cueLemma(v), !WordLists.nominalRelations.contains(document.tokenTable[v].label) else {
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
      switch document.tokenTable[child].label {
      // The complement after the cue wins over one before it.
      case .ccomp: if complement.map({ $0 < v }) ?? true { complement = child }
      case .obl: if prepositional == nil, child > v, !WordLists.plainSpeechLemmas.contains(lemma),
        let p = preposition(of: child, tree: tree), isCuePreposition(p, lemma: lemma) { prepositional = child }
      case .xcomp:
        if infinitive == nil { infinitive = child }
        lastComplement = child
      case .obj: if object == nil { object = child }
      case .compoundPrt: particle = child
      default: break
      }
    }
    if complement == nil { complement = misattachedComplement(of: v, sentence: sentence, tree: tree) }
    let marked = complement == nil ? markedComplement(of: v, sentence: sentence) : nil
    var cue = v..<(v + 1)
    if let particle, particle == v + 1 { cue = v..<(v + 2) }
    var content: [Range<Int>] = []
    var sizable = false
    var rule = RuleName.clausalComplement
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
        document.tokenTable[object].pos != .pron
      {
        span = tree.subtree(object).lowerBound..<span.upperBound
      }
      content = [withoutThat(trimmed(extended(span, cue: v, tree: tree, sentence: sentence)))]
    } else if let marked {
      content = [marked]
      rule = .complementizer
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
      rule = .infinitive
    } else if let object, object > v, WordLists.objectCueLemmas.contains(lemma) || isStanceObjectCue(lemma),
      !introducesThatClause(object, tree: tree)
    {
      // The adjuncts cut off still show the object is what was said.
      let whole = extended(tree.subtree(object), cue: v, tree: tree, sentence: sentence)
      content = [trimmed(objectContent(object, within: whole, cue: v, tree: tree))]
      rule = .object
      sizable = hasWords(whole, minimum: 3)
    } else if let prepositional {
      // "called for ...", "spoke about ...", "referring to ...".
      let phrase = tree.subtree(prepositional)
      content = [trimmed(phrase.dropFirst())]
      rule = .prepositional
      if phrase.lowerBound > v, phrase.lowerBound - v <= 3 { cue = v..<(phrase.lowerBound + 1) }
    } else if lexicon.reportingVerbs[lower(v)] != nil,
      let around = hostClause(of: v, tree: tree, sentence: sentence)
    {
      // "..., X said." and "X, he said, ...": the clause the cue hangs on.
      content = around
      rule = .hostClause
    } else if lexicon.reportingVerbs[lower(v)] != nil,
      let before = leadingClause(of: v, tree: tree, sentence: sentence)
        .map({ ($0, RuleName.leadingClause) })
        ?? trailingReport(of: v, sentence: sentence, tree: tree).map({ ($0, RuleName.trailingReport) })
    {
      // "The plan failed, she told reporters.": a clause the parser hung on
      // the cue as a modifier, or one before the cue's subject.
      content = [before.0]
      rule = before.1
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
    draft.rule = rule
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
