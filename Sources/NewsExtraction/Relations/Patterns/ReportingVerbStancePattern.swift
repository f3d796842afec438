import NLPCore
import Lexicon

/// `stance.reporting-verb`: a verb of criticism, support or opposition
/// between two named parties, read from the parse: "Ana Ruiz accused Tom
/// Hale of ...", "Acme praised the minister", "Acme welcomed Tom Hale's
/// announcement" (the possessor), "Ana Ruiz and Tom Hale accuse each
/// other", "Tom Hale was praised by Ana Ruiz", "responded by accusing Tom
/// Hale", "spoke out against Acme's bid", "rejected Acme's proposal".
/// The relation's stance comes from the verb, not from any quote.
struct ReportingVerbStancePattern: RelationPattern {
  let name: RuleName = "relation.stance.reporting-verb"

  /// Verb lemmas and the stance they report.
  static let verbs: WordMap<Predicate> = [
    "accuse": .criticized, "attack": .criticized, "slam": .criticized, "criticise": .criticized,
    "criticize": .criticized, "condemn": .criticized, "denounce": .criticized, "blast": .criticized,
    "lambast": .criticized, "lambaste": .criticized, "rebuke": .criticized, "castigate": .criticized,
    "deride": .criticized, "ridicule": .criticized, "blame": .criticized, "chide": .criticized,
    "censure": .criticized, "assail": .criticized, "berate": .criticized, "decry": .criticized,
    "praise": .supported, "welcome": .supported, "hail": .supported, "endorse": .supported,
    "back": .supported, "thank": .supported, "applaud": .supported, "commend": .supported,
    "congratulate": .supported, "defend": .supported, "support": .supported, "salute": .supported,
    "oppose": .opposed, "reject": .opposed, "resist": .opposed, "veto": .opposed,
  ]

  /// Verbs whose "against" phrase is opposition: "spoke out against".
  static let againstVerbs: WordSet = ["speak", "campaign", "argue", "rail", "vote", "fight", "lobby"]

  /// Verbs that take a stance only towards what someone did, through a
  /// possessive ("welcomed Acme's decision"), not towards a person they
  /// greet or receive.
  static let possessiveOnly: WordSet = ["welcome", "reject"]

  func find(in context: PatternContext) -> [RelationDraft] {
    guard context.tree != nil else { return [] }
    var drafts: [RelationDraft] = []
    for verb in 0..<context.document.tokenCount where context.upos(verb) == .verb {
      let lemma = context.lemma(verb)
      var predicate = ReportingVerbStancePattern.verbs[lemma]
      var objects: [(entity: Int, token: Int)] = []
      if let found = predicate {
        objects = context.objects(of: verb, possessorOnly: ReportingVerbStancePattern.possessiveOnly.contains(lemma))
        // "Tom Hale was praised by Ana Ruiz": the agent takes the side.
        if !context.children(verb, .nsubjPass).isEmpty {
          drafts.append(contentsOf: passive(verb, predicate: found, in: context))
          continue
        }
      } else if ReportingVerbStancePattern.againstVerbs.contains(lemma) {
        predicate = .opposed
        objects = context.obliques(of: verb, preposition: "against")
      }
      guard let predicate, let subjects = context.subjects(of: verb) else { continue }
      let actors = subjects.entities.filter { context.canTakeSides($0) }
      guard !actors.isEmpty else { continue }
      let verbText = context.text(verb..<(verb + 1))
      // "Acme and Dalton accuse each other"
      if objects.isEmpty, actors.count > 1,
        context.children(verb, .obj).contains(where: { ["each", "other", "one", "another"].contains(context.lower($0)) })
      {
        for subject in actors {
          for object in actors where object != subject {
            drafts.append(RelationDraft(
              subject: subject, predicate: predicate, object: object, verb: verbText,
              evidence: context.span([subjects.token, verb + 2]), rule: name))
          }
        }
        continue
      }
      for object in objects where context.canTakeSides(object.entity) {
        // A verbal attack; "Acme attacked Dalton" between states is the
        // `attacked` rule's.
        if lemma == "attack", context.type(object.entity) == .country || actors.allSatisfy({ context.type($0) != .person }) {
          continue
        }
        for subject in actors {
          drafts.append(RelationDraft(
            subject: subject, predicate: predicate, object: object.entity, verb: verbText,
            evidence: context.span([subjects.token, verb, object.token]), rule: name))
        }
      }
    }
    return drafts
  }

  /// "X was praised by Y": the agent of a passive takes the side towards
  /// its subject.
  func passive(_ verb: Int, predicate: Predicate, in context: PatternContext) -> [RelationDraft] {
    let targets = context.children(verb, .nsubjPass).flatMap { context.withConjuncts($0) }
      .compactMap { token in context.referent(of: token, references: true).map { (entity: $0, token: token) } }
    let agents = context.obliques(of: verb, preposition: "by")
    var drafts: [RelationDraft] = []
    for agent in agents where context.canTakeSides(agent.entity) {
      for target in targets where context.canTakeSides(target.entity) {
        drafts.append(RelationDraft(
          subject: agent.entity, predicate: predicate, object: target.entity,
          verb: context.text(verb..<(verb + 1)), evidence: context.span([target.token, verb, agent.token]), rule: name))
      }
    }
    return drafts
  }
}
