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
    CoreferenceResolver.decode(mentions, givenChains: givenChains) { index, candidates, state in
      candidates.first { CorefFeatures.agrees(mentions[index], mentions[$0], chain: state($0)) }
    }
  }
}
