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
