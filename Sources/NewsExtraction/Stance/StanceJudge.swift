import Lexicon
import NLPCore

/// Judges a statement's stance toward each entity it is about, from the
/// evidence a reader uses (gold guidelines, "Stance"):
///
/// 1. **The reporting word.** A cue that reports a stance ("accused",
///    "praised", "welcomed", "criticism", "an attack on", from the lexicon's
///    `stance_cues.tsv`) gives that stance to the entity its content opens
///    with, its object: "accused | Mr Clarke of ...", "welcomed | Acme's
///    announcement". A negated cue ("did not criticise") gives none.
/// 2. **The target's role in the content** (from the parse): the subject
///    of a clause, or the possessor or modifier of that subject ("Labour's
///    rule had been characterised by failure", "Conservative policies
///    would cause ..."), takes the sentiment of its predicate, summed over
///    the VADER lexicon's word valences with negation ("cannot be
///    trusted"), when the sum is strong enough; the object of a stance verb
///    inside the content takes that verb's stance ("praised the mayor").
/// 3. Otherwise, and always for a place (a location is only the scene),
///    `neutral`: figures, plans, predictions and mere mentions.
///
/// Without a parse (rules mode) only the reporting word is read.
struct StanceJudge {
  let lexicon: Lexicon
  let document: Document
  let tree: ParseTree?

  /// The least summed valence (VADER's scale, -4 to +4) of a predicate
  /// that takes a side: one clearly evaluative word ("failure" -2.3,
  /// "excellent" +2.7), not a mildly coloured one ("fallen" -1.5). On
  /// bbc-dev, macro F1 is flat from 1.5 to 2.5 (0.47) and lower at 1.0
  /// (0.44); 2.0 takes fewest sides wrongly.
  static let threshold: Float = 2.0
  /// VADER's damping of a negated word's valence.
  static let negationScale: Float = -0.74
  /// Words that negate the words after them (within three tokens).
  static let negators: WordSet = [
    "not", "n't", "never", "no", "cannot", "nor", "without", "neither", "nobody", "nothing", "hardly",
  ]
  /// Labels through which a name passes its role to its head: a
  /// possessor, a modifier, a name hung on its title ("Mr" + flat).
  static let climbLabels: Set<DependencyLabel> = [.nmodPoss, .compound, .amod, .flat, .flatName]
  /// Dependents whose subtree is a clause of its own, with its own
  /// subject and stance: not part of the predicate's sentiment.
  static let clauseLabels: Set<DependencyLabel> = [
    .ccomp, .advcl, .advclRelcl, .parataxis, .aclRelcl, .csubj, .csubjPass, .list,
  ]

  /// The stance toward one target entity, over its mentions in the content.
  ///
  /// - Parameters:
  ///   - mentions: The target's mentions inside the content, in text order.
  ///   - type: The target's entity type.
  ///   - cue: The cue's tokens, if any.
  ///   - content: The content's token ranges, in text order.
  /// - Returns: The stance; a judged stance of one mention wins over
  ///   `neutral` of another, conflicting ones give `neutral`.
  func stance(toward mentions: [Range<Int>], type: EntityType, cue: Range<Int>?, content: [Range<Int>]) -> Stance {
    guard type != .location else { return .neutral }
    var result: Stance?
    for tokens in mentions {
      let found = stance(of: tokens, cue: cue, content: content)
      result = result.map { $0.combined(with: found) } ?? found
    }
    return result ?? .neutral
  }

