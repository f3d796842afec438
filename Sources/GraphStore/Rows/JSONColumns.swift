import Foundation

/// Encodes and decodes the store's JSON columns (warnings, aliases,
/// statement content, graph documents), with one encoder and one decoder
/// per read or write.
///
/// Keys are sorted and slashes left unescaped, so the same value always
/// gives the same text.
struct JSONColumns {
  private let encoder: JSONEncoder
  private let decoder = JSONDecoder()

  /// Makes an encoder and a decoder.
  init() {
    encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  }

  /// A value's JSON text.
  ///
  /// - Parameter value: The value.
  /// - Returns: Its JSON, as UTF-8 text.
  /// - Throws: `EncodingError` if the value cannot be encoded.
  func text(of value: some Encodable) throws -> String {
    String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// Decodes a JSON column.
  ///
  /// - Parameters:
  ///   - type: The type to decode.
  ///   - json: The column's text.
  ///   - what: What the column holds, for the error, e.g. "aliases of person:x".
  /// - Returns: The decoded value.
  /// - Throws: ``CorruptRow`` if the text is not valid JSON of that type.
  func value<T: Decodable>(_ type: T.Type, from json: String, what: String) throws(CorruptRow) -> T {
    do {
      return try decoder.decode(type, from: Data(json.utf8))
    } catch {
      throw CorruptRow(reason: "\(what): not valid JSON")
    }
  }

  /// Decodes a JSON array of strings; the empty array (most entities have
  /// no other name) skips the decoder.
  ///
  /// - Parameters:
  ///   - json: The column's text.
  ///   - what: What the column holds, for the error.
  /// - Returns: The strings.
  /// - Throws: ``CorruptRow`` if the text is not a JSON array of strings.
  func strings(from json: String, what: String) throws(CorruptRow) -> [String] {
    json == "[]" ? [] : try value([String].self, from: json, what: what)
  }
}
