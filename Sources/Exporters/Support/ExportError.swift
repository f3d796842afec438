/// Errors raised while writing or reading graph files.
///
/// Messages start with the file, as in `graph.graphml:12: undeclared key 'd9'`,
/// so that the command line can print them as they are.
public enum ExportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A file could not be written: the directory is missing, the disk is
  /// full, permission was denied, or the final rename failed.
  case write(path: String, reason: String)
  /// A file could not be read at all, or its contents do not describe a
  /// knowledge graph (no position is known).
  case read(path: String, reason: String)
  /// A file could be read but is malformed at a known line.
  case malformed(path: String, line: Int, reason: String)
  /// A value could not be encoded in a format (this should not happen for
  /// graphs built by NewsGraph).
  case encoding(format: String, reason: String)

  /// A one-line message naming the file first.
  public var description: String {
    switch self {
    case .write(let path, let reason): "\(path): cannot write: \(reason)"
    case .read(let path, let reason): "\(path): \(reason)"
    case .malformed(let path, let line, let reason): "\(path):\(line): \(reason)"
    case .encoding(let format, let reason): "cannot encode \(format): \(reason)"
    }
  }
}
