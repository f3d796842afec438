/// One of the five CSV files ``Neo4jWriter`` writes for
/// `neo4j-admin database import`: two of nodes, three of relationships.
public enum Neo4jTable: String, Sendable, Hashable, CaseIterable {
  /// `entities.csv`: one node per entity, labelled `Entity` and its type
  /// (`Entity;Person`).
  case entities
  /// `statements.csv`: one node per statement, labelled `Statement`.
  case statements
  /// `said.csv`: `SAID` relationships from a speaker to its statements.
  case said
  /// `about.csv`: `ABOUT` relationships from a statement to its topics,
  /// with the speaker's `stance` toward each (empty when not judged).
  case about
  /// `relations.csv`: one relationship per relation, its predicate in upper
  /// case as the type (`INVADED`, `HOLDS_ROLE`), with its attributes.
  case relations

  /// The file name, such as `entities.csv`.
  public var fileName: String { "\(rawValue).csv" }

  /// Whether the file holds nodes (else relationships).
  public var isNodes: Bool { self == .entities || self == .statements }

  /// The node label or relationship type the file is loaded as: `Entity`,
  /// `Statement`, `SAID`, `ABOUT`; `RELATION` for relations in Kùzu, whose
  /// relationships have one table (Neo4j gets each predicate as its type).
  public var tableName: String {
    switch self {
    case .entities: "Entity"
    case .statements: "Statement"
    case .said: "SAID"
    case .about: "ABOUT"
    case .relations: "RELATION"
    }
  }

  /// For relationship files: the node tables at the start and the end.
  public var ends: (start: Neo4jTable, end: Neo4jTable)? {
    switch self {
    case .entities, .statements: nil
    case .said: (.entities, .statements)
    case .about: (.statements, .entities)
    case .relations: (.entities, .entities)
    }
  }

  /// The columns, in file order.
  public var columns: [Neo4jColumn] {
    switch self {
    case .entities:
      [
        .init("id", .id), .init("labels", .label), .init("name", .string), .init("type", .string),
        .init("aliases", .stringArray), .init("mentions", .int), .init("documents", .stringArray),
        .init("roles", .stringArray), .init("first_seen", .string), .init("last_seen", .string),
        .init("date", .string), .init("affiliation", .string), .init("place", .string),
      ]
    case .statements:
      [
        .init("id", .id), .init("labels", .label), .init("text", .string), .init("kind", .string),
        .init("cue", .string), .init("speaker_text", .string), .init("document", .string),
        .init("start", .int), .init("end", .int), .init("date", .string), .init("spans", .string),
      ]
    case .said:
      [.init("", .startID), .init("", .endID), .init("type", .type)]
    case .about:
      [.init("", .startID), .init("", .endID), .init("type", .type), .init("stance", .string)]
    case .relations:
      [
        .init("", .startID), .init("", .endID), .init("type", .type), .init("predicate", .string),
        .init("verb", .string), .init("title", .string), .init("date", .string),
        .init("place", .string), .init("document", .string), .init("evidence", .string),
        .init("evidence_start", .int), .init("evidence_end", .int),
      ]
    }
  }

  /// The header row's fields.
  public var header: [String] { columns.map(\.header) }
}
