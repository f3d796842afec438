/// Decodes file bytes into document text.
///
/// Text is UTF-8, or UTF-16 when it starts with a byte order mark
/// (`FF FE` little-endian, `FE FF` big-endian; the mark is dropped, as
/// Python's `utf-16` codec drops it). Invalid UTF-8 or unpaired UTF-16
/// surrogates are replaced with U+FFFD and noted; binary data (NUL bytes or
/// mostly control characters) is refused; "\r\n" and lone "\r" become
/// "\n", so offsets agree with Python's text mode and the scorers. A UTF-8
/// byte order mark is kept as U+FEFF, as Python's `utf-8` codec keeps it.
public enum TextDecoder {
  /// Decodes bytes read from `path`.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - path: The path, for messages.
  /// - Returns: The text and any notes about its decoding.
  /// - Throws: ``InputError/binary(path:)`` or ``InputError/empty(path:)``.
  public static func decode(_ bytes: [UInt8], path: String) throws(InputError) -> (text: String, warnings: [String]) {
    var warnings: [String] = []
    var text: String
    if let bigEndian = utf16ByteOrder(bytes) {
      text = decodeUTF16(bytes.dropFirst(2), bigEndian: bigEndian, path: path, warnings: &warnings)
      if looksBinary(Array(text.utf8)) { throw .binary(path: path) }
    } else if looksBinary(bytes) {
      throw .binary(path: path)
    } else if let valid = String(validating: bytes, as: UTF8.self) {
      text = valid
    } else {
      text = String(decoding: bytes, as: UTF8.self)
      warnings.append("\(path): invalid UTF-8 replaced with U+FFFD")
    }
    if text.utf8.contains(13) { text = normalizeNewlines(text) }
    if text.allSatisfy(\.isWhitespace) { throw .empty(path: path) }
    return (text, warnings)
  }

  /// The byte order of UTF-16 text with a byte order mark: true for
  /// big-endian, false for little-endian, nil when there is no mark.
  static func utf16ByteOrder(_ bytes: some Collection<UInt8>) -> Bool? {
    var iterator = bytes.makeIterator()
    let pair = (iterator.next(), iterator.next())
    if pair == (0xFF, 0xFE) { return false }
    if pair == (0xFE, 0xFF) { return true }
    return nil
  }

  /// Decodes UTF-16 code units (after the byte order mark), replacing
  /// unpaired surrogates and a trailing odd byte with U+FFFD.
  static func decodeUTF16(
    _ bytes: ArraySlice<UInt8>, bigEndian: Bool, path: String, warnings: inout [String]
  ) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(bigEndian ? first << 8 | second : second << 8 | first)
      index += 2
    }
    var invalid = index < bytes.endIndex
    var scalars = String.UnicodeScalarView()
    var decoder = UTF16()
    var iterator = units.makeIterator()
    loop: while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): scalars.append(scalar)
      case .emptyInput: break loop
      case .error:
        scalars.append("\u{FFFD}")
        invalid = true
      }
    }
    if index < bytes.endIndex { scalars.append("\u{FFFD}") }
    if invalid { warnings.append("\(path): invalid UTF-16 replaced with U+FFFD") }
    return String(scalars)
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
