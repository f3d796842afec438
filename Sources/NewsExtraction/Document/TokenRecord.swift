/// The stored analysis of one token: one row of a document's token table.
package struct TokenRecord: Sendable, Hashable {
  /// The token's scalar offsets in the text.
  package var range: Range<Int>
  /// Whether whitespace follows the token.
  package var spaceAfter: Bool
  /// The token's coarse class from the tokenizer.
  package var shape: TokenShape
  /// Universal part-of-speech tag, once tagged.
  package var upos: String = ""
  /// Penn Treebank tag, once tagged.
  package var xpos: String = ""
  /// The lemma, once tagged.
  package var lemma: String = ""
  /// The head as an offset from this token (0 for the root), once parsed.
  package var headOffset: Int = 0
  /// The dependency label, once parsed.
  package var dependency: String = ""
  /// The entity tag in BILOU form ("B-person"), once recognised.
  package var entityTag: String = ""

  package init(range: Range<Int>, spaceAfter: Bool, shape: TokenShape) {
    self.range = range
    self.spaceAfter = spaceAfter
    self.shape = shape
  }
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
