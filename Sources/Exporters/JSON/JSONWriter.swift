import Foundation
import KnowledgeGraph

/// Writes `graph.json`: the knowledge graph's `Codable` form.
///
/// The JSON is pretty-printed with sorted keys and unescaped slashes, ends
/// with a newline, and lists entities by id and statements and relations in
/// graph order, so the same graph always gives the same bytes.
/// ``JSONReader`` reads it back into an equal graph.
///
/// ```swift
/// try JSONWriter().write(graph, to: output.appendingPathComponent("graph.json"))
/// ```
public struct JSONWriter: GraphWriter {
  /// Creates a writer.
  public init() {}

  /// The `graph.json` text for a graph.
  ///
  /// - Parameter graph: The graph to encode.
  /// - Returns: Pretty-printed JSON with sorted keys and a final newline.
  /// - Throws: ``ExportError/encoding(format:reason:)`` if encoding fails,
  ///   which the graph's plain string and integer fields do not cause.
  public func string(for graph: KnowledgeGraph) throws(ExportError) -> String {
    var out = ""
    try write(graph, into: &out)
    return out
  }

  /// Writes `graph.json` to a file, atomically, a piece at a time.
  ///
  /// - Parameters:
  ///   - graph: The graph to encode.
  ///   - url: The destination file URL; its directory must exist.
  /// - Throws: ``ExportError/write(path:reason:)`` when the file cannot be
  ///   written; ``ExportError/encoding(format:reason:)`` as ``string(for:)``.
  public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExportError) {
    try AtomicFile.write(to: url) { (stream) throws(ExportError) in try write(graph, into: &stream) }
  }

  /// Writes the text of ``string(for:)`` into a stream: the graph's
  /// `Codable` form, its lists encoded one element at a time (each element
  /// as `JSONEncoder` writes it inside the whole, indented to its depth),
  /// so that no more than one element's text is held at once.
  func write<Stream: TextOutputStream>(_ graph: KnowledgeGraph, into out: inout Stream) throws(ExportError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // The keys of KnowledgeGraph's encoding, sorted; `merges` only when any.
    out.write("{\n")
    try list("documents", graph.documents, encoder, &out)
    out.write(",\n")
    try list("entities", graph.entities, encoder, &out)
    if !graph.merges.isEmpty {
      out.write(",\n")
      try list("merges", graph.merges, encoder, &out)
    }
    out.write(",\n")
    try list("relations", graph.relations, encoder, &out)
    out.write(",\n")
    try list("statements", graph.statements, encoder, &out)
    out.write("\n}\n")
  }

  /// One top-level key and its list, as the pretty-printing encoder lays
  /// them out two spaces in: elements four spaces in, separated by commas,
  /// an empty list as `[`, a blank line and `]`.
  private func list<Element: Encodable, Stream: TextOutputStream>(
    _ key: String, _ elements: [Element], _ encoder: JSONEncoder, _ out: inout Stream
  ) throws(ExportError) {
    out.write("  \"\(key)\" : [\n")
    if elements.isEmpty { out.write("\n") }
    for (index, element) in elements.enumerated() {
      let text: String
      do {
        text = String(decoding: try encoder.encode(element), as: UTF8.self)
      } catch {
        throw .encoding(format: "JSON", reason: "\(error)")
      }
      out.write("    ")
      out.write(Self.indented(text))
      out.write(index + 1 < elements.count ? ",\n" : "\n")
    }
    out.write("  ]")
  }

  /// Pretty-printed JSON moved four spaces in: every line but empty ones.
  /// (Strings in JSON never hold a raw line break, so every line break is
  /// layout.)
  static func indented(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + text.utf8.count / 4)
    var lineStart = false
    for byte in text.utf8 {
      if lineStart, byte != 0x0A { bytes.append(contentsOf: [0x20, 0x20, 0x20, 0x20]) }
      bytes.append(byte)
      lineStart = byte == 0x0A
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
