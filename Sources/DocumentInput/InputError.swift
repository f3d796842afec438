/// Problems with an input: a file that cannot be read or is not text.
///
/// Each names the file, so a batch can report it and go on with the rest.
public enum InputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The path does not exist.
  case notFound(path: String)
  /// The file could not be read.
  case unreadable(path: String, reason: String)
  /// The file looks like binary data, not text.
  case binary(path: String)
  /// The file is empty or only whitespace.
  case empty(path: String)
  /// The file is larger than the limit.
  case tooLarge(path: String, bytes: Int, limit: Int)
  /// A JSON Lines input line could not be parsed.
  case badJSONLine(path: String, line: Int, reason: String)
  /// A symbolic link inside a folder, not followed.
  case symbolicLink(path: String)

  public var description: String {
    switch self {
    case .notFound(let path): "\(path): no such file or folder"
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .binary(let path): "\(path): binary file, skipped"
    case .empty(let path): "\(path): empty, skipped"
    case .tooLarge(let path, let bytes, let limit):
      "\(path): \(bytes / 1_000_000) MB is over the \(limit / 1_000_000) MB limit for one document, skipped (split it, or raise --max-megabytes)"
    case .badJSONLine(let path, let line, let reason): "\(path):\(line): \(reason), skipped"
    case .symbolicLink(let path):
      "\(path): symbolic link inside a folder, not followed (name it on the command line to read it)"
    }
  }
}
