/// The closed sets of names a token's tags take: Universal Dependencies
/// parts of speech, Penn Treebank tags (with the additions of the English
/// UD treebanks) and UD relations with the English subtypes, so that a
/// token record stores each tag in one byte instead of a string.
///
/// Every name the shipped models produce is listed (a test checks it). A
/// model trained on data with other names keeps working: an unlisted
/// relation is stored as its universal relation (`nmod:foo` as `nmod`, or
/// `dep` when that is unlisted too), an unlisted part of speech as `X`, an
/// unlisted Penn tag as `XX`. Code 0 is the empty name of an untagged
/// token.
package struct TagVocabulary: Sendable {
  /// The names, by code.
  private let names: [String]
  /// The codes, by name.
  private let codes: [String: UInt8]
  /// The code of an unlisted name, when it is not mapped otherwise.
  private let fallback: UInt8
  /// Whether an unlisted name is first tried without its `:subtype`.
  private let stripsSubtype: Bool

  private init(_ names: [String], fallback: String, stripsSubtype: Bool = false) {
    self.names = [""] + names
    var codes: [String: UInt8] = [:]
    for (code, name) in self.names.enumerated() { codes[name] = UInt8(code) }
    self.codes = codes
    self.fallback = codes[fallback] ?? 0
    self.stripsSubtype = stripsSubtype
  }

  /// The name of a code.
  ///
  /// - Parameter code: A code from ``code(of:)``.
  /// - Returns: The name ("" for 0 or an unknown code).
  @inline(__always)
  package func name(_ code: UInt8) -> String {
    Int(code) < names.count ? names[Int(code)] : ""
  }

  /// The code of a name: its own when listed, else the code it is stored as
  /// (see the type's discussion).
  ///
  /// - Parameter name: A tag name.
  /// - Returns: The code.
  package func code(of name: String) -> UInt8 {
    if let code = codes[name] { return code }
    if stripsSubtype, let colon = name.firstIndex(of: ":"), let code = codes[String(name[..<colon])] { return code }
    return fallback
  }

  /// Whether a name is listed.
  ///
  /// - Parameter name: A tag name.
  /// - Returns: True when ``code(of:)`` keeps it as it is.
  package func contains(_ name: String) -> Bool { codes[name] != nil }

  /// The Universal Dependencies parts of speech.
  package static let universalTags = TagVocabulary(
    [
      "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
      "SCONJ", "SYM", "VERB", "X",
    ], fallback: "X")

  /// The Penn Treebank tags, with those the English UD treebanks add.
  package static let pennTags = TagVocabulary(
    [
      "#", "$", "''", ",", "-LRB-", "-RRB-", ".", ":", "ADD", "AFX", "CC", "CD", "DT", "EX", "FW", "GW",
      "HYPH", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NFP", "NN", "NNP", "NNPS", "NNS", "PDT", "POS", "PRP",
      "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT",
      "WP", "WP$", "WRB", "XX", "``",
    ], fallback: "XX")

  /// The Universal Dependencies relations, with the subtypes of the
  /// English treebanks.
  package static let relations = TagVocabulary(
    [
      "acl", "acl:relcl", "advcl", "advcl:relcl", "advmod", "amod", "appos", "aux", "aux:pass", "case", "cc",
      "cc:preconj", "ccomp", "clf", "compound", "compound:prt", "conj", "cop", "csubj", "csubj:outer",
      "csubj:pass", "dep", "det", "det:predet", "discourse", "dislocated", "expl", "fixed", "flat",
      "flat:foreign", "flat:name", "goeswith", "iobj", "list", "mark", "nmod", "nmod:desc", "nmod:npmod",
      "nmod:poss", "nmod:tmod", "nmod:unmarked", "nsubj", "nsubj:outer", "nsubj:pass", "nummod", "obj", "obl",
      "obl:agent", "obl:npmod", "obl:tmod", "obl:unmarked", "orphan", "parataxis", "punct", "reparandum",
      "root", "vocative", "xcomp",
    ], fallback: "dep", stripsSubtype: true)
}
