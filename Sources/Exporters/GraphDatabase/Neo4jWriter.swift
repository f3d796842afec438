import Foundation
import KnowledgeGraph

/// Writes the graph as the CSV files of `neo4j-admin database import`,
/// with scripts that load the same files into a running Neo4j server
/// (`load.cypher`, `LOAD CSV`) and into Kùzu (`kuzu.cypher`).
///
/// Nodes: `entities.csv` (labels `Entity` and the type, such as
/// `Entity;Person`) and `statements.csv` (`Statement`); relationships:
/// `said.csv` (`SAID`, speaker → statement), `about.csv` (`ABOUT`, statement
/// → topic) and `relations.csv` (the predicate in upper case as the type,
/// `INVADED`, with its verb, title, date, place, document and evidence).
/// Headers are typed as `neo4j-admin` reads them (``Neo4jColumn/header``):
/// `id:ID`, `:LABEL`, `mentions:int`, `aliases:string[]`, `:START_ID`,
/// `:END_ID`, `:TYPE`. All ids share one id space (entity ids such as
/// `person:vladimir-putin` and statement ids `statement:DOC:N` cannot
/// collide).
///
/// Fields follow RFC 4180 through ``CSVWriter/record(_:)`` (`neo4j-admin`'s
/// defaults: `,` delimiter, `"` quote, quotes doubled; multi-line values
/// need `--multiline-fields=true`). Empty fields are missing properties.
/// Lists use `neo4j-admin`'s default array delimiter `;`, which has no
/// escape: a `;` inside a list element (an alias, a document id) is written
/// as `,`. Rows are sorted as in the graph (entities by id), so the output
/// is byte-stable.
public struct Neo4jWriter: GraphWriter {
  /// The array delimiter of `string[]` columns (neo4j-admin's default).
  public static let arrayDelimiter: Character = ";"

  /// The file this writer produces.
  public var table: Neo4jTable

  /// Creates a writer for one file.
  ///
  /// - Parameter table: Which file ``string(for:)`` and ``write(_:to:)`` produce.
  public init(table: Neo4jTable) {
    self.table = table
  }

  /// The CSV text of the writer's file.
  ///
  /// - Parameter graph: The graph to export.
  /// - Returns: A typed header row and one row per node or relationship,
  ///   each ending with CRLF.
  /// - Throws: ``ExportError/encoding(format:reason:)`` if statement spans
  ///   cannot be encoded as JSON, which plain strings do not cause.
  public func string(for graph: KnowledgeGraph) throws(ExportError) -> String {
    var out = CSVWriter.record(table.header)
    switch table {
    case .entities:
      for entity in graph.entities {
        out += CSVWriter.record([
          entity.id, "Entity;" + Self.label(entity.type), entity.name, entity.type.rawValue,
          Self.array(entity.aliases), String(entity.mentionCount), Self.array(entity.documents),
          Self.array(entity.roles ?? []), entity.firstSeen ?? "", entity.lastSeen ?? "",
          entity.date ?? "", entity.affiliation ?? "", entity.place ?? "",
        ])
      }
    case .statements:
      for statement in graph.statements {
        out += CSVWriter.record([
          statement.id, "Statement", statement.text, statement.kind.rawValue, statement.cue ?? "",
          statement.speakerText ?? "", statement.document, String(statement.start),
          String(statement.end), statement.date ?? "",
          try CompactJSON.string(statement.content, format: "Neo4j CSV"),
        ])
      }
    case .said:
      for statement in graph.statements {
        guard let speaker = statement.speaker else { continue }
        out += CSVWriter.record([speaker, statement.id, "SAID"])
      }
    case .about:
      for statement in graph.statements {
        var seen = Set<String>()
        for topic in statement.about where seen.insert(topic).inserted {
          out += CSVWriter.record([statement.id, topic, "ABOUT", statement.stance?[topic]?.rawValue ?? ""])
        }
      }
    case .relations:
      for relation in graph.relations {
        out += CSVWriter.record([
          relation.subject, relation.object, Self.type(relation.predicate),
          relation.predicate.rawValue, relation.verb ?? "", relation.title ?? "",
          relation.date ?? "", relation.place ?? "", relation.document, relation.evidence.text,
          String(relation.evidence.start), String(relation.evidence.end),
        ])
      }
    }
    return out
  }

  /// Writes the five CSV files and both load scripts into a folder, each
  /// atomically; the folder is created when missing.
  ///
  /// - Parameters:
  ///   - graph: The graph to export.
  ///   - directory: The folder URL (conventionally `neo4j/` in the output).
  /// - Returns: The files written: the CSV files in ``Neo4jTable/allCases``
  ///   order, then `load.cypher` and `kuzu.cypher`.
  /// - Throws: ``ExportError/write(path:reason:)`` for the folder or the
  ///   first file that cannot be written.
  @discardableResult
  public static func writeAll(_ graph: KnowledgeGraph, toDirectory directory: URL)
    throws(ExportError) -> [URL]
  {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw .write(path: directory.path, reason: error.localizedDescription)
    }
    var written: [URL] = []
    for table in Neo4jTable.allCases {
      let url = directory.appendingPathComponent(table.fileName)
      try Neo4jWriter(table: table).write(graph, to: url)
      written.append(url)
    }
    for script in CypherScript.allCases {
      let url = directory.appendingPathComponent(script.fileName)
      try AtomicFile.write(Data(script.text.utf8), to: url)
      written.append(url)
    }
    return written
  }

  /// The file names ``writeAll(_:toDirectory:)`` writes, in its order.
  public static var fileNames: [String] {
    Neo4jTable.allCases.map(\.fileName) + CypherScript.allCases.map(\.fileName)
  }

  /// A `string[]` field: the elements joined with `;`, any `;` inside an
  /// element written as `,` (the format has no escape for it).
  static func array(_ elements: [String]) -> String {
    elements.map { element in
      String(element.map { $0 == arrayDelimiter ? "," : $0 })
    }.joined(separator: String(arrayDelimiter))
  }
}
