/// The token helpers every rule uses (mentions, attribution, relations):
/// the lower-case form (``lowercasedWord(_:)``), the word shape
/// (``shape(_:)``), capitalisation, and comparisons that fold ASCII case
/// with one function (``ScalarClass/asciiLowercased(_:)``), without
/// allocating.
extension Document {
  /// The coarse class of token `index`.
  ///
  /// - Parameter index: A token index.
  /// - Returns: Its shape.
  @inline(__always)
  package func shape(_ index: Int) -> TokenShape { tokenTable[index].shape }

  /// The lower-cased lemma of token `index`, or its lower-cased word when
  /// the document was not tagged.
  ///
  /// - Parameter index: A token index.
  /// - Returns: "say" for "Said"; "said" untagged.
  package func lowercasedLemma(_ index: Int) -> String {
    let lemma = tokenTable[index].lemma
    return lemma.isEmpty ? lowercasedWord(index) : lemma.lowercased()
  }

  /// Whether token `index` starts with an upper-case letter.
  ///
  /// - Parameter index: A token index.
  /// - Returns: True for "Berg", "EU", "Élysée"; false for "the", "1990".
  @inline(__always)
  package func isCapitalised(_ index: Int) -> Bool {
    let range = tokenTable[index].range
    guard range.lowerBound < range.upperBound else { return false }
    return ScalarClass.isUppercase(scalars[range.lowerBound])
  }

  /// Whether token `index` is `word`, a lower-case ASCII word, in any case.
  ///
  /// - Parameters:
  ///   - index: A token index.
  ///   - word: Lower-case text ("that", "according", "—"); only ASCII
  ///     letters are folded.
  /// - Returns: True when the token's text folds to `word`.
  package func isWord(_ index: Int, _ word: String) -> Bool {
    let range = tokenTable[index].range
    var k = range.lowerBound
    for expected in word.unicodeScalars {
      guard k < range.upperBound, ScalarClass.asciiLowercased(scalars[k].value) == expected.value else { return false }
      k += 1
    }
    return k == range.upperBound
  }

  /// Whether token `index` has at least two letters, all of them ASCII
  /// capitals ("LONDON", "U.S."), as a dateline's place has.
  ///
  /// - Parameter index: A token index.
  /// - Returns: True for an all-capital word.
  package func isAllCapitals(_ index: Int) -> Bool {
    var letters = 0
    for k in tokenTable[index].range {
      let value = scalars[k].value
      guard value < 0x80 else { continue }
      let byte = UInt8(value)
      if ScalarClass.asciiLowercased(byte) != byte { letters += 1 } else if byte >= 0x61 && byte <= 0x7A { return false }
    }
    return letters >= 2
  }

  /// Whether token `index` starts with an ASCII capital or digit.
  ///
  /// - Parameter index: A token index.
  /// - Returns: True for "Paris", "2014"; false for "the", "Élysée".
  package func startsWithASCIICapitalOrDigit(_ index: Int) -> Bool {
    let value = scalars[tokenTable[index].range.lowerBound].value
    guard value < 0x80 else { return false }
    let byte = UInt8(value)
    return ScalarClass.asciiLowercased(byte) != byte || (byte >= 0x30 && byte <= 0x39)
  }
}

extension ScalarClass {
  /// The lower-case form of an ASCII letter's code (a UTF-8 byte or a
  /// scalar value): `A`–`Z` become `a`–`z`, every other code stays. The
  /// one ASCII case fold the extraction uses.
  ///
  /// - Parameter code: A byte or scalar value.
  /// - Returns: The code, lower-cased.
  @inline(__always)
  static func asciiLowercased<Code: FixedWidthInteger & UnsignedInteger>(_ code: Code) -> Code {
    code &- 0x41 < 26 ? code | 0x20 : code
  }
}
