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
  /// The feature lists of an anaphor's options: "new chain" first, then
  /// each candidate in the given order.
  ///
  /// - Parameters:
  ///   - index: The anaphor's index in `mentions`.
  ///   - candidates: Its candidate antecedents, nearest first.
  ///   - mentions: The document's mentions.
  ///   - state: The state of a candidate's chain so far.
  /// - Returns: `candidates.count + 1` feature lists.
  package static func options(
    for index: Int, candidates: [Int], in mentions: [CorefMention], state: (Int) -> CorefChainState
  ) -> [[UInt64]] {
    let anaphor = mentions[index]
    var lists = [new(anaphor: anaphor, candidateCount: candidates.count)]
    var agreeing = 0
    for (rank, other) in candidates.enumerated() {
      let chain = state(other)
      let agrees = self.agrees(anaphor, mentions[other], chain: chain)
      lists.append(
        pair(
          anaphor: anaphor, candidate: mentions[other], mentionDistance: rank + 1, chain: chain,
          agreeingRank: agrees ? agreeing : nil))
      if agrees { agreeing += 1 }
    }
    return lists
  }

  /// Whether a candidate agrees with a pronoun in number and gender, as far
  /// as its tag, entity type and its chain's earlier pronouns tell.
  ///
  /// - Parameters:
  ///   - pronoun: The anaphor.
  ///   - candidate: A preceding mention.
  ///   - chain: The candidate's chain so far (its pronouns decide if any).
  /// - Returns: Whether they may corefer.
  package static func agrees(_ pronoun: CorefMention, _ candidate: CorefMention, chain: CorefChainState) -> Bool {
    guard let wanted = pronoun.pronounClass else { return false }
    if let other = candidate.pronounClass { return other == wanted }
    if chain.pronouns != 0 && wanted != "they" { return chain.pronouns & CorefChainState.bit(wanted) != 0 }
    let type = candidate.semanticType
    switch wanted {
    case "they": return candidate.number != "singular" || type == "organization"
    case "it": return candidate.number != "plural" && type != "person"
    default: return candidate.number != "plural" && (type == "person" || type.isEmpty)
    }
  }

  /// The features of linking `anaphor` to `candidate`.
  ///
  /// - Parameters:
  ///   - anaphor: The pronoun.
  ///   - candidate: A preceding mention.
  ///   - mentionDistance: The number of mentions between them, plus one.
  ///   - chain: The state of the candidate's chain before the anaphor.
  ///   - agreeingRank: Among the agreeing candidates (``agrees(_:_:chain:)``),
  ///     how many are nearer; nil if this one does not agree.
  /// - Returns: Feature hashes.
  package static func pair(
    anaphor: CorefMention, candidate: CorefMention, mentionDistance: Int, chain: CorefChainState,
    agreeingRank: Int?
  ) -> [UInt64] {
    let a = anaphor.pronounClass ?? "?"
    let kind = candidate.pronounClass.map { "pr:" + $0 } ?? candidate.tag
    let sentences = anaphor.sentence - candidate.sentence
    let sameClause = sentences == 0 && anaphor.governorIndex == candidate.governorIndex
    var names = [
      "bias", "kind=" + kind, "num=" + candidate.number, "head=" + candidate.head,
      "type=" + candidate.entityType, "stype=" + candidate.semanticType,
      "stype=" + candidate.semanticType + "|num=" + candidate.number,
      "sd=\(bucket(sentences))", "md=\(bucket(mentionDistance))",
      "sd=\(bucket(sentences))|kind=" + kind,
      "dep=" + candidate.deprel, "deps=" + anaphor.deprel + "|" + candidate.deprel,
      "size=\(bucket(chain.size))", "mask=\(chain.pronouns)", "ctype=" + chain.entityType,
      "mask=\(chain.pronouns)|num=" + candidate.number,
      "clause=\(sameClause)|" + anaphor.deprel + "|" + candidate.deprel,
      "form=" + anaphor.head + "|" + (candidate.pronounClass == nil ? kind : candidate.head),
      "agree=\(agreeingRank.map { String(bucket($0)) } ?? "no")",
      "agree=\(agreeingRank.map { String(bucket($0)) } ?? "no")|sd=\(bucket(sentences))",
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
