import NLPCore
import Lexicon

/// `role.prenominal-title`: a title between an organization or country and
/// a person's name: "Tory co-chairman Liam Fox", "Chile's Finance Minister
/// Ana Ruiz", "Acme Steel chairman and chief executive Tom Hale", "Former
/// Acme chief executive Tom Hale" (title "former chief executive"), "the
/// German chancellor, Lena Vogt"; the organization goes on over a list of
/// titled names ("BBC chairman A, director-general B and reporter C").
/// Membership nouns give `member_of` ("Labour peer X").
struct PrenominalTitlePattern: RelationPattern {
  let name: RuleName = "relation.role.prenominal-title"

  func find(in context: PatternContext) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for (m, mention) in context.mentions.enumerated() where mention.kind == .name {
      guard let person = context.entity(m), context.isPerson(person) else { continue }
      let sentence = context.sentence(of: mention.tokens.lowerBound)
      var end = context.nameStart(m)
      // "the BBC's home affairs correspondent, Daniel Sandford"
      if end - 1 > sentence.lowerBound, context.lower(end - 1) == "," { end -= 1 }
      guard let start = context.titleStart(endingBefore: end),
        let holder = context.holder(endingBefore: start),
        let predicate = context.rolePredicate(head: end - 1, organization: holder.entity)
      else { continue }
      let title = context.title(start..<end, former: holder.former)
      let evidenceStart = holder.former ? context.mentions[holder.mention].tokens.lowerBound - 1
        : context.mentions[holder.mention].tokens.lowerBound
      drafts.append(RelationDraft(
        subject: person, predicate: predicate, object: holder.entity, verb: title,
        title: predicate == .holdsRole ? title : nil, evidence: evidenceStart..<mention.tokens.upperBound, rule: name))
      // "Acme footballers A, B and C": a plural title goes with each name.
      let head = context.lower(end - 1)
      if head.hasSuffix("s"), RoleWords.isHead(String(head.dropLast())) || RoleWords.isMember(String(head.dropLast())) {
        drafts.append(contentsOf: sharing(
          title, predicate: predicate, after: mention.tokens.upperBound, holder: holder.entity, from: evidenceStart,
          in: context))
      } else {
        drafts.append(contentsOf: listed(after: mention.tokens.upperBound, holder: holder.entity, from: evidenceStart, in: context))
      }
    }
    return drafts
  }

  /// The names listed after the first of a plural title: "Acme directors
  /// A, B and C".
  func sharing(
    _ title: String, predicate: Predicate, after end: Int, holder: Int, from evidenceStart: Int, in context: PatternContext
  ) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    let sentence = context.sentence(of: end - 1)
    var k = end
    while k + 1 < sentence.upperBound, drafts.count < 20 {
      guard context.lower(k) == "," || context.lower(k) == "and" else { break }
      var j = k + 1
      if context.lower(k) == ",", context.lower(j) == "and", j + 1 < sentence.upperBound { j += 1 }
      guard let m = context.mentionStartingAt[j], context.mentions[m].kind == .name, let person = context.entity(m),
        context.isPerson(person)
      else { break }
      drafts.append(RelationDraft(
        subject: person, predicate: predicate, object: holder, verb: title,
        title: predicate == .holdsRole ? title : nil, evidence: evidenceStart..<context.mentions[m].tokens.upperBound, rule: name))
      k = context.mentions[m].tokens.upperBound
    }
    return drafts
  }

  /// The titled names listed after a titled name, with the same holder:
  /// ", director-general B and reporter C".
  func listed(after end: Int, holder: Int, from evidenceStart: Int, in context: PatternContext) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    let sentence = context.sentence(of: end - 1)
    var k = end
    while k < sentence.upperBound, drafts.count < 12 {
      guard context.lower(k) == "," || context.lower(k) == "and" else { break }
      var j = k + 1
      if context.lower(k) == ",", j < sentence.upperBound, context.lower(j) == "and" { j += 1 }
      // The title's words, then a person's name.
      var p = j
      while p < sentence.upperBound, p - j < 5, context.mentionStartingAt[p] == nil, context.isTitleWord(p) { p += 1 }
      guard p > j, p < sentence.upperBound, let m = context.mentionStartingAt[p], context.mentions[m].kind == .name,
        let person = context.entity(m), context.isPerson(person),
        context.titleStart(endingBefore: p) == j,
        let predicate = context.rolePredicate(head: p - 1, organization: holder)
      else { break }
      let title = context.title(j..<p, former: false)
      drafts.append(RelationDraft(
        subject: person, predicate: predicate, object: holder, verb: title,
        title: predicate == .holdsRole ? title : nil, evidence: evidenceStart..<context.mentions[m].tokens.upperBound, rule: name))
      k = context.mentions[m].tokens.upperBound
    }
    return drafts
  }
}
