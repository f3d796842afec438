/// Why two entities of different documents were joined into one.
///
/// Kept in the graph so that every merge can be explained
/// (`newsgraph explain NAME`).
public struct MergeDecision: Codable, Sendable, Hashable {
  /// The id that disappeared.
  public var from: String
  /// The id it was joined into.
  public var into: String
  /// The rule that joined them, in words.
  public var reason: String

  /// Creates a merge decision.
  ///
  /// - Parameters:
  ///   - from: The id merged away.
  ///   - into: The id kept.
  ///   - reason: Why.
  public init(from: String, into: String, reason: String) {
    self.from = from
    self.into = into
    self.reason = reason
  }
}
