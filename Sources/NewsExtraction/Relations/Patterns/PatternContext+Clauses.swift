import NLPCore
import Lexicon

/// Reading a verb's participants from the parse: its subjects (through
/// coordination, relative clauses and governing verbs) and its objects
/// (a named object, or the possessor of an unnamed one: "welcomed Acme's
/// plan").
extension PatternContext {
  /// The entities acting as subject of verb `verb`, with the token where
  /// the first is written: its `nsubj` and their conjuncts; for a verb
  /// without one, the subject of the verb it is coordinated with or
  /// governed by ("met and thanked", "responded by accusing"); for a
  /// relative clause, the word it hangs on ("Ana Ruiz, who praised").
  func subjects(of verb: Int) -> (entities: [Int], token: Int)? {
    var current = verb
    for _ in 0..<3 {
      let subjects = children(current, .nsubj).filter { dependency($0) != .nsubjPass }
      if let subject = subjects.first {
        var subjectToken = subject
        if ["who", "which", "that"].contains(lower(subject)) {
          if dependency(current) == .aclRelcl, let antecedent = head(current) {
            subjectToken = antecedent
          } else if let named = nameBefore(comma: subject - 1) {
            // "Ana Ruiz, who is chairing ..." parsed loosely.
            subjectToken = named
          }
        }
        // "the Acme party's chief, Ana Ruiz, accused ...": the name in
        // apposition before the verb is the subject.
        if let named = nameBefore(comma: verbStart(current) - 1), named > subjectToken {
          subjectToken = named
        }
        // "Labour peer Ana Ruiz accused ...", parsed with the title as
        // subject and the name in apposition to it.
        if referent(of: subjectToken, references: true) == nil,
          let named = children(subjectToken, .appos).first(where: { referent(of: $0, references: false) != nil })
        {
          subjectToken = named
        }
        let found = withConjuncts(subjectToken).compactMap { referent(of: $0, references: true) }
        return found.isEmpty ? nil : (found, subjectToken)
      }
      // "Labour poster plans attacking Ana Ruiz": a participle on a noun
      // acts for the party that noun belongs to.
      if dependency(current) == .acl, document.tokenTable[current].tag == .gerund, let noun = head(current),
        let agent = ([noun] + children(noun, .compound) + children(noun, .nmodPoss)).first(where: {
          referent(of: $0, references: false) != nil
        })
      {
        return referent(of: agent, references: false).map { ([$0], agent) }
      }
      guard children(current, .nsubjPass).isEmpty,
        [.conj, .xcomp].contains(dependency(current)) || dependency(current).isKind(of: .advcl),
        let up = head(current), [.verb, .aux].contains(upos(up))
      else { return nil }
      // "refused to back", "stop attacking": no stance taken.
      if PatternContext.negatingVerbs.contains(lemma(up)) { return nil }
      // "urged the club to reject X" is the urger's stance; "allowed Ana
      // Ruiz to back X" is no one's.
      if dependency(current) == .xcomp, !children(up, .obj).isEmpty,
        !PatternContext.urgingVerbs.contains(lemma(up))
      {
        return nil
      }
      current = up
    }
    return nil
  }

  /// Verbs whose complement states the stance of their own subject:
  /// "urged the club to reject the bid".
  static let urgingVerbs: WordSet = ["urge", "call", "ask", "press", "encourage", "implore", "lobby", "demand"]

  /// Verbs that take back the stance of their complement: "stop
  /// attacking", "refused to back".
  static let negatingVerbs: WordSet = ["stop", "cease", "quit", "refuse", "decline", "avoid", "fail", "deny"]

  /// The first token of a verb's group: the verb, or the first of the
  /// auxiliaries and adverbs right before it ("has repeatedly accused").
  func verbStart(_ verb: Int) -> Int {
    let sentence = self.sentence(of: verb)
    var k = verb
    while k - 1 >= sentence.lowerBound, [.aux, .adv, .part].contains(upos(k - 1)), lower(k - 1) != "," { k -= 1 }
    return k
  }

  /// A person's name set off by commas and ending at the comma at `comma`
  /// ("..., Ana Ruiz, accused"): its last token.
  func nameBefore(comma: Int) -> Int? {
    let sentence = self.sentence(of: max(comma, 0))
    guard comma - 1 > sentence.lowerBound, sentence.contains(comma), lower(comma) == ",",
      let m = mentionEndingAt[comma - 1], mentions[m].kind == .name, let entity = entity(m), type(entity) == .person
    else { return nil }
    let before = mentions[m].tokens.lowerBound - 1
    guard before >= sentence.lowerBound, lower(before) == "," else { return nil }
    return comma - 1
  }

  /// The entities a verb acts on: each object (and its conjuncts) that
  /// names one, or the possessor of an object that does not ("criticized
  /// Acme's record"); with `possessorOnly`, only the latter.
  func objects(of verb: Int, label: DependencyLabel = .obj, possessorOnly: Bool = false) -> [(entity: Int, token: Int)] {
    var found: [(entity: Int, token: Int)] = []
    for object in children(verb, label) {
      // "Acme, which she supports": the relative pronoun stands for the
      // word the clause hangs on.
      if ["which", "who", "whom", "that"].contains(lower(object)), dependency(verb) == .aclRelcl, let antecedent = head(verb) {
        if let entity = referent(of: antecedent, references: false) { found.append((entity, antecedent)) }
        continue
      }
      for token in withConjuncts(object) {
        if !possessorOnly, let entity = referent(of: token, references: true) {
          found.append((entity, token))
        } else if mention(covering: token) == nil {
          for possessor in children(token, .nmodPoss) {
            if let entity = referent(of: possessor, references: true) { found.append((entity, token)) }
          }
        }
      }
    }
    return found
  }

  /// The entities named in the verb's prepositional phrases marked by
  /// `preposition` ("spoke out against Acme").
  func obliques(of verb: Int, preposition: String) -> [(entity: Int, token: Int)] {
    var found: [(entity: Int, token: Int)] = []
    for oblique in children(verb, .obl) where children(oblique, .caseMarker).contains(where: { lower($0) == preposition }) {
      for token in withConjuncts(oblique) {
        if let entity = referent(of: token, references: true) {
          found.append((entity, token))
        } else if mention(covering: token) == nil {
          for possessor in children(token, .nmodPoss) {
            if let entity = referent(of: possessor, references: true) { found.append((entity, token)) }
          }
        }
      }
    }
    return found
  }

  /// Whether an entity can take a side: a person, organization or
  /// country.
  func canTakeSides(_ entity: Int) -> Bool {
    let type = type(entity)
    return type == .person || type == .organization || type == .country
  }

  /// The evidence from the first to the last of some tokens, each
  /// widened to the mention covering it.
  func span(_ tokens: [Int]) -> Range<Int> {
    var low = tokens.min() ?? 0
    var high = tokens.max() ?? low
    if let m = mention(covering: low) { low = min(low, mentions[m].tokens.lowerBound) }
    if let m = mention(covering: high) { high = max(high, mentions[m].tokens.upperBound - 1) }
    return low..<(high + 1)
  }
}
