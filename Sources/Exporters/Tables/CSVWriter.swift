import Foundation
import KnowledgeGraph

/// Writes the graph as CSV tables for spreadsheets: `entities.csv`,
/// `statements.csv` and `relations.csv`.
///
/// Files follow RFC 4180: a header row, CRLF line endings, and fields
/// quoted (with `"` doubled) when they contain a comma, quote, carriage
/// return or line feed, or start or end with a space. Lists (aliases,
/// documents, topics) are joined with `"; "`. Rows are sorted by id
/// (entities) or in graph order (statements, relations), so output is
/// byte-stable. Text is written as it is; control characters other than
/// tab, CR and LF are removed.
public struct CSVWriter: GraphWriter {
  /// The table this writer produces.
  public var table: CSVTable

  /// Creates a writer for one table.
  ///
  /// - Parameter table: Which table ``string(for:)`` and ``write(_:to:)`` produce.
  public init(table: CSVTable) {
    self.table = table
  }

  /// The CSV text of the writer's table.
  ///
  /// - Parameter graph: The graph to export.
  /// - Returns: A header row and one row per item, each ending with CRLF.
  public func string(for graph: KnowledgeGraph) -> String {
    var rows = [table.columns]
    switch table {
    case .entities:
      for entity in graph.entities {
        rows.append([
          entity.id, entity.type.rawValue, entity.name, entity.aliases.joined(separator: "; "),
          String(entity.mentionCount), entity.documents.joined(separator: "; "),
          entity.date ?? "", entity.affiliation ?? "", entity.place ?? "",
        ])
      }
    case .statements:
      for statement in graph.statements {
        let speakerName = statement.speaker.flatMap { graph.entity(id: $0)?.name } ?? ""
        let aboutNames = statement.about.map { graph.entity(id: $0)?.name ?? $0 }
        rows.append([
          statement.id, statement.document, String(statement.start), String(statement.end),
          statement.speaker ?? "", speakerName, statement.speakerText ?? "", statement.cue ?? "",
          statement.kind.rawValue, statement.text, statement.about.joined(separator: "; "),
          aboutNames.joined(separator: "; "), statement.date ?? "",
          statement.stance.map { stance in
            statement.about.map { stance[$0]?.rawValue ?? "" }.joined(separator: "; ")
          } ?? "",
        ])
      }
    case .relations:
      for relation in graph.relations {
        rows.append([
          relation.document, relation.subject, graph.entity(id: relation.subject)?.name ?? "",
          relation.predicate.rawValue, relation.object,
          graph.entity(id: relation.object)?.name ?? "", relation.verb ?? "",
          relation.title ?? "", relation.date ?? "", relation.evidence.text,
          String(relation.evidence.start), String(relation.evidence.end), relation.place ?? "",
        ])
      }
    }
    return rows.map(Self.record).joined()
  }

  /// One record: the fields quoted where needed, joined with commas, ending
  /// with CRLF.
  ///
  /// - Parameter fields: The raw values.
  /// - Returns: The record's text.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// Writes all three tables into a directory, each atomically.
  ///
  /// - Parameters:
  ///   - graph: The graph to export.
  ///   - directory: The directory URL; it must exist.
  /// - Returns: The files written, in ``CSVTable/allCases`` order.
  /// - Throws: ``ExportError/write(path:reason:)`` for the first file that
  ///   cannot be written.
  @discardableResult
  public static func writeAll(_ graph: KnowledgeGraph, toDirectory directory: URL)
    throws(ExportError) -> [URL]
  {
    var written: [URL] = []
    for table in CSVTable.allCases {
      let url = directory.appendingPathComponent(table.fileName)
      try CSVWriter(table: table).write(graph, to: url)
      written.append(url)
    }
    return written
  }

  /// One field, quoted when RFC 4180 requires it.
  ///
  /// - Parameter value: The raw value.
  /// - Returns: The value with illegal control characters removed, wrapped
  ///   in double quotes (inner quotes doubled) when it contains a comma,
  ///   quote, CR or LF, or starts or ends with a space.
  public static func field(_ value: String) -> String {
    var cleaned = String.UnicodeScalarView()
    var needsQuotes = false
    for scalar in value.unicodeScalars {
      switch scalar {
      case ",", "\r", "\n": needsQuotes = true
      case "\"": needsQuotes = true
      case "\t": break
      default: if TextCleaner.isInvisibleControl(scalar) { continue }
      }
      cleaned.append(scalar)
      if scalar == "\"" { cleaned.append(scalar) }
    }
    needsQuotes = needsQuotes || cleaned.first == " " || cleaned.last == " "
    return needsQuotes ? "\"" + String(cleaned) + "\"" : String(cleaned)
  }
}
