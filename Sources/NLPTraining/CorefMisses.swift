import NLPModels

extension CorefEvaluation {
  /// The anaphoric pronouns the resolver links outside their gold chain
  /// (non-pronoun mentions clustered by gold), two lines each: the pronoun
  /// with its sentence, then the chosen and the nearest gold antecedent with
  /// their distance in sentences.
  ///
  /// - Parameters:
  ///   - documents: Documents read by ``CorefReader``.
  ///   - resolver: The resolver.
  /// - Returns: The lines.
  package static func misses(_ documents: [CorefDocument], resolver: CoreferenceResolver) -> [String] {
    var lines: [String] = []
    for document in documents {
      let (mentions, gold) = CorefMentions.build(document)
      let given = givenChains(mentions, gold: gold, clustering: .gold)
      let result = resolver.resolve(mentions, givenChains: given)
      for (index, mention) in mentions.enumerated() where mention.isAnaphor {
        guard let truth = (0..<index).last(where: { gold[$0] == gold[index] }) else { continue }
        let chosen = result.antecedents[index]
        if let chosen, gold[chosen] == gold[index] { continue }
        func describe(_ other: Int) -> String {
          "\"\(mentions[other].text)\" (-\(mention.sentence - mentions[other].sentence))"
        }
        let words = document.sentences[mention.sentence].words.map(\.form).joined(separator: " ")
        lines.append("\(document.id): \(mention.head) [\(mention.deprel)] in: \(words)")
        lines.append("    chose \(chosen.map(describe) ?? "new chain"); gold \(describe(truth))")
      }
    }
    return lines
  }
}
