import NLPCore
import Lexicon

/// `part.sub-body`: a unit of an organization named with it: "the Center
/// for Media Law at the University of Lima", "the Acme Institute of
/// Oxford University" gives `part_of` (the unit's name ends or starts with
/// a word of units: centre, institute, department, committee, school).
struct SubBodyPattern: RelationPattern {
  let name: RuleName = "relation.part.sub-body"

  /// Words that name a unit of a larger body.
  static let unitWords: WordSet = [
    "center", "centre", "institute", "department", "faculty", "school", "committee", "subcommittee",
    "unit", "laboratory", "lab", "division", "office", "college", "programme", "program", "panel",
    "commission", "bureau", "branch", "wing",
  ]

  func find(in context: PatternContext) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for (m, mention) in context.mentions.enumerated() where mention.kind == .name {
      guard let unit = context.entity(m), context.type(unit) == .organization else { continue }
      let words = context.entities[unit].name.lowercased().split(separator: " ").map(String.init)
      guard let first = words.first, let last = words.last,
        SubBodyPattern.unitWords.contains(first) || SubBodyPattern.unitWords.contains(last)
      else { continue }
      let sentence = context.sentence(of: mention.tokens.lowerBound)
      var k = mention.tokens.upperBound
      guard k + 1 < sentence.upperBound, ["at", "of"].contains(context.lower(k)) else { continue }
      k += 1
      if context.lower(k) == "the", k + 1 < sentence.upperBound { k += 1 }
      guard let w = context.mentionStartingAt[k], context.mentions[w].kind == .name, let whole = context.entity(w),
        context.type(whole) == .organization, whole != unit
      else { continue }
      drafts.append(RelationDraft(
        subject: unit, predicate: .partOf, object: whole, verb: context.lower(mention.tokens.upperBound),
        evidence: mention.tokens.lowerBound..<context.mentions[w].tokens.upperBound, rule: name))
    }
    return drafts
  }
}
