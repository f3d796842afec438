import NLPCore
import Lexicon

/// `participation.event`: people, countries and organizations taking part
/// in a named event: the subject of a clause set at the event ("Ana Ruiz
/// won her first match at the Lima Open", "Chile's delegation spoke at the
/// 2019 Lima Summit"), the subject of a verb of competing, chairing or
/// attending whose object is the event ("Tom Hale won the 1998 Dalton
/// by-election", "Ana Ruiz, who is chairing the Acme Inquiry"), and a
/// champion, winner or candidate named with the event ("Lima Open champion
/// Ana Ruiz").
struct ParticipationPattern: RelationPattern {
  let name: RuleName = "relation.participation.event"

  /// Verbs whose object event their subject takes part in.
  static let objectVerbs: WordSet = [
    "win", "contest", "fight", "lose", "enter", "attend", "chair", "host", "join", "play", "address",
    "open", "headline", "lead", "run", "dominate", "reach", "finish", "skip", "boycott",
  ]

  /// Verbs whose "in" phrase names an event their subject competes in.
  static let inVerbs: WordSet = [
    "win", "lose", "compete", "play", "stand", "run", "participate", "finish", "contest", "take",
    "feature", "appear", "beat", "defeat", "reach", "vote",
  ]

  /// Nouns of a competitor named with the event: "Lima Open champion".
  static let competitorNouns: WordSet = [
    "champion", "winner", "finalist", "semi-finalist", "runner-up", "candidate", "contender",
    "competitor", "participant", "delegate", "medallist", "medalist", "titleholder", "chair", "chairman",
  ]

  func find(in context: PatternContext) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    if context.tree != nil {
      for verb in 0..<context.document.tokenCount where context.upos(verb) == .verb {
        drafts.append(contentsOf: clause(verb, in: context))
      }
    }
    drafts.append(contentsOf: titled(in: context))
    return drafts
  }

  /// The participants of the events a clause names.
  func clause(_ verb: Int, in context: PatternContext) -> [RelationDraft] {
    let lemma = context.lemma(verb)
    var events: [(entity: Int, token: Int)] = []
    if ParticipationPattern.objectVerbs.contains(lemma) {
      events += context.objects(of: verb).filter { context.type($0.entity) == .event }
    }
    // "at the Lima Open", on the verb or on its object ("won their
    // opening matches at").
    var holders = [verb]
    holders += context.children(verb, .obj)
    for holder in holders {
      events += context.obliques(of: holder, preposition: "at").filter { context.type($0.entity) == .event }
      for nominal in context.children(holder, .nmod) where context.children(nominal, .caseMarker).contains(where: { context.lower($0) == "at" }) {
        if let entity = context.referent(of: nominal, references: false), context.type(entity) == .event {
          events.append((entity, nominal))
        }
      }
      if ParticipationPattern.inVerbs.contains(lemma) {
        events += context.obliques(of: holder, preposition: "in").filter { context.type($0.entity) == .event }
      }
    }
    guard !events.isEmpty, !context.children(verb, .nsubjPass).contains(where: { _ in true }),
      let subjects = context.subjects(of: verb)
    else { return [] }
    var drafts: [RelationDraft] = []
    for subject in subjects.entities {
      let type = context.type(subject)
      guard type == .person || type == .country || type == .organization else { continue }
      for event in events {
        drafts.append(RelationDraft(
          subject: subject, predicate: .participatedIn, object: event.entity, verb: context.text(verb..<(verb + 1)),
          evidence: context.span([subjects.token, verb, event.token]), rule: name))
      }
    }
    return drafts
  }

  /// "Lima Open champion Ana Ruiz", "2019 Dalton by-election candidate
  /// Tom Hale".
  func titled(in context: PatternContext) -> [RelationDraft] {
    var drafts: [RelationDraft] = []
    for (m, mention) in context.mentions.enumerated() where mention.kind == .name {
      guard let person = context.entity(m), context.isPerson(person) else { continue }
      let sentence = context.sentence(of: mention.tokens.lowerBound)
      let noun = mention.tokens.lowerBound - 1
      guard noun - 1 >= sentence.lowerBound, ParticipationPattern.competitorNouns.contains(context.lower(noun)),
        let e = context.mentionEndingAt[noun - 1], let event = context.entity(e), context.type(event) == .event
      else { continue }
      drafts.append(RelationDraft(
        subject: person, predicate: .participatedIn, object: event, verb: context.lower(noun),
        evidence: context.mentions[e].tokens.lowerBound..<mention.tokens.upperBound, rule: name))
    }
    return drafts
  }
}
