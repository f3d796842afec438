/// A normalised form of a name for matching: case-folded, punctuation and a
/// leading "the" dropped, dashes and slashes as spaces.
///
/// "U.S." and "US" have the same key, as do "the alliance" and "Alliance".
public struct NameKey: Hashable, Sendable, CustomStringConvertible {
  /// The normalised text.
  public let value: String

  /// Normalises a name.
  ///
  /// - Parameter name: Any name as written.
  public init(_ name: String) {
    var out = ""
    var space = false
    for scalar in name.unicodeScalars {
      if scalar.isASCII {
        // The same rule without Unicode property lookups.
        let value = scalar.value
        if (value >= 65 && value <= 90) || (value >= 97 && value <= 122) || (value >= 48 && value <= 57) {
          if space && !out.isEmpty { out.append(" ") }
          space = false
          out.unicodeScalars.append(Unicode.Scalar(UInt8(value >= 65 && value <= 90 ? value + 32 : value)))
        } else if value == 32 || value == 9 || value == 10 || value == 13 || value == 11 || value == 12
          || value == 45 || value == 47
        {
          space = true
        }
        continue
      }
      let props = scalar.properties
      if props.isAlphabetic || props.numericType != nil {
        if space && !out.isEmpty { out.append(" ") }
        space = false
        out.unicodeScalars.append(contentsOf: props.lowercaseMapping.unicodeScalars)
      } else if props.isWhitespace || "-–—/".unicodeScalars.contains(scalar) {
        space = true
      }
    }
    if out.hasPrefix("the ") { out.removeFirst(4) }
    value = out
  }

  public var description: String { value }
}
