/// Decodes file bytes into document text.
///
/// Invalid UTF-8 is replaced with U+FFFD and noted; binary data (NUL bytes
/// or mostly control characters) is refused; "\r\n" and lone "\r" become
/// "\n", so offsets agree with Python's text mode and the scorers.
public enum TextDecoder {
  /// Decodes bytes read from `path`.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path, for messages.
  /// - Returns: The text and any notes about its decoding.
  /// - Throws: ``InputError/binary(path:)`` or ``InputError/empty(path:)``.
  public static func decode(_ bytes: [UInt8], path: String) throws(InputError) -> (text: String, warnings: [String]) {
    if looksBinary(bytes) { throw .binary(path: path) }
    var warnings: [String] = []
    var text: String
    if let valid = String(validating: bytes, as: UTF8.self) {
      text = valid
    } else {
      text = String(decoding: bytes, as: UTF8.self)
      warnings.append("\(path): invalid UTF-8 replaced with U+FFFD")
    }
    if text.utf8.contains(13) { text = normalizeNewlines(text) }
    if text.allSatisfy(\.isWhitespace) { throw .empty(path: path) }
    return (text, warnings)
  }

  /// Whether bytes look like binary data rather than text.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(8192)
    if sample.contains(0) { return true }
    let control = sample.filter { $0 < 32 && $0 != 9 && $0 != 10 && $0 != 13 && $0 != 12 }.count
    return !sample.isEmpty && control * 10 > sample.count
  }

  /// Replaces "\r\n" and lone "\r" with "\n".
  static func normalizeNewlines(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previousCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\r" {
        out.append("\n")
        previousCR = true
        continue
      }
      if scalar == "\n" && previousCR {
        previousCR = false
        continue
      }
      previousCR = false
      out.append(scalar)
    }
    return String(out)
  }
}
