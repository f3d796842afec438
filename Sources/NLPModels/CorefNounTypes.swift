/// A lexicon of common-noun heads and the entity type they usually name
/// (`minister` → person, `company` → organization, `autumn` → time),
/// learned from the types of annotated mentions and shipped in the
/// coreference model, so that a pronoun can tell "the minister" (he/she)
/// from "the ministry" (it) when the recognizer gives common nouns no type.
package struct CorefNounTypes: Sendable, Equatable {
  /// Lowercased head word to entity type.
  package private(set) var types: [String: String]

  /// Creates a lexicon from a ready map.
  package init(_ types: [String: String] = [:]) {
    self.types = types
  }

  /// Learns the lexicon from (head, type) pairs of annotated mentions.
  ///
  /// - Parameters:
  ///   - pairs: Lowercased common-noun heads and their mentions' types.
  ///   - minimumCount: How often a head must occur.
  ///   - minimumShare: The share of its mentions its commonest type must have.
  /// - Returns: The lexicon.
  package static func learn(
    _ pairs: [(head: String, type: String)], minimumCount: Int = 2, minimumShare: Double = 0.7
  ) -> CorefNounTypes {
    var counts: [String: [String: Int]] = [:]
    for (head, type) in pairs { counts[head, default: [:]][type, default: 0] += 1 }
    var types: [String: String] = [:]
    for (head, byType) in counts {
      let total = byType.values.reduce(0, +)
      guard total >= minimumCount,
        let best = byType.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
        Double(best.value) >= minimumShare * Double(total)
      else { continue }
      types[head] = best.key
    }
    return CorefNounTypes(types)
  }

  /// Whether a mention's head is a common noun the lexicon may type.
  package static func isCommonNoun(_ mention: CorefMention) -> Bool {
    mention.tag == "NN" || mention.tag == "NNS"
  }

  /// Sets the ``CorefMention/nounType`` of common-noun mentions.
  ///
  /// - Parameter mentions: The mentions to annotate.
  package func annotate(_ mentions: inout [CorefMention]) {
    for index in mentions.indices where Self.isCommonNoun(mentions[index]) {
      mentions[index].nounType = types[mentions[index].head] ?? ""
    }
  }

  /// Writes the lexicon, sorted by head.
  func write(to writer: inout ModelFileWriter) {
    let heads = types.keys.sorted()
    writer.write(heads)
    writer.write(heads.map { types[$0] ?? "" })
  }

  /// Reads a lexicon written by ``write(to:)``.
  init(from reader: inout ModelFileReader) throws(ModelError) {
    let heads = try reader.readStrings()
    let values = try reader.readStrings()
    guard heads.count == values.count else {
      throw .malformed(path: reader.path, reason: "noun type lexicon: \(heads.count) heads, \(values.count) types")
    }
    self.init(Dictionary(zip(heads, values), uniquingKeysWith: { first, _ in first }))
  }
}
