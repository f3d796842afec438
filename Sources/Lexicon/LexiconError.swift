/// Errors raised while loading the shipped word lists.
public enum LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A word-list file is missing from the bundle.
  case missing(file: String)
  /// A line of a word list has the wrong number of columns.
  case malformed(file: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case .missing(let file): "\(file): missing from the Lexicon bundle"
    case .malformed(let file, let line, let reason): "\(file):\(line): \(reason)"
    }
  }
}
