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

  /// The Universal Dependencies parts of speech: code `n` is
  /// `UPOS(rawValue: n)`.
  package static let universalTags = TagVocabulary(
    UPOS.allCases.dropFirst().map(\.name), fallback: UPOS.x.name)

  /// The Penn Treebank tags, with those the English UD treebanks add: code
  /// `n` is `PennTag(rawValue: n)`.
  package static let pennTags = TagVocabulary(
    PennTag.allCases.dropFirst().map(\.name), fallback: PennTag.unknown.name)

  /// The Universal Dependencies relations, with the subtypes of the
  /// English treebanks: code `n` is `DependencyLabel(rawValue: n)`.
  package static let relations = TagVocabulary(
    DependencyLabel.allCases.dropFirst().map(\.name), fallback: DependencyLabel.dep.name, stripsSubtype: true)
}
