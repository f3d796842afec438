import NLPCore
import Lexicon

/// `location.nationality`: a nationality, a country's possessive or a
/// place on a company or agency gives `located_in`: "Russian gas giant
/// Acme", "US insurance firm Acme", "Peru's national electoral office",
/// "Lisbon-based Acme", "its US rival Acme", "Acme, the Finnish security
/// firm,", and a description ending in a company noun after the name
/// ("Acme, a Lisbon-based company").
struct NationalityLocationPattern: RelationPattern {
  let name: RuleName = "relation.location.nationality"

  func find(in context: PatternContext) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for (m, mention) in context.mentions.enumerated() where mention.kind == .name {
      guard let organization = context.entity(m), context.type(organization) == .organization else { continue }
      let start = mention.tokens.lowerBound
      if let found = before(start, in: context) {
        drafts.append(RelationDraft(
          subject: organization, predicate: .locatedIn, object: found.place, verb: found.verb,
          evidence: found.start..<mention.tokens.upperBound, rule: name))
      } else if let found = after(mention.tokens.upperBound, in: context) {
        drafts.append(RelationDraft(
          subject: organization, predicate: .locatedIn, object: found.place, verb: found.verb,
          evidence: start..<found.end, rule: name))
      }
    }
    return drafts
  }

  /// A place before a description ending right before `start`: "Russian
  /// gas giant", "Peru's national", "Lisbon-based"; a nationality alone
  /// only as an adjective ("Russian Acme"), a country's name only with a
  /// description or possessive.
  func before(_ start: Int, in context: PatternContext) -> (place: Int, start: Int, verb: String)? {
    let sentence = context.sentence(of: start)
    var k = start - 1
    if k >= sentence.lowerBound, context.lower(k) == "the" { k -= 1 }
    var described = 0
    while k >= sentence.lowerBound, described < 4, context.mentionEndingAt[k] == nil, context.isWord(k),
      !context.isCapitalized(k) || context.mention(covering: k) == nil && context.upos(k) != .propn,
      [.noun, .adj, .verb].contains(context.upos(k)) || context.lower(k).hasSuffix("-based")
    {
      if context.lower(k).hasSuffix("-based"), let place = place(inside: k, in: context) {
        return (place, k, context.text(k..<(k + 1)))
      }
      k -= 1
      described += 1
    }
    // The description's last word names a kind of company ("firm").
    if described > 0, !RoleWords.organizationNouns.contains(context.lower(start - 1))
      && !(context.lower(start - 1) == "the" && start - 2 >= sentence.lowerBound
        && RoleWords.organizationNouns.contains(context.lower(start - 2)))
    {
      return nil
    }
    var end = k
    var possessive = false
    if end >= sentence.lowerBound, context.lower(end) == "'s" || context.lower(end) == "’s" {
      end -= 1
      possessive = true
    }
    guard end >= sentence.lowerBound, let p = context.mentionEndingAt[end], let place = context.entity(p),
      context.type(place) == .country || context.type(place) == .location
    else { return nil }
    let kind = context.mentions[p].kind
    // "Russian Acme" (an adjective) or "US insurance firm Acme", "Peru's
    // electoral office"; not "Chile Acme".
    guard kind == .demonym || described > 0 || possessive else { return nil }
    // A nationality right before a name ("Russian Acme") only for a name
    // that reads as an organization's ("Russian News Agency Interfax"),
    // not for a person the recognizer took for one.
    if described == 0, !possessive {
      let name = context.mentionStartingAt[start].map { context.mentions[$0].text.lowercased() } ?? ""
      guard name.split(separator: " ").contains(where: {
        context.lexicon.organizationSuffixes.contains(String($0)) || RoleWords.organizationNouns.contains(String($0))
      }) else { return nil }
    }
    guard kind == .name || kind == .demonym else { return nil }
    return (place, context.mentions[p].tokens.lowerBound, context.text(context.mentions[p].tokens.lowerBound..<start))
  }

  /// A place named inside a hyphenated word: "Lisbon-based".
  func place(inside k: Int, in context: PatternContext) -> Int? {
    guard let m = context.mention(covering: k), let place = context.entity(m),
      context.type(place) == .country || context.type(place) == .location
    else { return nil }
    return place
  }

  /// "Acme, the Finnish security firm" / "Acme, a Lisbon-based company":
  /// an apposition whose description holds a place and ends in a company
  /// noun.
  func after(_ end: Int, in context: PatternContext) -> (place: Int, end: Int, verb: String)? {
    let sentence = context.sentence(of: max(end - 1, 0))
    guard end + 2 < sentence.upperBound, context.lower(end) == ",", ["the", "a", "an"].contains(context.lower(end + 1))
    else { return nil }
    var k = end + 2
    var place: Int?
    while k < sentence.upperBound, k - end < 8 {
      if let m = context.mentionStartingAt[k] {
        guard place == nil, let entity = context.entity(m),
          context.type(entity) == .country || context.type(entity) == .location,
          context.mentions[m].kind == .demonym || context.mentions[m].kind == .name
        else { return nil }
        place = entity
        k = context.mentions[m].tokens.upperBound
        continue
      }
      guard context.isWord(k), !context.isCapitalized(k), [.noun, .adj, .verb, .cconj].contains(context.upos(k)) else { break }
      if context.lower(k).hasSuffix("-based"), let inside = self.place(inside: k, in: context) { place = inside }
      k += 1
    }
    guard let place, k > end + 2, RoleWords.organizationNouns.contains(context.lower(k - 1)),
      k == sentence.upperBound || !context.isWord(k) || ["which", "that", "who", "and"].contains(context.lower(k))
    else { return nil }
    return (place, k, context.text((end + 2)..<k))
  }
}
