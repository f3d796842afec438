import Foundation

/// What the resolver decided for a document's mentions.
package struct CorefResult: Sendable, Equatable {
  /// For each mention, the index of the antecedent chosen for it (anaphors
  /// only; nil for other mentions and anaphors that start a new chain).
  package var antecedents: [Int?]
  /// For each mention, its chain number.
  package var chains: [Int]
}

/// A mention-ranking coreference resolver for third-person pronouns.
///
/// For each pronoun it scores every mention of the previous
/// ``windowSentences`` sentences (and its own, before it) with a linear model
/// over ``CorefFeatures``, against the option of starting a new chain, and
/// joins the pronoun to the best candidate's chain. Other mentions keep the
/// chains they are given (names clustered by the caller) or stay alone.
/// Trained by `newsgraph train --only coref` on GUM's coreference layer.
package struct CoreferenceResolver: Sendable {
  /// The model file's name.
  package static let file = "coref.ngm"
  /// The model file's kind.
  static let kind = "CORF"
  /// How many sentences before the anaphor's are searched.
  package static let windowSentences = 3
  /// The most candidates scored per anaphor (the nearest ones).
  package static let maxCandidates = 40

  /// One-class weights: the score of a feature list.
  let weights: WeightTable
  /// The usual entity types of common-noun heads.
  package let nounTypes: CorefNounTypes

  /// Creates a resolver from trained weights.
  ///
  /// - Parameters:
  ///   - weights: A one-class table over ``CorefFeatures`` hashes.
  ///   - nounTypes: The noun lexicon the weights were trained with.
  package init(weights: WeightTable, nounTypes: CorefNounTypes = CorefNounTypes()) {
    self.weights = weights
    self.nounTypes = nounTypes
  }

  /// The indices of the candidate antecedents of mention `index`, nearest first.
  ///
  /// - Parameters:
  ///   - index: An anaphor's index in `mentions` (in document order).
  ///   - mentions: All mentions, sorted by sentence and start.
  /// - Returns: Earlier mentions within the window that do not hold the anaphor.
  package static func candidates(of index: Int, in mentions: [CorefMention]) -> [Int] {
    let anaphor = mentions[index]
    var found: [Int] = []
    var other = index - 1
    while other >= 0, found.count < maxCandidates {
      let candidate = mentions[other]
      if anaphor.sentence - candidate.sentence > windowSentences { break }
      if !candidate.contains(anaphor) { found.append(other) }
      other -= 1
    }
    return found
  }

  /// Resolves the anaphors of a document.
  ///
  /// - Parameters:
  ///   - mentions: The mentions, sorted by sentence, start, then longest first.
  ///   - givenChains: A chain number per mention for the non-anaphors the
  ///     caller has already clustered, nil for unclustered ones.
  /// - Returns: The antecedents and chains.
  package func resolve(_ input: [CorefMention], givenChains: [Int?]? = nil) -> CorefResult {
    var mentions = input
    nounTypes.annotate(&mentions)
    return Self.decode(mentions, givenChains: givenChains) { index, candidates, state in
      let options = CorefFeatures.options(for: index, candidates: candidates, in: mentions, state: state)
      var best = score(options[0])
      var chosen: Int?
      for (position, other) in candidates.enumerated() {
        let value = score(options[position + 1])
        if value > best {
          best = value
          chosen = other
        }
      }
      return chosen
    }
  }

  /// Runs the left-to-right decoder with any way of choosing an antecedent
  /// (shared with the baseline).
  ///
  /// - Parameters:
  ///   - mentions: The mentions in document order.
  ///   - givenChains: Chains of already clustered mentions, if any.
  ///   - choose: Given an anaphor's index, its candidates (nearest first)
  ///     and the state of a candidate's chain so far, the antecedent or nil.
  /// - Returns: The antecedents and chains.
  package static func decode(
    _ mentions: [CorefMention], givenChains: [Int?]?,
    choose: (Int, [Int], (Int) -> CorefChainState) -> Int?
  ) -> CorefResult {
    var chains = [Int](repeating: -1, count: mentions.count)
    var antecedents = [Int?](repeating: nil, count: mentions.count)
    var states: [Int: CorefChainState] = [:]
    var next = (givenChains?.compactMap { $0 }.max() ?? -1) + 1
    for (index, mention) in mentions.enumerated() {
      if mention.isAnaphor {
        antecedents[index] = choose(index, candidates(of: index, in: mentions)) {
          states[chains[$0]] ?? CorefChainState()
        }
      }
      if let antecedent = antecedents[index] {
        chains[index] = chains[antecedent]
      } else if let given = givenChains?[index], !mention.isAnaphor {
        chains[index] = given
      } else {
        chains[index] = next
        next += 1
      }
      states[chains[index], default: CorefChainState()].add(mention)
    }
    return CorefResult(antecedents: antecedents, chains: chains)
  }

  /// The model's score of a feature list.
  func score(_ features: [UInt64]) -> Float {
    features.withUnsafeBufferPointer { features in
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, features.count)) { probes in
        weights.probe(features, into: probes.baseAddress!)
        let sums = weights.compactSums(probes: UnsafeBufferPointer(start: probes.baseAddress!, count: features.count))
        return Float(sums[0])
      }
    }
  }

  /// Writes the resolver to a model file.
  ///
  /// - Parameter url: The destination.
  /// - Throws: ``ModelError/unwritable(path:reason:)``.
  package func save(to url: URL) throws(ModelError) {
    var writer = ModelFileWriter()
    weights.write(to: &writer)
    nounTypes.write(to: &writer)
    try writer.save(kind: Self.kind, to: url)
  }

  /// Loads a resolver model file.
  ///
  /// - Parameter url: The model file.
  /// - Throws: ``ModelError`` naming the file if it is missing, corrupt or
  ///   of another version or kind.
  package init(contentsOf url: URL) throws(ModelError) {
    var reader = try ModelFileReader(url: url, kind: Self.kind)
    let weights = try WeightTable(from: &reader)
    let nounTypes = try CorefNounTypes(from: &reader)
    guard weights.classCount == 1, reader.isAtEnd else {
      throw .malformed(path: url.path, reason: "expected a one-class weight table and a noun lexicon")
    }
    self.init(weights: weights, nounTypes: nounTypes)
  }

  /// Loads the resolver shipped in the module's `Resources/Models`.
  ///
  /// - Throws: ``ModelError`` if the file is missing or corrupt.
  package static func loadShipped() throws(ModelError) -> CoreferenceResolver {
    try CoreferenceResolver(contentsOf: NLPModels.shippedDirectory.appendingPathComponent(file))
  }
}
