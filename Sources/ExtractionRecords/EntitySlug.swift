/// Builds stable entity ids such as `person:anna-berg`.
public enum EntitySlug {
  /// The id for an entity of a type and name.
  ///
  /// Letters and digits are lower-cased and kept (any script); everything else
  /// becomes a single hyphen; leading "the" is dropped.
  /// - Parameters:
  ///   - type: The entity type, the id's prefix.
  ///   - name: The canonical name.
  /// - Returns: `type:slug`, e.g. `country:united-states`.
  public static func id(type: EntityType, name: String) -> String {
    "\(type.rawValue):\(slug(name))"
  }

  /// The slug part of an id.
  ///
  /// - Parameter name: A name.
  /// - Returns: The lower-cased, hyphenated form; "entity" if nothing is left.
  public static func slug(_ name: String) -> String {
    var out = ""
    var pendingHyphen = false
    for scalar in name.unicodeScalars {
      if scalar == "." || scalar == "'" || scalar == "\u{2019}" { continue }
      if scalar.isASCII {
        // The same rule without Unicode property lookups: ASCII letters and
        // digits are exactly its alphabetic and numeric scalars.
        let value = scalar.value
        let isUpper = value >= 65 && value <= 90
        if isUpper || (value >= 97 && value <= 122) || (value >= 48 && value <= 57) {
          if pendingHyphen && !out.isEmpty { out.append("-") }
          pendingHyphen = false
          out.unicodeScalars.append(Unicode.Scalar(UInt8(isUpper ? value + 32 : value)))
        } else {
          pendingHyphen = true
        }
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        if pendingHyphen && !out.isEmpty { out.append("-") }
        pendingHyphen = false
        out.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else {
        pendingHyphen = true
      }
    }
    if out.hasPrefix("the-") { out.removeFirst(4) }
    return out.isEmpty ? "entity" : out
  }
}
