/// Scalar classes used by the tokenizer and splitter.
///
/// ASCII is tested first, so the common case costs a comparison or two.
package enum ScalarClass {
  package static func isSpace(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{0B}" || c == "\u{0C}" }
    return c.properties.isWhitespace || c == "\u{200B}" || c == "\u{FEFF}"
  }

  package static func isNewline(_ c: Unicode.Scalar) -> Bool {
    c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" || c == "\u{85}"
  }

  package static func isLetter(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") }
    return c.properties.isAlphabetic && !isMark(c)
  }

  package static func isDigit(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c >= "0" && c <= "9" }
    return c.properties.numericType == .decimal
  }

  package static func isAlphanumeric(_ c: Unicode.Scalar) -> Bool { isLetter(c) || isDigit(c) }

  package static func isWordStart(_ c: Unicode.Scalar) -> Bool { isAlphanumeric(c) }

  package static func isMark(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x300 { return false }
    switch c.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  package static func isUppercase(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 { return c >= "A" && c <= "Z" }
    return c.properties.isUppercase
  }

  package static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
    c == "'" || c == "\u{2019}" || c == "\u{02BC}"
  }

  package static func isQuote(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "\"", "'", "`", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}",
      "\u{201E}", "\u{201F}", "\u{2039}", "\u{203A}", "\u{201A}", "\u{201B}":
      return true
    default:
      return false
    }
  }

  package static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
    if c.value < 0x80 {
      return "!\"#%&'()*,-./:;?@[\\]_{}".unicodeScalars.contains(c)
    }
    switch c.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }
}
