/// What the resolver knows about a chain built so far: how often it was
/// mentioned and which pronouns and names already refer to it.
package struct CorefChainState: Sendable, Equatable {
  /// The number of mentions so far.
  package var size = 0
  /// The pronoun classes seen, as bits: he 1, she 2, it 4, they 8.
  package var pronouns: UInt8 = 0
  /// The entity type of the first named mention, if any.
  package var entityType = ""

  /// Creates an empty chain state.
  package init() {}

  /// Records one more mention of the chain.
  package mutating func add(_ mention: CorefMention) {
    size += 1
    if let pronoun = mention.pronounClass { pronouns |= Self.bit(pronoun) }
    if entityType.isEmpty { entityType = mention.entityType }
  }

  /// The bit of a pronoun class.
  static func bit(_ pronoun: String) -> UInt8 {
    switch pronoun {
    case "he": 1
    case "she": 2
    case "it": 4
    default: 8
    }
  }
}

/// The features of the mention-ranking resolver: one list per (anaphor,
/// candidate antecedent) pair, and one for the anaphor starting a new chain.
///
/// Every feature is conjoined with the anaphor's pronoun class, so the model
/// learns, say, that "minister" suits "he" and "company" suits "it".
package enum CorefFeatures {
  /// The features of linking `anaphor` to `candidate`.
  ///
  /// - Parameters:
  ///   - anaphor: The pronoun.
  ///   - candidate: A preceding mention.
  ///   - mentionDistance: The number of mentions between them, plus one.
  ///   - chain: The state of the candidate's chain before the anaphor.
  /// - Returns: Feature hashes.
  package static func pair(
    anaphor: CorefMention, candidate: CorefMention, mentionDistance: Int, chain: CorefChainState
  ) -> [UInt64] {
    let a = anaphor.pronounClass ?? "?"
    let kind = candidate.pronounClass.map { "pr:" + $0 } ?? candidate.tag
    let sentences = anaphor.sentence - candidate.sentence
    let sameClause = sentences == 0 && anaphor.governorIndex == candidate.governorIndex
    var names = [
      "bias", "kind=" + kind, "num=" + candidate.number, "head=" + candidate.head,
      "type=" + candidate.entityType, "first=" + candidate.firstWord,
      "sd=\(bucket(sentences))", "md=\(bucket(mentionDistance))",
      "sd=\(bucket(sentences))|kind=" + kind,
      "dep=" + candidate.deprel, "deps=" + anaphor.deprel + "|" + candidate.deprel,
      "size=\(bucket(chain.size))", "mask=\(chain.pronouns)", "ctype=" + chain.entityType,
      "mask=\(chain.pronouns)|num=" + candidate.number,
      "clause=\(sameClause)|" + anaphor.deprel + "|" + candidate.deprel,
      "form=" + anaphor.head + "|" + (candidate.pronounClass == nil ? kind : candidate.head),
    ]
    if candidate.deprel.hasPrefix("nsubj") { names.append("subjof=" + candidate.governor) }
    if sentences == 0 && candidate.end > anaphor.start { names.append("overlap") }
    return names.map { FeatureHash.string(a + "|" + $0) }
  }

  /// The features of the anaphor having no antecedent among the candidates.
  ///
  /// - Parameters:
  ///   - anaphor: The pronoun.
  ///   - candidateCount: How many candidates there were.
  /// - Returns: Feature hashes.
  package static func new(anaphor: CorefMention, candidateCount: Int) -> [UInt64] {
    let a = anaphor.pronounClass ?? "?"
    let names = [
      "new", "new|form=" + anaphor.head, "new|dep=" + anaphor.deprel, "new|gov=" + anaphor.governor,
      "new|count=\(bucket(candidateCount))", "new|sent=\(bucket(anaphor.sentence))",
    ]
    return names.map { FeatureHash.string(a + "|" + $0) }
  }

  /// A logarithmic bucket: 0, 1, 2, 3-4, 5-8, 9-16, 17+.
  static func bucket(_ value: Int) -> Int {
    switch value {
    case ..<3: max(0, value)
    case 3...4: 3
    case 5...8: 5
    case 9...16: 9
    default: 17
    }
  }
}
