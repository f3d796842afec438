import NLPCore
import Lexicon

/// `member.party-modifier`: a party named right before a person's name
/// ("Tory Edward Turnour", "Labour's Ana Ruiz"), or after the person's
/// possessive ("his ruling Dalton party", "her own Green Party") gives
/// `member_of`.
struct PrenominalMembershipPattern: RelationPattern {
  let name: RuleName = "relation.member.party-modifier"

  /// Adjectives between a possessive and a party: "his ruling party".
  static let partyAdjectives: WordSet = [
    "ruling", "governing", "own", "opposition", "centre-left", "centre-right", "center-left",
    "center-right", "right-wing", "left-wing", "populist", "nationalist", "conservative", "liberal",
    "socialist", "main", "new", "old",
  ]

  func find(in context: PatternContext) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for (m, mention) in context.mentions.enumerated() {
      guard let entity = context.entity(m) else { continue }
      let sentence = context.sentence(of: mention.tokens.lowerBound)
      let start = context.nameStart(m)
      if mention.kind == .name, context.isPerson(entity), let holder = context.holder(endingBefore: start),
        context.type(holder.entity) == .organization, context.isParty(holder.entity),
        context.mentions[holder.mention].tokens.upperBound == start || context.lower(start - 1) == "'s"
      {
        drafts.append(RelationDraft(
          subject: entity, predicate: .memberOf, object: holder.entity, verb: context.mentions[holder.mention].text,
          evidence: context.mentions[holder.mention].tokens.lowerBound..<mention.tokens.upperBound, rule: name))
      }
      // "his ruling Dalton party"
      if mention.kind == .pronoun, context.isPerson(entity), ["his", "her"].contains(context.lower(mention.tokens.lowerBound)) {
        var k = mention.tokens.upperBound
        while k < sentence.upperBound, k - mention.tokens.upperBound < 3,
          PrenominalMembershipPattern.partyAdjectives.contains(context.lower(k)), context.mentionStartingAt[k] == nil
        {
          k += 1
        }
        guard k < sentence.upperBound, let p = context.mentionStartingAt[k], let party = context.entity(p),
          context.type(party) == .organization, context.isParty(party)
            || context.mentions[p].tokens.upperBound < sentence.upperBound
              && context.lower(context.mentions[p].tokens.upperBound) == "party"
        else { continue }
        drafts.append(RelationDraft(
          subject: entity, predicate: .memberOf, object: party, verb: context.text(mention.tokens.lowerBound..<k),
          evidence: mention.tokens.lowerBound..<context.mentions[p].tokens.upperBound, rule: name))
      }
    }
    return drafts
  }
}
