/// A Penn Treebank tag (with those the English UD treebanks add), as the
/// tagger writes it into a token record (``TokenRecord/tag``), mapped once
/// where the models write a document. The raw value is the one-byte code of
/// ``TagVocabulary/pennTags``.
package enum PennTag: UInt8, Sendable, Hashable, CaseIterable {
  /// No tag: the token was not tagged.
  case none = 0
  /// `#`.
  case number
  /// `$`.
  case currency
  /// `''`.
  case closingQuote
  /// `,`.
  case comma
  /// `-LRB-`.
  case openingBracket
  /// `-RRB-`.
  case closingBracket
  /// `.`.
  case sentenceEnd
  /// `:`.
  case colon
  /// `ADD`.
  case address
  /// `AFX`.
  case affix
  /// `CC`.
  case coordinatingConjunction
  /// `CD`.
  case cardinal
  /// `DT`.
  case determiner
  /// `EX`.
  case existential
  /// `FW`.
  case foreignWord
  /// `GW`.
  case goesWith
  /// `HYPH`.
  case hyphen
  /// `IN`.
  case preposition
  /// `JJ`.
  case adjective
  /// `JJR`.
  case comparativeAdjective
  /// `JJS`.
  case superlativeAdjective
  /// `LS`.
  case listMarker
  /// `MD`.
  case modal
  /// `NFP`.
  case superfluousPunctuation
  /// `NN`.
  case noun
  /// `NNP`.
  case properNoun
  /// `NNPS`.
  case pluralProperNoun
  /// `NNS`.
  case pluralNoun
  /// `PDT`.
  case predeterminer
  /// `POS`.
  case possessiveEnding
  /// `PRP`.
  case personalPronoun
  /// `PRP$`.
  case possessivePronoun
  /// `RB`.
  case adverb
  /// `RBR`.
  case comparativeAdverb
  /// `RBS`.
  case superlativeAdverb
  /// `RP`.
  case particle
  /// `SYM`.
  case symbol
  /// `TO`.
  case to
  /// `UH`.
  case interjection
  /// `VB`.
  case baseVerb
  /// `VBD`.
  case pastVerb
  /// `VBG`.
  case gerund
  /// `VBN`.
  case pastParticiple
  /// `VBP`.
  case presentVerb
  /// `VBZ`.
  case thirdPersonVerb
  /// `WDT`.
  case whDeterminer
  /// `WP`.
  case whPronoun
  /// `WP$`.
  case possessiveWhPronoun
  /// `WRB`.
  case whAdverb
  /// `XX`.
  case unknown
  /// ````.
  case openingQuote

  /// The tag as the treebanks write it ("VBD"; "" for ``none``).
  package var name: String {
    switch self {
    case .none: ""
    case .number: "#"
    case .currency: "$"
    case .closingQuote: "''"
    case .comma: ","
    case .openingBracket: "-LRB-"
    case .closingBracket: "-RRB-"
    case .sentenceEnd: "."
    case .colon: ":"
    case .address: "ADD"
    case .affix: "AFX"
    case .coordinatingConjunction: "CC"
    case .cardinal: "CD"
    case .determiner: "DT"
    case .existential: "EX"
    case .foreignWord: "FW"
    case .goesWith: "GW"
    case .hyphen: "HYPH"
    case .preposition: "IN"
    case .adjective: "JJ"
    case .comparativeAdjective: "JJR"
    case .superlativeAdjective: "JJS"
    case .listMarker: "LS"
    case .modal: "MD"
    case .superfluousPunctuation: "NFP"
    case .noun: "NN"
    case .properNoun: "NNP"
    case .pluralProperNoun: "NNPS"
    case .pluralNoun: "NNS"
    case .predeterminer: "PDT"
    case .possessiveEnding: "POS"
    case .personalPronoun: "PRP"
    case .possessivePronoun: "PRP$"
    case .adverb: "RB"
    case .comparativeAdverb: "RBR"
    case .superlativeAdverb: "RBS"
    case .particle: "RP"
    case .symbol: "SYM"
    case .to: "TO"
    case .interjection: "UH"
    case .baseVerb: "VB"
    case .pastVerb: "VBD"
    case .gerund: "VBG"
    case .pastParticiple: "VBN"
    case .presentVerb: "VBP"
    case .thirdPersonVerb: "VBZ"
    case .whDeterminer: "WDT"
    case .whPronoun: "WP"
    case .possessiveWhPronoun: "WP$"
    case .whAdverb: "WRB"
    case .unknown: "XX"
    case .openingQuote: "``"
    }
  }

  /// Whether the tag is a finite verb: past, present or modal.
  package var isFiniteVerb: Bool { self == .pastVerb || self == .presentVerb || self == .thirdPersonVerb || self == .modal }
}
