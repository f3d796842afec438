extension RelationRule {
  /// `relation.membership`: "EU members, including France, Italy and
  /// Spain" (member_of).
  static let membership = RelationRule(name: .membership, scope: .sentence) { extractor, sentence in
    extractor.membership(in: sentence)
  }
}

extension RuleName {
  /// "EU members, including France".
  static let membership: RuleName = "relation.membership"
}

extension RelationExtractor {
  /// "EU members, including France, Italy and Spain".
  func membership(in sentence: Range<Int>) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for k in sentence where lower(k) == "members" || lower(k) == "member" || lower(k) == "allies" {
      guard k > sentence.lowerBound, let org = mentionEndingAt[k - 1] ?? mentionIndex.starting(in: sentence.lowerBound..<k).first(where: {
        mentions[$0].type == .organization && mentions[$0].tokens.upperBound == k && mentions[$0].entity != nil
      }), let organization = entity(org), entities[organization].type == .organization else { continue }
      var j = k + 1
      if j < sentence.upperBound, lower(j) == "," { j += 1 }
      if j + 1 < sentence.upperBound, lower(j) == "such", lower(j + 1) == "as" { j += 2 }
      else if j < sentence.upperBound, ["including", "like"].contains(lower(j)) { j += 1 }
      else { continue }
      while j < sentence.upperBound, WordLists.determiners.contains(lower(j)) { j += 1 }
      let members = list(from: j, limit: sentence.upperBound)
      for member in members.mentions {
        guard let country = entity(member), entities[country].type == .country else { continue }
        drafts.append(RelationDraft(subject: country, predicate: .memberOf, object: organization, verb: "members", evidence: mentions[org].tokens.lowerBound..<members.end, rule: .membership))
      }
    }
    return drafts
  }
}
