import NLPCore
import Lexicon

/// `role.appositive-title`: a title in apposition after a person's name,
/// with its organization or country after a preposition or before it as
/// a possessive or modifier: "Ana Ruiz, deputy leader of the Green Party",
/// "Tom Hale, chief executive of Acme", "Tom Hale, head of new media at
/// Acme", "Ana Ruiz, editor of trade magazine Acme Weekly", "Tom Hale,
/// Acme's chief executive", "Lena Vogt, the German chancellor,",
/// "Tom Hale, the former Acme chairman". Membership nouns give
/// `member_of` ("Ana Ruiz, a Labour peer").
struct AppositiveTitlePattern: RelationPattern {
  let name: RuleName = "relation.role.appositive-title"

  /// Prepositions that join a title to its organization.
  static let joins: WordSet = ["of", "at", "for", "with", "in"]

  func find(in context: PatternContext) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for (m, mention) in context.mentions.enumerated() where mention.kind == .name {
      guard let person = context.entity(m), context.isPerson(person) else { continue }
      let sentence = context.sentence(of: mention.tokens.lowerBound)
      let comma = mention.tokens.upperBound
      guard comma + 1 < sentence.upperBound, context.lower(comma) == "," else { continue }
      var j = comma + 1
      if ["the", "a", "an"].contains(context.lower(j)) { j += 1 }
      var former = false
      while j < sentence.upperBound {
        let word = context.lower(j)
        if RoleWords.former.contains(word) {
          former = true
        } else if !RoleWords.openers.contains(word) {
          break
        }
        j += 1
      }
      guard j < sentence.upperBound else { continue }
      if let draft = modified(person: person, mention: m, from: j, former: former, in: context) {
        drafts.append(draft)
      } else if let draft = joined(person: person, mention: m, from: j, former: former, in: context) {
        drafts.append(draft)
      }
    }
    return drafts
  }

  /// "X, Acme's chief executive", "X, the German chancellor", "X, the
  /// former Acme chairman": the holder first, then the title, then the
  /// apposition's end.
  func modified(person: Int, mention m: Int, from j: Int, former: Bool, in context: PatternContext) -> RelationDraft? {
    let sentence = context.sentence(of: j)
    guard let h = context.mentionStartingAt[j], let holder = context.entity(h),
      context.type(holder) == .organization || context.type(holder) == .country
    else { return nil }
    var start = context.mentions[h].tokens.upperBound
    if start < sentence.upperBound, context.lower(start) == "'s" || context.lower(start) == "’s" { start += 1 }
    var end = start
    while end < sentence.upperBound, end - start < 6, context.isTitleWord(end) { end += 1 }
    guard end > start, RoleWords.isHead(context.lower(end - 1)) || RoleWords.isMember(context.lower(end - 1)),
      end == sentence.upperBound || [",", ".", ";", ")", "—", "–", "-"].contains(context.lower(end))
        || context.document.tokenTable[end].shape == .terminal,
      let predicate = context.rolePredicate(head: end - 1, organization: holder)
    else { return nil }
    let title = context.title(start..<end, former: former)
    return RelationDraft(
      subject: person, predicate: predicate, object: holder, verb: title,
      title: predicate == .holdsRole ? title : nil, evidence: context.mentions[m].tokens.lowerBound..<end, rule: name)
  }

  /// "X, deputy leader of the Green Party", "X, head of new media at
  /// Acme": the title, a preposition, then the holder.
  func joined(person: Int, mention m: Int, from j: Int, former: Bool, in context: PatternContext) -> RelationDraft? {
    let sentence = context.sentence(of: j)
    var k = j
    var head: Int?
    while k < sentence.upperBound, k - j < 12 {
      let word = context.lower(k)
      if let h = head, AppositiveTitlePattern.joins.contains(word) {
        if let holder = holder(after: k, in: context) {
          guard let predicate = context.rolePredicate(head: h, organization: holder.entity) else { return nil }
          let title = context.title(j..<k, former: former)
          return RelationDraft(
            subject: person, predicate: predicate, object: holder.entity, verb: title,
            title: predicate == .holdsRole ? title : nil,
            evidence: context.mentions[m].tokens.lowerBound..<holder.end, rule: name)
        }
        // "head of new media at": the title goes on.
        guard word == "of" else { return nil }
        k += 1
        continue
      }
      // A country inside the title: "chief UK economist at".
      if k > j, let inner = context.mentionStartingAt[k], let entity = context.entity(inner),
        context.type(entity) == .country, context.mentions[inner].tokens.upperBound < sentence.upperBound,
        context.isTitleWord(context.mentions[inner].tokens.upperBound)
      {
        k = context.mentions[inner].tokens.upperBound
        continue
      }
      guard context.isTitleWord(k) || (word == "and" && head != nil) else { return nil }
      if RoleWords.isHead(word) || RoleWords.isMember(word) { head = k }
      k += 1
    }
    return nil
  }

  /// The organization or country named after the preposition at `k`,
  /// past a determiner and a short description ("of the Green Party",
  /// "of trade magazine Acme Weekly"), when the name ends the phrase
  /// (not "of UK equities").
  func holder(after k: Int, in context: PatternContext) -> (entity: Int, end: Int)? {
    let sentence = context.sentence(of: k)
    var q = k + 1
    if q < sentence.upperBound, context.lower(q) == "the" { q += 1 }
    let descriptionStart = q
    while q < sentence.upperBound, q - descriptionStart < 3, context.mentionStartingAt[q] == nil,
      !context.isCapitalized(q), context.isTitleWord(q) || context.upos(q) == .noun
    {
      q += 1
    }
    guard q < sentence.upperBound, let h = context.mentionStartingAt[q], let entity = context.entity(h),
      context.type(entity) == .organization || context.type(entity) == .country,
      context.mentions[h].kind == .name || context.mentions[h].kind == .seat
    else { return nil }
    let end = context.mentions[h].tokens.upperBound
    if end < sentence.upperBound, !context.isCapitalized(end), context.upos(end) == .noun { return nil }
    return (entity, end)
  }
}
