/// Escaping for XML 1.0 text and attribute values, and XML name tokens.
enum XMLText {
  /// Text safe inside an element: `& < > " '` escaped, characters XML 1.0
  /// forbids removed, and carriage returns kept as `&#13;` (parsers would
  /// otherwise turn them into line feeds).
  static func content(_ text: String) -> String {
    escape(text, attribute: false)
  }

  /// Text safe inside a double- or single-quoted attribute value: as
  /// ``content(_:)``, with tab, line feed and carriage return as character
  /// references (parsers would otherwise turn them into spaces).
  static func attribute(_ text: String) -> String {
    escape(text, attribute: true)
  }

  private static func escape(_ text: String, attribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars where TextCleaner.isXMLCharacter(scalar) {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\r": out += "&#13;"
      case "\n" where attribute: out += "&#10;"
      case "\t" where attribute: out += "&#9;"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Text with the characters XML 1.0 forbids removed, unescaped: what a
  /// parser gives back for ``content(_:)``.
  static func legal(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.filter(TextCleaner.isXMLCharacter)))
  }

  /// Whether a string is an XML `NMTOKEN` (one or more name characters),
  /// the type GraphML gives node ids.
  static func isNameToken(_ text: String) -> Bool {
    !text.isEmpty && text.unicodeScalars.allSatisfy(isNameCharacter)
  }

  /// Whether a scalar is an XML 1.0 (fifth edition) `NameChar`.
  static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true  // digits, letters
    case 0x2D, 0x2E, 0x3A, 0x5F, 0xB7: true  // - . : _ ·
    case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x37D, 0x37F...0x1FFF: true
    case 0x200C...0x200D, 0x203F...0x2040, 0x2070...0x218F, 0x2C00...0x2FEF: true
    case 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF: true
    default: false
    }
  }

  /// A valid `NMTOKEN` for an id: the id itself when it is one, otherwise
  /// its name characters (others as `_`), `_x`, and a stable hash of the
  /// original, so distinct ids stay distinct.
  static func nameToken(for id: String) -> String {
    if isNameToken(id) { return id }
    let kept = id.unicodeScalars.prefix(64).map { isNameCharacter($0) ? $0 : "_" }
    return String(String.UnicodeScalarView(kept))
      + "_x" + TextCleaner.stableHash(id)
  }
}
