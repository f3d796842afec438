extension RelationRule {
  /// `relation.part-of`: "Spain's northern Basque region" (part_of).
  static let partOf = RelationRule(name: "relation.part-of", scope: .document) { extractor, _ in extractor.parts() }
}

extension RelationExtractor {
  /// "Spain's northern Basque region": a country's possessive before a
  /// location, past a few lower-case words.
  func parts() -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for mention in mentions {
      guard let whole = mention.entity, entities[whole].isKept, entities[whole].type == .country else { continue }
      let sentence = document.sentence(ofToken: mention.tokens.lowerBound)
      let end = mention.tokens.upperBound
      guard end < sentence.upperBound, lower(end) == "'s" else { continue }
      var k = end + 1
      while k < min(sentence.upperBound, end + Self.partModifierWindow), mentionStartingAt[k] == nil,
        document.tokenTable[k].shape == .word, !document.isCapitalised(k)
      {
        k += 1
      }
      if let part = mentionStartingAt[k], let location = entity(part), entities[location].type == .location {
        drafts.append(
          RelationDraft(
            subject: location, predicate: .partOf, object: whole, verb: "'s",
            evidence: mention.tokens.lowerBound..<mentions[part].tokens.upperBound, rule: .partOf))
      }
    }
    return drafts
  }

  /// How far after a country's "'s" its part's name may start, in tokens.
  static let partModifierWindow = 4
}

extension RuleName {
  /// "Spain's northern Basque region".
  static let partOf: RuleName = "relation.part-of"
}
