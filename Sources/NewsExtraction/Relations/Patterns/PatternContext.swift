import NLPCore
import Lexicon

/// What a ``RelationPattern`` reads: the document with its parse, the
/// resolved mentions and entities, and lookups from tokens to mentions.
struct PatternContext {
  let lexicon: Lexicon
  let document: Document
  /// The parse, when the models ran; patterns that need it find nothing
  /// without it.
  let tree: ParseTree?
  let mentions: [Mention]
  let entities: [ResolvedEntity]
  /// The longest kept mention starting at each token.
  let mentionStartingAt: TokenIndexMap
  /// The longest kept mention ending at each token.
  let mentionEndingAt: TokenIndexMap
  let mentionIndex: MentionIndex

  init(
    lexicon: Lexicon, document: Document, tree: ParseTree?, mentions: [Mention], entities: [ResolvedEntity],
    mentionStartingAt: TokenIndexMap, mentionEndingAt: TokenIndexMap, mentionIndex: MentionIndex
  ) {
    self.lexicon = lexicon
    self.document = document
    self.tree = tree
    self.mentions = mentions
    self.entities = entities
    self.mentionStartingAt = mentionStartingAt
    self.mentionEndingAt = mentionEndingAt
    self.mentionIndex = mentionIndex
  }

  // MARK: Tokens

  /// The lower-cased word at token `i`.
  func lower(_ i: Int) -> String { document.lowercasedWord(i) }

  /// The universal part of speech of token `i`.
  func upos(_ i: Int) -> UPOS { document.tokenTable[i].pos }

  /// The dependency label of token `i`.
  func dependency(_ i: Int) -> DependencyLabel { document.tokenTable[i].label }

  /// The lemma of token `i`, or its lower-cased word before tagging.
  func lemma(_ i: Int) -> String { document.lowercasedLemma(i) }

  /// Whether token `i` is a word starting with a capital letter.
  func isCapitalized(_ i: Int) -> Bool { isWord(i) && document.isCapitalised(i) }

  /// Whether token `i` is a word (letters, inner hyphens).
  func isWord(_ i: Int) -> Bool { document.shape(i) == .word }

  /// The sentence holding token `i`.
  func sentence(of i: Int) -> Range<Int> { document.sentence(ofToken: i) }

  /// The text of a token range.
  func text(_ tokens: Range<Int>) -> String {
    String(document.text(in: document.tokenTable[tokens.lowerBound].range.lowerBound..<document.tokenTable[tokens.upperBound - 1].range.upperBound))
  }

  // MARK: Mentions and entities

  /// The kept entity of mention `m`.
  func entity(_ m: Int) -> Int? {
    guard let entity = mentions[m].entity, entities[entity].isKept else { return nil }
    return entity
  }

  /// The entity type of entity `e`.
  func type(_ e: Int) -> EntityType { entities[e].type }

  /// The longest mention with a kept entity covering token `i`.
  func mention(covering i: Int) -> Int? {
    mentionIndex.covering(i, of: mentions).filter { entity($0) != nil }
      .max { mentions[$0].tokens.count < mentions[$1].tokens.count }
  }

  /// The entity a token of a name or a resolved pronoun or description
  /// refers to: the name's entity, or that of a pronoun or description
  /// when `references` allows them.
  func referent(of i: Int, references: Bool) -> Int? {
    guard let m = mention(covering: i) else { return nil }
    switch mentions[m].kind {
    case .name, .seat: return entity(m)
    case .demonym: return nil
    case .pronoun, .description:
      // A reflexive ("defended himself") refers back within its clause.
      guard references, !lower(mentions[m].tokens.lowerBound).hasSuffix("self") else { return nil }
      return entity(m)
    default: return nil
    }
  }

  /// Whether entity `e` is a political party.
  func isParty(_ e: Int) -> Bool {
    let name = entities[e].name
    if name.hasSuffix(" Party") || name.hasSuffix(" party") { return true }
    return lexicon.organizationDescriptors["party"]?.contains(name) ?? false
  }

  // MARK: Parse

  /// The children of token `i` in its sentence whose dependency label is
  /// `label` or one of its subtypes.
  func children(_ i: Int, _ label: DependencyLabel) -> [Int] {
    guard let tree else { return [] }
    let sentence = self.sentence(of: i)
    return tree.children(i).map(Int.init).filter { sentence.contains($0) && dependency($0).isKind(of: label) }
  }

  /// Token `i` and the tokens coordinated with it ("A, B and C").
  func withConjuncts(_ i: Int) -> [Int] {
    var found = [i]
    var k = 0
    while k < found.count, found.count < 12 {
      found.append(contentsOf: children(found[k], .conj))
      k += 1
    }
    return found
  }

  /// The head of token `i` within its sentence, or nil for a root.
  func head(_ i: Int) -> Int? {
    guard let tree else { return nil }
    let head = tree.head(i)
    return head == i || !sentence(of: i).contains(head) ? nil : head
  }
}
