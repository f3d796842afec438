/// The precomputed hashes of one word that the models' features read.
///
/// Computed once per token in a single pass over its Unicode scalars, so that
/// feature extraction only combines integers and never allocates strings.
/// Prefixes and suffixes are taken from the lowercased word.
package struct WordFeatures: Sendable, Equatable {
  /// The word exactly as written.
  var form: UInt64
  /// The lowercased word.
  package var lower: UInt64
  /// The word's shape: `X`, `x`, `d` for upper, lower and digit characters,
  /// other characters as they are, runs cut at three (`Xxxx` → `Xxx`).
  var shape: UInt64
  /// Lowercased prefixes of one, two and three characters.
  var prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
  /// Lowercased suffixes of one to four characters.
  package var suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64
  /// Bit flags, see the `Flag` constants.
  var flags: UInt32
  /// The number of Unicode scalars, capped at 15.
  package var length: UInt32

  /// Flag: first character uppercase, no other uppercase letter.
  static let titleCase: UInt32 = 1
  /// Flag: has letters and all of them are uppercase.
  static let allUpper: UInt32 = 2
  /// Flag: contains a digit.
  static let hasDigit: UInt32 = 4
  /// Flag: contains a hyphen.
  static let hasHyphen: UInt32 = 8
  /// Flag: has neither letters nor digits.
  static let punctuation: UInt32 = 16
  /// Flag: first character is uppercase.
  static let initialUpper: UInt32 = 32
  /// Flag: contains a full stop.
  static let hasPeriod: UInt32 = 64

  /// Computes the features of one word.
  ///
  /// - Parameter word: The word as written.
  package init<S: StringProtocol>(_ word: S) {
    var formState = FeatureHash.seed
    var lowerState = FeatureHash.seed
    var shapeState = FeatureHash.seed
    var p1 = FeatureHash.seed, p2 = FeatureHash.seed, p3 = FeatureHash.seed
    var last: (UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0)
    var count = 0
    var upper = 0, lowerCount = 0, digits = 0, others = 0
    var firstUpper = false, hyphen = false, period = false
    var lastShape: UInt32 = 0, run = 0
    for scalar in word.unicodeScalars {
      formState = FeatureHash.step(formState, scalar.value)
      let properties = scalar.properties
      let shapeCode: UInt32
      if scalar.value < 0x80 {
        let v = scalar.value
        if v >= 65 && v <= 90 {
          shapeCode = 88; upper += 1
        } else if v >= 97 && v <= 122 {
          shapeCode = 120; lowerCount += 1
        } else if v >= 48 && v <= 57 {
          shapeCode = 100; digits += 1
        } else {
          shapeCode = v; others += 1
          if v == 45 { hyphen = true } else if v == 46 { period = true }
        }
      } else if properties.isUppercase {
        shapeCode = 88; upper += 1
      } else if properties.isAlphabetic {
        shapeCode = 120; lowerCount += 1
      } else if properties.numericType != nil {
        shapeCode = 100; digits += 1
      } else {
        shapeCode = scalar.value; others += 1
        if scalar.value == 0x2010 || scalar.value == 0x2011 { hyphen = true }
      }
      if count == 0 { firstUpper = shapeCode == 88 }
      if shapeCode == lastShape { run += 1 } else { run = 1; lastShape = shapeCode }
      if run <= 3 { shapeState = FeatureHash.step(shapeState, shapeCode) }
      FeatureHash.forEachLowercase(scalar) { lowered in
        lowerState = FeatureHash.step(lowerState, lowered)
        switch count {
        case 0: p1 = FeatureHash.step(p1, lowered); p2 = p1; p3 = p1
        case 1: p2 = FeatureHash.step(p2, lowered); p3 = p2
        case 2: p3 = FeatureHash.step(p3, lowered)
        default: break
        }
        last = (last.1, last.2, last.3, lowered)
        count += 1
      }
    }
    form = FeatureHash.finalize(formState)
    lower = FeatureHash.finalize(lowerState)
    shape = FeatureHash.finalize(shapeState)
    prefix1 = FeatureHash.finalize(p1 ^ 0x11)
    prefix2 = FeatureHash.finalize(p2 ^ 0x12)
    prefix3 = FeatureHash.finalize(p3 ^ 0x13)
    var s = FeatureHash.seed
    s = FeatureHash.step(s, last.3)
    suffix1 = FeatureHash.finalize(s ^ 0x21)
    s = FeatureHash.step(FeatureHash.step(FeatureHash.seed, last.2), last.3)
    suffix2 = FeatureHash.finalize(s ^ 0x22)
    s = FeatureHash.step(FeatureHash.seed, last.1)
    s = FeatureHash.step(FeatureHash.step(s, last.2), last.3)
    suffix3 = FeatureHash.finalize(s ^ 0x23)
    s = FeatureHash.step(FeatureHash.step(FeatureHash.seed, last.0), last.1)
    s = FeatureHash.step(FeatureHash.step(s, last.2), last.3)
    suffix4 = FeatureHash.finalize(s ^ 0x24)
    var f: UInt32 = 0
    if firstUpper && upper == 1 { f |= Self.titleCase }
    if upper > 0 && lowerCount == 0 { f |= Self.allUpper }
    if digits > 0 { f |= Self.hasDigit }
    if hyphen { f |= Self.hasHyphen }
    if upper + lowerCount + digits == 0 { f |= Self.punctuation }
    if firstUpper { f |= Self.initialUpper }
    if period { f |= Self.hasPeriod }
    _ = others
    flags = f
    length = UInt32(min(count, 15))
  }

  /// The features of the padding word outside a sentence or the root.
  ///
  /// - Parameter marker: A distinct string such as `"<s>"` or `"<root>"`.
  static func padding(_ marker: String) -> WordFeatures {
    var features = WordFeatures(marker)
    features.flags = 0
    return features
  }

  /// Whether all bits of `flag` are set.
  @inline(__always)
  func has(_ flag: UInt32) -> Bool { flags & flag == flag }
}