  /// The stance toward one mention.
  func stance(of mention: Range<Int>, cue: Range<Int>?, content: [Range<Int>]) -> Stance {
    if let cue, let reported = cueStance(cue), opensContent(mention, content: content) {
      return reported
    }
    guard let tree else { return .neutral }
    var head = headToken(of: mention, tree: tree)
    // "Labour's rule", "Conservative policies": the thing owned or
    // qualified takes the role.
    for _ in 0..<3 {
      let label = document.tokenTable[head].label
      guard Self.climbLabels.contains(label), tree.head(head) != head else { break }
      head = tree.head(head)
    }
    let label = document.tokenTable[head].label
    let predicate = tree.head(head)
    guard predicate != head, inside(predicate, content) else { return .neutral }
    if label.isNominalSubject {
      let valence = self.valence(of: predicate, excluding: tree.subtree(head), content: content, tree: tree)
      if valence >= Self.threshold { return .supports }
      if valence <= -Self.threshold { return .opposes }
      return .neutral
    }
    if label == .obj, let verbStance = lexicon.stanceCues[lemma(predicate)], !isNegated(predicate, tree: tree) {
      return verbStance
    }
    return .neutral
  }

  // MARK: - The reporting word

  /// The stance a cue reports, from its first word with one, unless negated.
  func cueStance(_ cue: Range<Int>) -> Stance? {
    for token in cue {
      guard let stance = lexicon.stanceCues[lemma(token)] else { continue }
      if let tree, isNegated(token, tree: tree) { return nil }
      if tree == nil, token > 0, Self.negators.contains(document.lowercasedWord(token - 1)) { return nil }
      return stance
    }
    return nil
  }

  /// Whether a mention opens the content, after at most its own
  /// modifiers (a determiner, a possessive word, an adjective, a title the
  /// parse hangs on the name): the object of a cue such as "accused | Mr X
  /// of", "welcomed | the minister's announcement".
  func opensContent(_ mention: Range<Int>, content: [Range<Int>]) -> Bool {
    guard let first = content.first, first.contains(mention.lowerBound) else { return false }
    for token in first.lowerBound..<mention.lowerBound {
      let pos = document.tokenTable[token].pos
      if pos == .det || pos == .adj || (pos == .pron && token + 1 == mention.lowerBound) { continue }
      if token == first.lowerBound, pos == .sconj { continue }
      guard let tree else { return false }
      // A modifier of the name, or the title the parse heads it with ("Mr").
      guard mention.contains(tree.head(token)) || tree.head(headToken(of: mention, tree: tree)) == token else { return false }
    }
    return true
  }

  // MARK: - The content

  /// The token of a mention whose head lies outside it.
  func headToken(of mention: Range<Int>, tree: ParseTree) -> Int {
    for token in mention where !mention.contains(tree.head(token)) || tree.head(token) == token {
      return token
    }
    return mention.upperBound - 1
  }

  /// The summed valence of a predicate's words inside the content: its
  /// subtree less the subject and less clauses of their own.
  func valence(of predicate: Int, excluding subject: Range<Int>, content: [Range<Int>], tree: ParseTree) -> Float {
    var sum: Float = 0
    var stack = [predicate]
    while let token = stack.popLast() {
      if inside(token, content) { sum += valence(of: token) }
      for child in tree.children(token) {
        let child = Int(child)
        guard !subject.contains(child), !Self.clauseLabels.contains(document.tokenTable[child].label) else { continue }
        stack.append(child)
      }
    }
    return sum
  }

  /// One word's valence, reversed and damped when a negator stands within
  /// the three words before it.
  func valence(of token: Int) -> Float {
    let word = document.lowercasedWord(token)
    guard let value = lexicon.sentiment[word] ?? lexicon.sentiment[lemma(token)] else { return 0 }
    let start = max(0, token - 3)
    let negated = (start..<token).contains { Self.negators.contains(document.lowercasedWord($0)) }
    return negated ? value * Self.negationScale : value
  }

  /// Whether a verb or noun has a negating dependent ("did not criticise").
  func isNegated(_ token: Int, tree: ParseTree) -> Bool {
    tree.children(token).contains { Self.negators.contains(document.lowercasedWord(Int($0))) }
  }

  /// Whether a token lies inside one of the content's token ranges.
  func inside(_ token: Int, _ content: [Range<Int>]) -> Bool {
    content.contains { $0.contains(token) }
  }

  /// The lower-cased lemma of a token, or its lower-cased word untagged.
  func lemma(_ token: Int) -> String { document.lowercasedLemma(token) }
}
