import NLPCore
import Lexicon

/// `met.conjoined-verb`: "met" sharing its object with a coordinated verb:
/// "Ana Ruiz met and thanked Tom Hale" gives `met` (the other verb's own
/// relation, here `supported`, comes from its own pattern).
struct ConjoinedMeetingPattern: RelationPattern {
  let name: RuleName = "relation.met.conjoined-verb"

  func find(in context: PatternContext) -> [RelationDraft] {
    guard context.tree != nil else { return [] }
    var drafts: [RelationDraft] = []
    for verb in 0..<context.document.tokenCount where context.upos(verb) == .verb && context.lemma(verb) == "meet" {
      guard context.children(verb, .obj).isEmpty, let subjects = context.subjects(of: verb) else { continue }
      // The coordinated verb right after "and" carries the object.
      for other in context.children(verb, .conj) where context.upos(other) == .verb && other <= verb + 3 {
        for object in context.objects(of: other) {
          let type = context.type(object.entity)
          guard type == .person || type == .country || type == .organization else { continue }
          for subject in subjects.entities where context.canTakeSides(subject) {
            drafts.append(RelationDraft(
              subject: subject, predicate: .met, object: object.entity, verb: context.text(verb..<(other + 1)),
              evidence: context.span([subjects.token, verb, object.token]), rule: name))
          }
        }
      }
    }
    return drafts
  }
}
