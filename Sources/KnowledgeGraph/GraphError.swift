/// Errors raised while building or reading a knowledge graph.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A statement or relation refers to an entity the extraction lacks.
  case unknownEntity(String, document: String)
  /// Two extractions give the same id different types.
  case conflictingType(String, EntityType, EntityType)
  /// A graph file could not be decoded.
  case unreadable(path: String, reason: String)
  /// A line of an entity overrides file (``EntityOverrides``) is wrong.
  case badOverride(path: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .unknownEntity(let id, let document):
      "\(document): unknown entity '\(id)'"
    case .conflictingType(let id, let a, let b):
      "entity '\(id)' is both \(a.rawValue) and \(b.rawValue)"
    case .unreadable(let path, let reason):
      "\(path): \(reason)"
    case .badOverride(let path, let line, let reason):
      "\(path):\(line): \(reason)"
    }
  }
}
