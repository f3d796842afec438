import KnowledgeGraph

/// The scripts ``Neo4jWriter`` writes next to its CSV files, generated from
/// the same column table (``Neo4jTable/columns``) so that they cannot drift
/// from the headers.
///
/// - `load.cypher` loads the files into a running Neo4j 5 server with
///   `LOAD CSV WITH HEADERS` (for an existing server; a new database loads
///   faster with `neo4j-admin database import`): constraints on the ids,
///   then nodes in batches (`CALL { ... } IN TRANSACTIONS`), each entity
///   also labelled with its type, then relationships, one pass over
///   `relations.csv` per predicate so that each gets its own type.
/// - `kuzu.cypher` loads them into Kùzu, an embedded Cypher database, whose
///   `COPY FROM` needs a schema: node tables `Entity` and `Statement`,
///   relationship tables `SAID`, `ABOUT` and `RELATION` (the Neo4j type in
///   its `type` property). Labels and lists stay `;`-separated strings there.
///   Kùzu reads columns by position; the dialect is stated
///   (`AUTO_DETECT=false`: Kùzu's guess from a sample of rows split a
///   quoted field with commas on the BBC build), and `PARALLEL=false` lets
///   it read quoted line breaks.
public enum CypherScript: String, Sendable, Hashable, CaseIterable {
  /// `load.cypher`, for a running Neo4j server.
  case neo4j
  /// `kuzu.cypher`, for Kùzu.
  case kuzu

  /// The file name.
  public var fileName: String {
    switch self {
    case .neo4j: "load.cypher"
    case .kuzu: "kuzu.cypher"
    }
  }

  /// The script's text: comment lines starting `//`, then statements each
  /// ending with `;` at the end of a line.
  public var text: String {
    switch self {
    case .neo4j: Self.neo4jScript()
    case .kuzu: Self.kuzuScript()
    }
  }

  /// How many rows `load.cypher` commits at once.
  static let batchRows = 10_000

  // MARK: - Neo4j

  private static func neo4jScript() -> String {
    var out = """
      // Loads the CSV files of this folder into a running Neo4j 5 server, into an
      // empty database (run it once). Written by `newsgraph build --format neo4j`.
      // Copy the .csv files into the server's import folder, then:
      //   cypher-shell -u neo4j -p PASSWORD -f load.cypher
      // A new database loads faster with neo4j-admin database import (README).
      // Empty fields are missing properties; lists are split at ';'.

      CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
      CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;


      """
    for table in Neo4jTable.allCases where table.isNodes {
      let columns = table.columns.filter { $0.role != .id && $0.role != .label }
      out += "// \(table.tableName) nodes\n"
      out += "LOAD CSV WITH HEADERS FROM 'file:///\(table.fileName)' AS row\n"
      out += "CALL {\n  WITH row\n"
      out += "  CREATE (n:\(table.tableName) {id: \(field("id:ID"))})\n"
      out += "  SET " + columns.map { "n.\(name($0.property)) = \(value($0))" }.joined(separator: ",\n    ")
      out += "\n"
      if table == .entities {
        for type in EntityType.allCases {
          let label = Neo4jWriter.label(type)
          out += "  FOREACH (_ IN CASE WHEN '\(label)' IN split(\(field(":LABEL")), ';') THEN [1] ELSE [] END | SET n:`\(label)`)\n"
        }
      }
      out += "} IN TRANSACTIONS OF \(batchRows) ROWS;\n\n"
    }
    for table in Neo4jTable.allCases where !table.isNodes {
      guard let ends = table.ends else { continue }
      let properties = table.columns.filter { $0.isProperty && $0.role != .type }
      let types = table == .relations ? Predicate.allCases.map(Neo4jWriter.type) : [table.tableName]
      for type in types {
        out += "// \(type) relationships\n"
        out += "LOAD CSV WITH HEADERS FROM 'file:///\(table.fileName)' AS row\n"
        if table == .relations { out += "WITH row WHERE \(field(":TYPE")) = '\(type)'\n" }
        out += "CALL {\n  WITH row\n"
        out += "  MATCH (a:\(ends.start.tableName) {id: \(field(":START_ID"))})\n"
        out += "  MATCH (b:\(ends.end.tableName) {id: \(field(":END_ID"))})\n"
        out += "  CREATE (a)-[r:`\(type)`]->(b)\n"
        if !properties.isEmpty {
          out += "  SET " + properties.map { "r.\(name($0.property)) = \(value($0))" }
            .joined(separator: ",\n    ") + "\n"
        }
        out += "} IN TRANSACTIONS OF \(batchRows) ROWS;\n\n"
      }
    }
    return out
  }

  /// A `LOAD CSV` row field by its header, quoted: ``row.`mentions:int` ``.
  private static func field(_ header: String) -> String {
    "row.`\(header)`"
  }

  /// A property name, quoted.
  private static func name(_ property: String) -> String {
    "`\(property)`"
  }

  /// The Cypher expression giving a column's value from a `LOAD CSV` row.
  private static func value(_ column: Neo4jColumn) -> String {
    switch column.role {
    case .int: "toInteger(\(field(column.header)))"
    case .stringArray: "split(\(field(column.header)), '\(Neo4jWriter.arrayDelimiter)')"
    default: field(column.header)
    }
  }

  // MARK: - Kùzu

  private static func kuzuScript() -> String {
    var out = """
      // Loads the CSV files of this folder into Kùzu, an embedded Cypher database.
      // Written by `newsgraph build --format neo4j`. Run the statements in order
      // (each ends with ';' at the end of a line) with this folder as the working
      // directory, since COPY paths are relative: in Kùzu's shell, or from Python
      // with kuzu.Connection(kuzu.Database("newsgraph.kuzu")).execute(statement).
      // Labels and lists stay ';'-separated strings; relations are RELATION
      // relationships with the Neo4j type (INVADED, HOLDS_ROLE) in `type`.


      """
    for table in Neo4jTable.allCases {
      let properties = table.columns.filter(\.isProperty).map { column in
        "\(name(column.property)) \(column.role == .int ? "INT64" : "STRING")"
      }
      if let ends = table.ends {
        out += "CREATE REL TABLE \(table.tableName)(FROM \(ends.start.tableName) TO \(ends.end.tableName), "
        out += properties.joined(separator: ", ") + ");\n"
      } else {
        out += "CREATE NODE TABLE \(table.tableName)(" + properties.joined(separator: ", ")
        out += ", PRIMARY KEY (\(name("id"))));\n"
      }
    }
    out += "\n"
    for table in Neo4jTable.allCases {
      out += "COPY \(table.tableName) FROM '\(table.fileName)' "
      out += "(HEADER=true, DELIM=',', QUOTE='\"', ESCAPE='\"', AUTO_DETECT=false, PARALLEL=false);\n"
    }
    return out
  }
}
