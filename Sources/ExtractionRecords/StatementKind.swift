/// How a statement is reported.
public enum StatementKind: String, Codable, Sendable, CaseIterable {
  /// Inside quotation marks.
  case direct
  /// Reported speech: "X said that ...".
  case indirect
  /// Reported speech containing a quoted fragment.
  case mixed
}
