/// Small text utilities shared by the writers: removing characters no file
/// format can carry, clipping and wrapping labels, and a stable hash.
enum TextCleaner {
  /// Whether a scalar may appear in an XML 1.0 document.
  ///
  /// XML 1.0 allows tab, line feed, carriage return, U+0020–U+D7FF,
  /// U+E000–U+FFFD and U+10000–U+10FFFF. Surrogates cannot occur in a Swift
  /// `Unicode.Scalar`, so only the C0 controls and U+FFFE/U+FFFF are left out.
  static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
    default: false
    }
  }

  /// Whether a scalar is a control character that no label should show:
  /// C0 and C1 controls, DEL and the noncharacters U+FFFE/U+FFFF.
  static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
    default: false
    }
  }

  /// Text with line breaks (`\r\n`, `\r`, `\n`) as `\n`, tabs as spaces and
  /// other control characters removed.
  static func singleSpacedLines(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previousCR = false
    for scalar in text.unicodeScalars {
      defer { previousCR = scalar == "\r" }
      switch scalar {
      case "\r": out.append("\n")
      case "\n": if !previousCR { out.append("\n") }
      case "\t": out.append(" ")
      default: if !isInvisibleControl(scalar) { out.append(scalar) }
      }
    }
    return String(out)
  }

  /// Text cut to at most `limit` scalars, ending with "…" when cut.
  static func clip(_ text: String, to limit: Int) -> String {
    let scalars = text.unicodeScalars
    guard scalars.count > limit, limit > 0 else { return text }
    var out = String.UnicodeScalarView(scalars.prefix(limit - 1))
    while let last = out.last, last.properties.isWhitespace { out.removeLast() }
    out.append("…")
    return String(out)
  }

  /// Text broken into lines of about `width` scalars at spaces.
  ///
  /// Words longer than `width` are kept whole; existing line breaks stay.
  static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineLength = 0
      for word in paragraph.split(separator: " ") {
        let length = word.unicodeScalars.count
        if lineLength > 0 && lineLength + 1 + length > width {
          lines.append(line)
          line = ""
          lineLength = 0
        }
        if lineLength > 0 {
          line += " "
          lineLength += 1
        }
        line += word
        lineLength += length
      }
      lines.append(line)
    }
    return lines
  }

  /// A 64-bit FNV-1a hash of the text's UTF-8, as 16 hex digits.
  ///
  /// Unlike `Hasher`, the value is the same in every run, so it can appear
  /// in files that must be byte-stable.
  static func stableHash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
