import NLPCore
import Lexicon

/// One way of reading relations from a parsed document: a role title
/// between an organization and a person, a nationality on a company, a
/// reporting verb between two named entities.
///
/// Each pattern has a stable ``name`` (`relation.role.prenominal-title`),
/// which every relation it finds carries as its rule, and one function that
/// reads a document's relations through a ``PatternContext``.
protocol RelationPattern: Sendable {
  /// The pattern's stable name, `relation.kind.variant`.
  var name: RuleName { get }

  /// The relations the pattern finds in a document.
  func find(in context: PatternContext) -> [RelationDraft]
}

/// The patterns ``RelationExtractor`` runs after its own rules, in order.
enum RelationPatterns {
  /// Every pattern, in the order their relations are kept.
  static let all: [any RelationPattern] = [
    PrenominalTitlePattern(),
    AppositiveTitlePattern(),
    PrenominalMembershipPattern(),
    PartyAbbreviationPattern(),
    NationalityLocationPattern(),
    PlaceAppositionPattern(),
    SubBodyPattern(),
    ReportingVerbStancePattern(),
    CriticNounPattern(),
    ParticipationPattern(),
    ConjoinedMeetingPattern(),
  ]

  /// The relations of every pattern that no earlier relation (in
  /// `existing` or from an earlier pattern) already states, as subject,
  /// predicate and object.
  static func find(in context: PatternContext, after existing: [RelationDraft]) -> [RelationDraft] {
    var seen = Set(existing.map { Fact(subject: $0.subject, predicate: $0.predicate, object: $0.object) })
    var found: [RelationDraft] = []
    for pattern in all {
      for draft in pattern.find(in: context) where draft.subject != draft.object {
        guard seen.insert(Fact(subject: draft.subject, predicate: draft.predicate, object: draft.object)).inserted
        else { continue }
        found.append(draft)
      }
    }
    return found
  }

  /// A relation's fact, without its wording.
  private struct Fact: Hashable {
    let subject: Int
    let predicate: Predicate
    let object: Int
  }
}
