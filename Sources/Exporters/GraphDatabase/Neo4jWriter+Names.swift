import KnowledgeGraph

// In a file of its own without Foundation, whose `Predicate` macro type
// would make the graph's `Predicate` ambiguous.
extension Neo4jWriter {
  /// The type-specific node label of an entity type: `Person`, `Country`.
  ///
  /// - Parameter type: The entity type.
  /// - Returns: The type's name with a capital first letter.
  public static func label(_ type: EntityType) -> String {
    type.rawValue.prefix(1).uppercased() + type.rawValue.dropFirst()
  }

  /// The relationship type of a predicate: its name in upper case
  /// (`HOLDS_ROLE`).
  ///
  /// - Parameter predicate: The relation predicate.
  /// - Returns: The relationship type.
  public static func type(_ predicate: Predicate) -> String {
    predicate.rawValue.uppercased()
  }
}
