/// One column of a `neo4j-admin database import` CSV file: its header
/// (a property name with a type, or a special field such as `:ID`) and the
/// property it fills.
public struct Neo4jColumn: Sendable, Hashable {
  /// What a column holds, which decides its header and how each database
  /// loads it.
  public enum Role: Sendable, Hashable {
    /// The node's unique id, also stored as a property (`id:ID`).
    case id
    /// The node's labels, separated by `;` (`:LABEL`).
    case label
    /// The id of the relationship's start node (`:START_ID`).
    case startID
    /// The id of the relationship's end node (`:END_ID`).
    case endID
    /// The relationship type (`:TYPE`).
    case type
    /// A string property (a plain header).
    case string
    /// An integer property (`name:int`).
    case int
    /// A list of strings, separated by `;` (`name:string[]`).
    case stringArray
  }

  /// The property the column fills; for `:LABEL` and `:TYPE` the name the
  /// Kùzu schema gives them (`labels`, `type`), empty for start and end ids.
  public let property: String
  /// What the column holds.
  public let role: Role

  /// Creates a column.
  ///
  /// - Parameters:
  ///   - property: The property name.
  ///   - role: What the column holds.
  public init(_ property: String, _ role: Role) {
    self.property = property
    self.role = role
  }

  /// The header field as `neo4j-admin database import` reads it, such as
  /// `id:ID`, `:LABEL`, `mentions:int` or `aliases:string[]`.
  public var header: String {
    switch role {
    case .id: "\(property):ID"
    case .label: ":LABEL"
    case .startID: ":START_ID"
    case .endID: ":END_ID"
    case .type: ":TYPE"
    case .string: property
    case .int: "\(property):int"
    case .stringArray: "\(property):string[]"
    }
  }

  /// Whether the column is a property of the node or relationship (in
  /// Kùzu's schema, where labels and types are properties too).
  var isProperty: Bool { role != .startID && role != .endID }
}
