import Exporters
import Foundation
import KnowledgeGraph

/// A set of tables `build --format` can add to the outputs, besides the
/// rendered diagrams: `csv` (entities.csv, statements.csv, relations.csv)
/// and `neo4j` (the `neo4j/` folder: `neo4j-admin database import` CSV
/// files, `load.cypher` and `kuzu.cypher`).
package enum TableFormat: String, CaseIterable, Sendable {
  /// Spreadsheet tables, through ``CSVWriter``.
  case csv
  /// Graph database import files, through ``Neo4jWriter``.
  case neo4j

  /// The files written, relative to the output folder.
  package var fileNames: [String] {
    switch self {
    case .csv: CSVTable.allCases.map(\.fileName)
    case .neo4j: Neo4jWriter.fileNames.map { "neo4j/\($0)" }
    }
  }

  /// Writes the tables of a graph into the output folder, each file
  /// atomically.
  ///
  /// - Parameters:
  ///   - graph: The graph to export.
  ///   - folder: The output folder.
  /// - Throws: ``ExportError/write(path:reason:)`` for the first file that
  ///   cannot be written.
  package func write(_ graph: KnowledgeGraph, into folder: URL) throws(ExportError) {
    switch self {
    case .csv: try CSVWriter.writeAll(graph, toDirectory: folder)
    case .neo4j: try Neo4jWriter.writeAll(graph, toDirectory: folder.appendingPathComponent("neo4j"))
    }
  }
}
