import NLPCore
import Lexicon

/// `location.place-apposition`: a building, institution or event followed
/// by its city after a comma ("Belmarsh prison, London", "Acme
/// University, Lima,") or by "in" and its place ("a summit in Lima" is
/// the existing event rule; "the Acme plant in Lisbon" for an
/// organization or a building) gives `located_in`.
struct PlaceAppositionPattern: RelationPattern {
  let name: RuleName = "relation.location.place-apposition"

  /// Last words of names of buildings and sites.
  static let siteNouns: WordSet = [
    "prison", "jail", "hospital", "airport", "university", "college", "school", "stadium", "station",
    "museum", "gallery", "cathedral", "church", "mosque", "temple", "palace", "castle", "hall",
    "centre", "center", "court", "park", "theatre", "theater", "arena", "barracks", "base", "camp",
    "plant", "factory", "mine", "refinery", "port", "harbour", "bridge", "tower", "house", "hotel",
  ]

  func find(in context: PatternContext) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for (m, mention) in context.mentions.enumerated() where mention.kind == .name {
      guard let site = context.entity(m) else { continue }
      let type = context.type(site)
      let last = context.lower(mention.tokens.upperBound - 1)
      let isSite = type == .location && PlaceAppositionPattern.siteNouns.contains(last)
        || type == .organization && PlaceAppositionPattern.siteNouns.contains(last)
        || type == .event
      guard isSite else { continue }
      let sentence = context.sentence(of: mention.tokens.lowerBound)
      let comma = mention.tokens.upperBound
      guard comma + 1 < sentence.upperBound, context.lower(comma) == ",",
        let p = context.mentionStartingAt[comma + 1], context.mentions[p].kind == .name,
        let place = context.entity(p), context.type(place) == .location
      else { continue }
      // "Belmarsh prison, London, and ..." but not a list of places
      // ("Lima, Quito and Bogota").
      let after = context.mentions[p].tokens.upperBound
      if after + 1 < sentence.upperBound, context.lower(after) == "," || context.lower(after) == "and" || context.lower(after) == "or",
        let next = context.mentionStartingAt[after + 1] ?? (after + 2 < sentence.upperBound ? context.mentionStartingAt[after + 2] : nil),
        let entity = context.entity(next), context.type(entity) == .location
      {
        continue
      }
      if comma > sentence.lowerBound, mention.tokens.lowerBound > sentence.lowerBound,
        [",", "and", "or"].contains(context.lower(mention.tokens.lowerBound - 1))
      {
        continue
      }
      drafts.append(RelationDraft(
        subject: site, predicate: .locatedIn, object: place, verb: ",", evidence: mention.tokens.lowerBound..<after, rule: name))
    }
    return drafts
  }
}
