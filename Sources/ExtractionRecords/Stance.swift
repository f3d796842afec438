/// A speaker's attitude, in one statement, toward one entity the statement
/// is about (DESIGN.md, `stance`; the gold guidelines' "Stance").
public enum Stance: String, Codable, Sendable, CaseIterable {
  /// Praises, defends, endorses, thanks or asks for good for the target.
  case supports
  /// Criticises, accuses, blames, warns against or rejects the target.
  case opposes
  /// Factual, mixed, or the target is only mentioned.
  case neutral
}

extension Stance {
  /// The stance toward one target that two entities became when they were
  /// found to be the same: a judged stance wins over `neutral`, and
  /// conflicting ones (`supports` and `opposes`) make the statement mixed
  /// toward it, so `neutral`.
  ///
  /// - Parameter other: The stance toward the other entity.
  /// - Returns: The stance toward the merged entity.
  public func combined(with other: Stance) -> Stance {
    if self == other || other == .neutral { return self }
    return self == .neutral ? other : .neutral
  }

  /// A stance map whose keys are renamed (entities merged or dropped), the
  /// stances of keys that meet combined by ``combined(with:)``.
  ///
  /// - Parameters:
  ///   - stance: The stance by entity id.
  ///   - rename: The new id of an old one, or nil to drop it.
  /// - Returns: The renamed map.
  public static func renamed(_ stance: [String: Stance], _ rename: (String) -> String?) -> [String: Stance] {
    var result: [String: Stance] = [:]
    for (id, value) in stance {
      guard let new = rename(id) else { continue }
      result[new] = result[new].map { $0.combined(with: value) } ?? value
    }
    return result
  }
}
