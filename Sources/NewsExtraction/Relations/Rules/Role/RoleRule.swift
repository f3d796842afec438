extension RelationRule {
  /// `relation.role`: a person's title with its country, "Chilean
  /// President Anna Berg" (holds_role).
  static let role = RelationRule(name: .role, scope: .document) { extractor, _ in extractor.roles() }
}

extension RuleName {
  /// "Chilean President Anna Berg".
  static let role: RuleName = "relation.role"
}

extension RelationExtractor {
  func roles() -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for mention in mentions {
      guard mention.kind == .name, mention.type == .person, let title = mention.title, let code = mention.titleCountry,
        let person = mention.entity, entities[person].isKept,
        let country = countryByCode[code]
      else { continue }
      var start = mention.tokens.lowerBound
      let sentence = document.sentence(ofToken: start)
      if let previous = mentionIndex.starting(in: sentence.lowerBound..<start).last(where: {
        mentions[$0].type == .country && mentions[$0].tokens.upperBound <= start
      }) {
        start = mentions[previous].tokens.lowerBound
      }
      drafts.append(RelationDraft(subject: person, predicate: .holdsRole, object: country, verb: title, title: title, evidence: start..<mention.tokens.upperBound, rule: .role))
    }
    return drafts
  }
}
