/// Turns a word and its Penn tag into its lemma ("said"/VBD → "say").
///
/// Learned from GUM's lemma column: a table of exceptions (irregular forms
/// such as "was" → "be" and "children" → "child"), and suffix edit rules
/// keyed by tag and the word's last zero to four characters ("-ies"/NNS →
/// strip three, add "y"). The longest suffix with a rule wins. Proper nouns
/// keep their case; other words are lowercased first.
public struct Lemmatizer: Sendable {
  /// The longest suffix the rules look at.
  package static let maximumSuffix = 4

  /// `(word, tag)` hash to an index in ``exceptionLemmas``.
  let exceptions: HashIndex
  /// The lemma of each exception.
  let exceptionLemmas: [String]
  /// `(tag, suffix length, suffix)` hash to a rule index.
  package let rules: HashIndex
  /// How many characters each rule strips.
  package let ruleStrip: [UInt32]
  /// What each rule appends.
  package let ruleAppend: [String]

  /// The lemma of a word.
  ///
  /// - Parameters:
  ///   - word: The word as written.
  ///   - xpos: Its Penn Treebank tag (for example `VBD`).
  /// - Returns: The lemma; the lowercased word when no rule applies.
  public func lemma(of word: Substring, xpos: String) -> String {
    lemma(of: word, features: WordFeatures(word), tagHash: FeatureHash.string(xpos), proper: xpos.hasPrefix("NNP"))
  }

  /// The lemma of a word whose features and tag hash are known.
  ///
  /// - Parameters:
  ///   - word: The word as written.
  ///   - features: Its features.
  ///   - tagHash: The hash of its Penn tag.
  ///   - proper: Whether the tag is `NNP` or `NNPS` (case is kept).
  /// - Returns: The lemma.
  func lemma(of word: Substring, features: WordFeatures, tagHash: UInt64, proper: Bool) -> String {
    if let index = exceptions[FeatureHash.combine(features.lower, tagHash)],
      Int(index) < exceptionLemmas.count
    {
      return exceptionLemmas[Int(index)]
    }
    let rule = Self.rule(features: features, tagHash: tagHash, rules: rules)
    let base = proper ? String(word) : Self.lowercase(word, features)
    guard let rule, Int(rule) < ruleStrip.count else { return base }
    let strip = Int(ruleStrip[Int(rule)])
    let append = ruleAppend[Int(rule)]
    if strip == 0 && append.isEmpty { return base }
    if let edited = Self.asciiEdit(base, strip: strip, append: append) { return edited }
    var scalars = base.unicodeScalars
    guard strip <= scalars.count else { return base }
    scalars.removeLast(strip)
    scalars.append(contentsOf: append.unicodeScalars)
    return String(scalars)
  }

  /// `base` without its last `strip` characters and with `append` added,
  /// built byte by byte when `base` is ASCII (one byte per scalar); `nil`
  /// otherwise, or when `base` is shorter than `strip`.
  static func asciiEdit(_ base: String, strip: Int, append: String) -> String? {
    let length = base.utf8.count
    guard strip <= length else { return nil }
    var isASCII = true
    let result = String(unsafeUninitializedCapacity: length - strip + append.utf8.count) { buffer in
      var count = 0
      for byte in base.utf8 {
        isASCII = isASCII && byte < 0x80
        if count < length - strip {
          buffer[count] = byte
          count += 1
        }
      }
      for byte in append.utf8 {
        buffer[count] = byte
        count += 1
      }
      return count
    }
    return isASCII ? result : nil
  }

  /// The lowercased word, without work when it has no uppercase letter.
  static func lowercase(_ word: Substring, _ features: WordFeatures) -> String {
    features.lower == features.form ? String(word) : word.lowercased()
  }

  /// The rule for the longest known suffix of a word (up to four characters).
  static func rule(features: WordFeatures, tagHash: UInt64, rules: HashIndex) -> UInt32? {
    // Longest first, without building an array per word.
    let length = Int(features.length)
    if length >= 4, let rule = rules[ruleKey(tagHash: tagHash, length: 4, suffix: features.suffix4)] { return rule }
    if length >= 3, let rule = rules[ruleKey(tagHash: tagHash, length: 3, suffix: features.suffix3)] { return rule }
    if length >= 2, let rule = rules[ruleKey(tagHash: tagHash, length: 2, suffix: features.suffix2)] { return rule }
    if length >= 1, let rule = rules[ruleKey(tagHash: tagHash, length: 1, suffix: features.suffix1)] { return rule }
    return rules[ruleKey(tagHash: tagHash, length: 0, suffix: 0)]
  }

  /// The key of a suffix rule.
  package static func ruleKey(tagHash: UInt64, length: Int, suffix: UInt64) -> UInt64 {
    FeatureHash.feature(0x4c45, tagHash, UInt64(length), suffix)
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
  package init(
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
