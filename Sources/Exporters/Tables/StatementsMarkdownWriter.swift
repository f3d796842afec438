import Foundation
import KnowledgeGraph

/// Writes `statements.md`: who said what about whom, as Markdown tables.
///
/// A header gives the counts (documents, entities, statements by kind,
/// speakers). Then one section per speaker, the speakers with the most
/// statements first (ties by name, then id), each with a table of its
/// statements in graph order: kind, cue, the content in quotation marks,
/// the entities it is about by name, and the source document with the
/// content's code-point offsets. Statements whose speaker is not a known
/// entity come last, with the speaker as written. Cell text is escaped with
/// ``escape(_:)``, so any content keeps the table intact.
public struct StatementsMarkdownWriter: GraphWriter {
  /// Creates a writer.
  public init() {}

  /// The Markdown report for a graph.
  ///
  /// - Parameter graph: The graph whose statements to list.
  /// - Returns: The complete Markdown text, ending with a newline.
  public func string(for graph: KnowledgeGraph) -> String {
    var out = ""
    write(graph, into: &out)
    return out
  }

  /// Writes `statements.md` to a file, atomically, a piece at a time.
  ///
  /// - Parameters:
  ///   - graph: The graph whose statements to list.
  ///   - url: The destination file URL; its directory must exist.
  /// - Throws: ``ExportError/write(path:reason:)`` when the file cannot be
  ///   written.
  public func write(_ graph: KnowledgeGraph, to url: URL) throws(ExportError) {
    try AtomicFile.write(to: url) { stream in write(graph, into: &stream) }
  }

  /// Writes the text of ``string(for:)`` into a stream, row by row.
  func write<Stream: TextOutputStream>(_ graph: KnowledgeGraph, into out: inout Stream) {
    var bySpeaker: [String: [Statement]] = [:]
    var unknown: [Statement] = []
    for statement in graph.statements {
      if let speaker = statement.speaker, graph.entity(id: speaker) != nil {
        bySpeaker[speaker, default: []].append(statement)
      } else {
        unknown.append(statement)
      }
    }
    let speakers = bySpeaker.compactMap { id, statements in
      graph.entity(id: id).map { (entity: $0, statements: statements) }
    }.sorted {
      ($1.statements.count, $0.entity.name, $0.entity.id)
        < ($0.statements.count, $1.entity.name, $1.entity.id)
    }

    out.write(
      "# Who said what about whom\n\n"
        + summary(graph, speakers: speakers.count, unknown: unknown.count) + "\n")
    if graph.statements.isEmpty {
      out.write("\nNo statements were found.\n")
      return
    }
    for (entity, statements) in speakers {
      out.write("\n## \(Self.escape(entity.name))\n\n")
      var line = "\(entity.type.rawValue) · \(Self.count(statements.count, "statement"))"
      if !entity.aliases.isEmpty { line += " · also: " + entity.aliases.joined(separator: ", ") }
      out.write(Self.escape(line) + "\n\n")
      out.write("| Kind | Cue | Content | About | Source |\n| --- | --- | --- | --- | --- |\n")
      for statement in statements {
        out.write("| " + cells(statement, graph: graph).joined(separator: " | ") + " |\n")
      }
    }
    if !unknown.isEmpty {
      out.write(
        "\n## Unknown speaker\n\n\(Self.count(unknown.count, "statement")) without a resolved speaker\n\n")
      out.write("| Speaker as written | Kind | Cue | Content | About | Source |\n")
      out.write("| --- | --- | --- | --- | --- | --- |\n")
      for statement in unknown {
        let speaker = statement.speakerText.map(Self.escape) ?? "—"
        out.write("| " + ([speaker] + cells(statement, graph: graph)).joined(separator: " | ") + " |\n")
      }
    }
  }

  private func summary(_ graph: KnowledgeGraph, speakers: Int, unknown: Int) -> String {
    var kinds: [String] = []
    for kind in StatementKind.allCases {
      let n = graph.statements.filter { $0.kind == kind }.count
      if n > 0 { kinds.append("\(n) \(kind.rawValue)") }
    }
    var parts = [
      Self.count(graph.documents.count, "document"),
      Self.count(graph.entitiesByID.count, "entity", "entities"),
      Self.count(graph.statements.count, "statement")
        + (kinds.isEmpty ? "" : " (\(kinds.joined(separator: ", ")))"),
      Self.count(speakers, "speaker"),
    ]
    if unknown > 0 { parts.append("\(Self.count(unknown, "statement")) without a known speaker") }
    return parts.joined(separator: " · ")
  }

  private func cells(_ statement: Statement, graph: KnowledgeGraph) -> [String] {
    let about = statement.about.map { graph.entity(id: $0)?.name ?? $0 }
    var source = "\(statement.document) \(statement.start)–\(statement.end)"
    if let date = statement.date { source += " (\(date))" }
    return [
      statement.kind.rawValue, statement.cue.map(Self.escape) ?? "—",
      "“" + Self.escape(statement.text) + "”",
      about.isEmpty ? "—" : Self.escape(about.joined(separator: ", ")), Self.escape(source),
    ]
  }

  private static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
  }

  /// Escapes text for a Markdown table cell, so it shows verbatim.
  ///
  /// `|` is escaped (it would end the cell), as are the characters that
  /// start Markdown or HTML markup: `` \ ` * [ ] < > ~ ``, `_` except inside
  /// a word (`doc_1` stays), and `&` when it could start an entity (followed
  /// by a letter, digit or `#`). Line breaks
  /// become `<br>`, tabs spaces, and other control characters are removed.
  /// - Parameter text: Any text.
  /// - Returns: Text safe inside one table cell.
  public static func escape(_ text: String) -> String {
    var out = ""
    let scalars = Array(TextCleaner.singleSpacedLines(text).unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "\n": out += "<br>"
      case "_":
        // Underscores inside words never start emphasis.
        func isWordCharacter(_ offset: Int) -> Bool {
          guard scalars.indices.contains(offset) else { return false }
          let neighbour = scalars[offset].properties
          return neighbour.isAlphabetic || neighbour.numericType != nil
        }
        if !(isWordCharacter(index - 1) && isWordCharacter(index + 1)) { out += "\\" }
        out += "_"
      case "\\", "`", "*", "[", "]", "<", ">", "|", "~":
        out += "\\"
        out.unicodeScalars.append(scalar)
      case "&":
        let next = index + 1 < scalars.count ? scalars[index + 1] : " "
        let startsEntity =
          next == "#" || (next.isASCII && next.properties.isAlphabetic)
          || ("0"..."9").contains(next)
        out += startsEntity ? "\\&" : "&"
      default:
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
