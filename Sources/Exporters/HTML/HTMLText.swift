/// Escaping for HTML text, attribute values, URL fragments and JSON embedded
/// in a `<script>` element.
///
/// Every string from the graph or a document passes through one of these
/// before it reaches the report, so no name, quote or id can add markup.
enum HTMLText {
  /// Text safe inside an element: `& < > " '` as character references and
  /// characters HTML forbids or no reader should see (C0 and C1 controls
  /// other than tab, line feed and carriage return; DEL; U+FFFE, U+FFFF)
  /// removed.
  ///
  /// - Parameter text: Any text.
  /// - Returns: Markup that shows the text verbatim.
  static func content(_ text: String) -> String {
    escape(text, attribute: false)
  }

  /// Text safe inside a double- or single-quoted attribute value: as
  /// ``content(_:)``, with tab, line feed and carriage return as character
  /// references so that they survive attribute-value normalization.
  ///
  /// - Parameter text: Any text.
  /// - Returns: The attribute value, without the quotes.
  static func attribute(_ text: String) -> String {
    escape(text, attribute: true)
  }

  private static func escape(_ text: String, attribute: Bool) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r":
        if attribute {
          out += "&#\(scalar.value);"
        } else {
          out.unicodeScalars.append(scalar)
        }
      default:
        if !TextCleaner.isInvisibleControl(scalar) { out.unicodeScalars.append(scalar) }
      }
    }
    return out
  }

  /// A value for a URL fragment parameter, percent-encoded as JavaScript's
  /// `encodeURIComponent` does (UTF-8; everything but `A–Z a–z 0–9 - _ . ! ~ * ' ( )`
  /// encoded), so that `decodeURIComponent` gives the value back.
  ///
  /// - Parameter text: Any text, such as an entity id.
  /// - Returns: ASCII text; still to be escaped with ``attribute(_:)``.
  static func fragmentValue(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "!"),
        UInt8(ascii: "~"), UInt8(ascii: "*"), UInt8(ascii: "'"), UInt8(ascii: "("),
        UInt8(ascii: ")"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return out
  }

  /// JSON text made safe to place between `<script>` and `</script>`.
  ///
  /// `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026` (so neither
  /// `</script>` nor `<!--` can occur), and U+2028 and U+2029 become
  /// `\u2028` and `\u2029` (line terminators in older JavaScript). These
  /// characters can only occur inside JSON strings, where the escapes mean
  /// the same characters, so `JSON.parse` gives back the same value.
  ///
  /// - Parameter json: Valid JSON text.
  /// - Returns: The same JSON value, as text safe inside a script element.
  static func scriptJSON(_ json: String) -> String {
    // On UTF-8: `< > &` are single bytes, U+2028/U+2029 are E2 80 A8/A9.
    let bytes = Array(json.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 16)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "<"): out += Array("\\u003c".utf8)
      case UInt8(ascii: ">"): out += Array("\\u003e".utf8)
      case UInt8(ascii: "&"): out += Array("\\u0026".utf8)
      case 0xE2
      where index + 2 < bytes.count && bytes[index + 1] == 0x80
        && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
        out += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
        index += 3
        continue
      default: out.append(byte)
      }
      index += 1
    }
    return String(decoding: out, as: UTF8.self)
  }

}
