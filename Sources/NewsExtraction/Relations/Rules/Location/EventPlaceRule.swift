extension RelationRule {
  /// `relation.event-place`: "a summit in Lima (on March 3)" (located_in).
  static let eventPlace = RelationRule(name: "relation.event-place", scope: .document) { extractor, _ in
    extractor.eventPlaces()
  }
}

extension RelationExtractor {
  /// "a summit in Lima": an event mention followed by "in" and a location,
  /// with a date after it when one follows ("on March 3").
  func eventPlaces() -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for mention in mentions {
      guard let whole = mention.entity, entities[whole].isKept, entities[whole].type == .event else { continue }
      let sentence = document.sentence(ofToken: mention.tokens.lowerBound)
      let end = mention.tokens.upperBound
      guard end + 1 < sentence.upperBound, lower(end) == "in",
        let place = mentionStartingAt[end + 1], let location = entity(place), entities[location].type == .location
      else { continue }
      var evidenceEnd = mentions[place].tokens.upperBound
      var date: String?
      if evidenceEnd + 1 < sentence.upperBound, ["on", "in"].contains(lower(evidenceEnd)),
        let found = dateFinder.date(at: evidenceEnd + 1, limit: sentence.upperBound)
      {
        date = found.normalized
        evidenceEnd = found.tokens.upperBound
      }
      drafts.append(
        RelationDraft(
          subject: whole, predicate: .locatedIn, object: location, verb: "in", date: date,
          evidence: mention.tokens.lowerBound..<evidenceEnd, rule: .eventPlace))
    }
    return drafts
  }
}

extension RuleName {
  /// "a summit in Lima".
  static let eventPlace: RuleName = "relation.event-place"
}
