/// Stable 64-bit hashing of words and feature templates.
///
/// Swift's `Hasher` is seeded per process, so model files cannot use it.
/// These functions are fixed forever for a given model format version:
/// FNV-1a over Unicode scalars for strings, and a multiply-xorshift
/// finaliser to combine a template identifier with its values.
package enum FeatureHash {
  /// The FNV-1a 64-bit offset basis.
  static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  /// The FNV-1a 64-bit prime.
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// Feeds one Unicode scalar into an FNV-1a state.
  @inline(__always)
  static func step(_ state: UInt64, _ scalar: UInt32) -> UInt64 {
    (state ^ UInt64(scalar)) &* prime
  }

  /// Mixes a 64-bit value so that every input bit affects every output bit.
  @inline(__always)
  static func finalize(_ value: UInt64) -> UInt64 {
    var x = value
    x ^= x >> 33
    x &*= 0xff51_afd7_ed55_8ccd
    x ^= x >> 33
    x &*= 0xc4ce_b9fe_1a85_ec53
    x ^= x >> 33
    return x
  }

  /// A cheap mixing step: one multiply between two xor-shifts.
  @inline(__always)
  static func mix(_ value: UInt64) -> UInt64 {
    var x = value
    x ^= x >> 32
    x &*= 0xd6e8_feb8_6659_fd93
    x ^= x >> 29
    return x
  }

  /// Combines two values into one hash (order matters).
  @inline(__always)
  package static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
    mix(((a ^ 0x2545_f491_4f6c_dd1d) &* 0x9e37_79b9_7f4a_7c15) ^ b)
  }

  /// The seed of a feature template (folded to a constant for literal templates).
  @inline(__always)
  static func templateSeed(_ template: UInt64) -> UInt64 {
    (template &+ 0x1000) &* 0xc2b2_ae3d_27d4_eb4f
  }

  /// The hash of a feature template applied to one value.
  @inline(__always)
  static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 {
    mix((templateSeed(template) ^ a) &* 0x9e37_79b9_7f4a_7c15)
  }

  /// The hash of a feature template applied to two values.
  @inline(__always)
  static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
    mix(((templateSeed(template) ^ a) &* 0x9e37_79b9_7f4a_7c15) ^ b)
  }

  /// The hash of a feature template applied to three values.
  @inline(__always)
  static func feature(
    _ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64
  ) -> UInt64 {
    let ab = ((templateSeed(template) ^ a) &* 0x9e37_79b9_7f4a_7c15) ^ b
    return mix((ab &* 0xff51_afd7_ed55_8ccd) ^ c)
  }

  /// The hash of a string's Unicode scalars, exactly as written.
  package static func string<S: StringProtocol>(_ text: S) -> UInt64 {
    var state = seed
    for scalar in text.unicodeScalars { state = step(state, scalar.value) }
    return finalize(state)
  }

  /// The hash of a string's lowercased Unicode scalars.
  static func lowercased<S: StringProtocol>(_ text: S) -> UInt64 {
    var state = seed
    for scalar in text.unicodeScalars {
      forEachLowercase(scalar) { state = step(state, $0) }
    }
    return finalize(state)
  }

  /// Calls `body` with the lowercase mapping of a scalar (ASCII fast path).
  @inline(__always)
  static func forEachLowercase(
    _ scalar: Unicode.Scalar, _ body: (UInt32) -> Void
  ) {
    let value = scalar.value
    if value < 0x80 {
      body(value >= 65 && value <= 90 ? value + 32 : value)
    } else if scalar.properties.changesWhenLowercased {
      for lower in scalar.properties.lowercaseMapping.unicodeScalars {
        body(lower.value)
      }
    } else {
      body(value)
    }
  }
}
