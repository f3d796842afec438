import NLPCore
import Lexicon

/// `member.party-abbreviation`: a party letter and a state in brackets
/// after a name, as US news writes them: "Senator Ana Ruiz (D-Ohio)",
/// "Tom Hale (R-Texas)" gives `member_of` the party, when the document
/// names that party.
struct PartyAbbreviationPattern: RelationPattern {
  let name: RuleName = "relation.member.party-abbreviation"

  /// The party each letter stands for.
  static let parties: [String: [String]] = [
    "r": ["Republican Party"], "d": ["Democratic Party"], "i": ["Independent"],
  ]

  func find(in context: PatternContext) -> [RelationDraft] {
    var partiesByName: [String: Int] = [:]
    for (index, entity) in context.entities.enumerated() where entity.isKept && entity.type == .organization {
      partiesByName[entity.name] = index
    }
    guard partiesByName["Republican Party"] != nil || partiesByName["Democratic Party"] != nil else { return [] }
    var drafts: [RelationDraft] = []
    for (m, mention) in context.mentions.enumerated() where mention.kind == .name {
      guard let person = context.entity(m), context.isPerson(person) else { continue }
      let sentence = context.sentence(of: mention.tokens.lowerBound)
      let open = mention.tokens.upperBound
      guard open + 2 < sentence.upperBound, context.lower(open) == "(" else { continue }
      // "(R-Ohio)" is one token or three ("R", "-", "Ohio").
      let word = context.lower(open + 1)
      var letter = ""
      if word.count > 2, word.dropFirst().first == "-" {
        letter = String(word.prefix(1))
      } else if word.count == 1, context.lower(open + 2) == "-" {
        letter = word
      }
      guard let names = PartyAbbreviationPattern.parties[letter],
        let party = names.lazy.compactMap({ partiesByName[$0] }).first
      else { continue }
      var close = open + 1
      while close < sentence.upperBound, close - open < 6, context.lower(close) != ")" { close += 1 }
      guard close < sentence.upperBound, context.lower(close) == ")" else { continue }
      drafts.append(RelationDraft(
        subject: person, predicate: .memberOf, object: party, verb: context.text(open..<(close + 1)),
        evidence: mention.tokens.lowerBound..<(close + 1), rule: name))
    }
    return drafts
  }
}
