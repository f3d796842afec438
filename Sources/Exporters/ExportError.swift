import KnowledgeGraph

/// Errors raised while writing or reading graph files.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A file could not be written.
  case write(path: String, reason: String)
  /// A file could not be read or parsed.
  case read(path: String, reason: String)

  public var description: String {
    switch self {
    case .write(let path, let reason): "\(path): cannot write: \(reason)"
    case .read(let path, let reason): "\(path): \(reason)"
    }
  }
}
