import Foundation

/// Compact, key-sorted JSON text for values stored inside other formats
/// (GraphML list attributes).
enum CompactJSON {
  /// The JSON text of a value, keys sorted, no insignificant whitespace.
  ///
  /// - Throws: ``ExportError/encoding(format:reason:)`` if encoding fails.
  static func string(_ value: some Encodable, format: String) throws(ExportError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self)
    } catch {
      throw .encoding(format: format, reason: "\(error)")
    }
  }

  /// Decodes a value from JSON text, or nil when the text does not decode.
  ///
  /// - Parameter decoder: The decoder to use; a reader decoding many
  ///   values passes one, since making a decoder costs more than decoding a
  ///   short list.
  static func decode<T: Decodable>(
    _ type: T.Type, from text: String, decoder: JSONDecoder = JSONDecoder()
  ) -> T? {
    try? decoder.decode(type, from: Data(text.utf8))
  }
}
