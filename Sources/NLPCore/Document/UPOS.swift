/// A Universal Dependencies part of speech, as the tagger writes it into a
/// token record (``TokenRecord/pos``): the names are mapped to these cases
/// once, where the models write a document, and rules compare cases, not
/// strings. The raw value is the one-byte code of
/// ``TagVocabulary/universalTags``.
package enum UPOS: UInt8, Sendable, Hashable, CaseIterable {
  /// No tag: the token was not tagged.
  case none = 0
  /// ADJ: adjective.
  case adj
  /// ADP: adposition.
  case adp
  /// ADV: adverb.
  case adv
  /// AUX: auxiliary.
  case aux
  /// CCONJ: coordinating conjunction.
  case cconj
  /// DET: determiner.
  case det
  /// INTJ: interjection.
  case intj
  /// NOUN: noun.
  case noun
  /// NUM: numeral.
  case num
  /// PART: particle.
  case part
  /// PRON: pronoun.
  case pron
  /// PROPN: proper noun.
  case propn
  /// PUNCT: punctuation.
  case punct
  /// SCONJ: subordinating conjunction.
  case sconj
  /// SYM: symbol.
  case sym
  /// VERB: verb.
  case verb
  /// X: other.
  case x

  /// The tag as the treebanks write it ("NOUN"; "" for ``none``).
  package var name: String {
    switch self {
    case .none: ""
    case .adj: "ADJ"
    case .adp: "ADP"
    case .adv: "ADV"
    case .aux: "AUX"
    case .cconj: "CCONJ"
    case .det: "DET"
    case .intj: "INTJ"
    case .noun: "NOUN"
    case .num: "NUM"
    case .part: "PART"
    case .pron: "PRON"
    case .propn: "PROPN"
    case .punct: "PUNCT"
    case .sconj: "SCONJ"
    case .sym: "SYM"
    case .verb: "VERB"
    case .x: "X"
    }
  }
}
