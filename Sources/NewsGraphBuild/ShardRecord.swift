import ExtractionRecords
import Foundation

/// One line of an extraction shard: a document's extraction, as `extract`
/// writes it, and its text when `extract --with-text` wrote that too.
///
/// The text goes in a `"text"` field after the extraction's own fields
/// (keys stay sorted); readers of plain extraction lines ignore it. `merge`
/// needs the texts to build exactly the graph `build` builds: the graph's
/// identity resolution reads them (which first words of names the corpus
/// writes in lower case, names recovered where one document's extraction
/// missed them), duplicates are found by text, and the report shows each
/// statement in its passage.
package struct ShardRecord: Decodable, Sendable {
  /// The document's extraction.
  package var extraction: Extraction
  /// The document's text, as analysed; nil when the line has none.
  package var text: String?

  private enum CodingKeys: String, CodingKey {
    case text
  }

  /// Reads a record from a shard line's JSON object.
  ///
  /// - Parameter decoder: The decoder of the whole line.
  /// - Throws: `DecodingError` when the line is no extraction.
  package init(from decoder: any Decoder) throws {
    extraction = try Extraction(from: decoder)
    text = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .text)
  }

  /// Creates a record.
  ///
  /// - Parameters:
  ///   - extraction: The document's extraction.
  ///   - text: The document's text, if known.
  package init(extraction: Extraction, text: String?) {
    self.extraction = extraction
    self.text = text
  }

  /// An extraction's JSON line (as `extract` writes it, without the line
  /// break) with the document's text added as the last field.
  ///
  /// - Parameters:
  ///   - line: The extraction's JSON object, one line.
  ///   - text: The document's text.
  /// - Returns: The line with `"text"` added, or the line unchanged when it
  ///   is no JSON object.
  package static func line(_ line: [UInt8], addingText text: String) -> [UInt8] {
    guard line.last == UInt8(ascii: "}"), let encoded = try? Self.textEncoder.encode(text) else { return line }
    var joined = line.dropLast() + Array(#","text":"#.utf8)
    joined.append(contentsOf: encoded)
    joined.append(UInt8(ascii: "}"))
    return Array(joined)
  }

  /// Encodes the text as `ExtractionsWriter` encodes strings (slashes kept).
  private static var textEncoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    return encoder
  }
}
