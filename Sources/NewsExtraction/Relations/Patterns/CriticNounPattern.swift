import NLPCore
import Lexicon

/// `stance.critic-noun`: a named person described as a critic or a
/// supporter of another: "Ana Ruiz, a fierce critic of Acme", "Tom Hale,
/// one of the critics of the Dalton Party"; not an ally, whose
/// stance the text does not state.
struct CriticNounPattern: RelationPattern {
  let name: RuleName = "relation.stance.critic-noun"

  /// Nouns of a stance towards someone, and the stance.
  static let nouns: WordMap<Predicate> = [
    "critic": .criticized, "critics": .criticized, "opponent": .opposed, "opponents": .opposed,
    "supporter": .supported, "supporters": .supported, "backer": .supported, "backers": .supported,
    "defender": .supported, "detractor": .criticized, "detractors": .criticized,
  ]

  func find(in context: PatternContext) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for (m, mention) in context.mentions.enumerated() where mention.kind == .name {
      guard let subject = context.entity(m), context.canTakeSides(subject) else { continue }
      let sentence = context.sentence(of: mention.tokens.lowerBound)
      var k = mention.tokens.upperBound
      guard k + 3 < sentence.upperBound, context.lower(k) == "," else { continue }
      k += 1
      // "a fierce critic of", "one of the critics of", "a long-time ally of"
      let start = k
      while k < sentence.upperBound, k - start < 5, CriticNounPattern.nouns[context.lower(k)] == nil,
        ["a", "an", "the", "one", "of", "leading", "fierce", "vocal", "outspoken", "long-time", "longtime",
         "staunch", "strong", "close", "key", "harsh", "prominent", "loyal", "bitter", "frequent"].contains(context.lower(k))
      {
        k += 1
      }
      guard k + 2 < sentence.upperBound, let predicate = CriticNounPattern.nouns[context.lower(k)],
        context.lower(k + 1) == "of"
      else { continue }
      var q = k + 2
      if context.lower(q) == "the", q + 1 < sentence.upperBound { q += 1 }
      guard let o = context.mentionStartingAt[q], context.mentions[o].kind == .name, let object = context.entity(o),
        context.canTakeSides(object)
      else { continue }
      drafts.append(RelationDraft(
        subject: subject, predicate: predicate, object: object, verb: context.lower(k),
        evidence: mention.tokens.lowerBound..<context.mentions[o].tokens.upperBound, rule: name))
    }
    return drafts
  }
}
