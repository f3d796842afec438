/// Turns a word and its Penn tag into its lemma ("said"/VBD → "say").
///
/// Learned from GUM's lemma column: a table of exceptions (irregular forms
/// such as "was" → "be" and "children" → "child"), and suffix edit rules
/// keyed by tag and the word's last zero to five characters ("-ies"/NNS →
/// strip three, add "y"). The longest suffix with a rule wins. Proper nouns
/// keep their case; other words are lowercased first.
public struct Lemmatizer: Sendable {
  /// The longest suffix the rules look at.
  static let maximumSuffix = 5

  /// `(word, tag)` hash to an index in ``exceptionLemmas``.
  let exceptions: HashIndex
  /// The lemma of each exception.
  let exceptionLemmas: [String]
  /// `(tag, suffix length, suffix)` hash to a rule index.
  let rules: HashIndex
  /// How many characters each rule strips.
  let ruleStrip: [UInt32]
  /// What each rule appends.
  let ruleAppend: [String]

  /// The lemma of a word.
  ///
  /// - Parameters:
  ///   - word: The word as written.
  ///   - xpos: Its Penn Treebank tag (for example `VBD`).
  /// - Returns: The lemma; the lowercased word when no rule applies.
  public func lemma(of word: Substring, xpos: String) -> String {
    let base = Self.base(word, xpos: xpos)
    let tagHash = FeatureHash.string(xpos)
    if let index = exceptions[FeatureHash.combine(FeatureHash.string(base), tagHash)],
      Int(index) < exceptionLemmas.count
    {
      return exceptionLemmas[Int(index)]
    }
    return applyRules(base, tagHash: tagHash)
  }

  /// The lemma the suffix rules give, ignoring exceptions.
  func applyRules(_ base: String, tagHash: UInt64) -> String {
    let scalars = Array(base.unicodeScalars)
    for length in stride(from: min(Self.maximumSuffix, scalars.count), through: 0, by: -1) {
      let key = Self.ruleKey(tagHash: tagHash, suffix: scalars[(scalars.count - length)...])
      guard let rule = rules[key], Int(rule) < ruleStrip.count else { continue }
      let strip = Int(ruleStrip[Int(rule)])
      guard strip <= scalars.count else { continue }
      var result = String.UnicodeScalarView()
      result.append(contentsOf: scalars[0..<(scalars.count - strip)])
      result.append(contentsOf: ruleAppend[Int(rule)].unicodeScalars)
      return String(result)
    }
    return base
  }

  /// The form rules apply to: the word itself for proper nouns, else lowercased.
  static func base<S: StringProtocol>(_ word: S, xpos: String) -> String {
    xpos.hasPrefix("NNP") ? String(word) : word.lowercased()
  }

  /// The key of a suffix rule.
  static func ruleKey(tagHash: UInt64, suffix: ArraySlice<Unicode.Scalar>) -> UInt64 {
    var state = FeatureHash.seed
    for scalar in suffix { state = FeatureHash.step(state, scalar.value) }
    return FeatureHash.feature(0x4c45, tagHash, UInt64(suffix.count), state)
  }

  /// Writes the lemmatizer.
  ///
  /// - Parameter writer: The model file being written.
  func write(to writer: inout ModelFileWriter) {
    exceptions.write(to: &writer)
    writer.write(exceptionLemmas)
    rules.write(to: &writer)
    writer.write(ruleStrip)
    writer.write(ruleAppend)
  }

  /// Reads a lemmatizer written by ``write(to:)``.
  ///
  /// - Parameter reader: The model file being read.
  /// - Throws: ``ModelError`` if the payload is malformed.
  init(from reader: inout ModelFileReader) throws(ModelError) {
    exceptions = try HashIndex(from: &reader)
    exceptionLemmas = try reader.readStrings()
    rules = try HashIndex(from: &reader)
    ruleStrip = try reader.readArray()
    ruleAppend = try reader.readStrings()
    guard ruleStrip.count == ruleAppend.count else {
      throw .malformed(path: reader.path, reason: "lemma rule sizes differ")
    }
  }

  /// Creates a lemmatizer from learned tables.
  init(
    exceptions: HashIndex, exceptionLemmas: [String], rules: HashIndex,
    ruleStrip: [UInt32], ruleAppend: [String]
  ) {
    self.exceptions = exceptions
    self.exceptionLemmas = exceptionLemmas
    self.rules = rules
    self.ruleStrip = ruleStrip
    self.ruleAppend = ruleAppend
  }
}
