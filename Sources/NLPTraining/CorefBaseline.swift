import NLPModels

/// The baseline pronoun resolver: the nearest candidate (as the
/// ``CoreferenceResolver`` would see them) that agrees with the pronoun in
/// number and gender, else a new chain.
package enum CorefBaseline {
  /// Resolves the anaphors of a document by nearest agreement.
  ///
  /// - Parameters:
  ///   - mentions: The mentions in document order.
  ///   - givenChains: Chains of already clustered non-pronoun mentions.
  /// - Returns: The antecedents and chains.
  package static func resolve(_ mentions: [CorefMention], givenChains: [Int?]?) -> CorefResult {
    CoreferenceResolver.decode(mentions, givenChains: givenChains) { index, candidates, _ in
      candidates.first { agrees(mentions[index], mentions[$0]) }
    }
  }

  /// Whether a candidate agrees with a pronoun in number and gender.
  static func agrees(_ pronoun: CorefMention, _ candidate: CorefMention) -> Bool {
    guard let wanted = pronoun.pronounClass else { return false }
    if let other = candidate.pronounClass { return other == wanted }
    switch wanted {
    case "they": return candidate.number != "singular" || candidate.entityType == "organization"
    case "it": return candidate.number != "plural" && candidate.entityType != "person"
    default:
      return candidate.number != "plural" && (candidate.entityType == "person" || candidate.entityType.isEmpty)
    }
  }
}
