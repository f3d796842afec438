/// The stored analysis of one token: one row of a document's token table.
///
/// Kept small, since a document holds one per token (about 40 bytes): the
/// offsets and the head offset are 32-bit, and the part of speech, Penn
/// tag and relation are one-byte codes of ``TagVocabulary``, written as
/// strings by the models (mapped once, here) and read by rules as
/// ``UPOS``, ``PennTag`` and ``DependencyLabel``.
package struct TokenRecord: Sendable, Hashable {
  /// The first scalar offset.
  private var start: UInt32
  /// The scalar offset after the token.
  private var end: UInt32
  /// The head as an offset from this token.
  private var head: Int32 = 0
  /// Whether whitespace follows the token.
  package var spaceAfter: Bool
  /// The token's coarse class from the tokenizer.
  package var shape: TokenShape
  /// ``upos`` as a ``TagVocabulary/universalTags`` code.
  private var uposCode: UInt8 = 0
  /// ``xpos`` as a ``TagVocabulary/pennTags`` code.
  private var xposCode: UInt8 = 0
  /// ``dependency`` as a ``TagVocabulary/relations`` code.
  private var dependencyCode: UInt8 = 0
  /// The lemma, once tagged.
  package var lemma: String = ""

  package init(range: Range<Int>, spaceAfter: Bool, shape: TokenShape) {
    start = UInt32(truncatingIfNeeded: range.lowerBound)
    end = UInt32(truncatingIfNeeded: range.upperBound)
    self.spaceAfter = spaceAfter
    self.shape = shape
  }

  /// The token's scalar offsets in the text (documents of up to 2³² scalars).
  package var range: Range<Int> {
    get { Int(start)..<Int(end) }
    set {
      start = UInt32(truncatingIfNeeded: newValue.lowerBound)
      end = UInt32(truncatingIfNeeded: newValue.upperBound)
    }
  }

  /// Universal part-of-speech tag, once tagged.
  package var upos: String {
    get { TagVocabulary.universalTags.name(uposCode) }
    set { uposCode = TagVocabulary.universalTags.code(of: newValue) }
  }

  /// Penn Treebank tag, once tagged.
  package var xpos: String {
    get { TagVocabulary.pennTags.name(xposCode) }
    set { xposCode = TagVocabulary.pennTags.code(of: newValue) }
  }

  /// The head as an offset from this token (0 for the root), once parsed.
  package var headOffset: Int {
    get { Int(head) }
    set { head = Int32(truncatingIfNeeded: newValue) }
  }

  /// The dependency label, once parsed.
  package var dependency: String {
    get { TagVocabulary.relations.name(dependencyCode) }
    set { dependencyCode = TagVocabulary.relations.code(of: newValue) }
  }

  /// The part of speech (``UPOS/none`` before tagging): what rules compare.
  package var pos: UPOS { UPOS(rawValue: uposCode) ?? .none }

  /// The Penn Treebank tag (``PennTag/none`` before tagging).
  package var tag: PennTag { PennTag(rawValue: xposCode) ?? .none }

  /// The dependency relation (``DependencyLabel/none`` before parsing).
  package var label: DependencyLabel { DependencyLabel(rawValue: dependencyCode) ?? .none }
}

/// The coarse class of a token, decided by the tokenizer from its characters.
public enum TokenShape: UInt8, Sendable, Hashable {
  /// Letters, possibly with inner hyphens, apostrophes or periods.
  case word
  /// Digits, possibly with separators ("1,000", "3.5", "2014").
  case number
  /// A clitic split from a word: 's, n't, 're, 've, 'll, 'd, 'm.
  case clitic
  /// A quotation mark: " “ ” ' ‘ ’ « » „.
  case quote
  /// Sentence-final punctuation: . ! ? and ellipses.
  case terminal
  /// Other punctuation.
  case punctuation
  /// A URL or e-mail address.
  case link
  /// Anything else (symbols, emoji).
  case symbol
}
