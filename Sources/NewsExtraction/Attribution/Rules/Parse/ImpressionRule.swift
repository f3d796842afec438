import Lexicon

extension ParseRule {
  /// `parse.impression`: an impression or expectation no one holds: "X
  /// seems stable", "X is expected to cut jobs".
  static let impression = ParseRule(name: "parse.impression") { extractor, site in
    guard extractor.document.tokenTable[site.token].pos == .verb else { return nil }
    return extractor.impressionStatement(cue: site.token, sentence: site.sentence, tree: site.tree)
  }
}

/// Impressions and expectations with no one holding them: "X seems
/// stable", "X appeared to lose his temper", "X is expected to cut jobs",
/// "it seems (that) ...". The content is the subject and its predicate;
/// the statement has no speaker.
extension StatementExtractor {
  /// Verbs that report an impression or expectation of their subject's
  /// predicate ("expect" only in the passive).
  static let impressionLemmas: WordSet = ["seem", "appear", "expect"]

  /// The impression verb `v` heads, or nil.
  func impressionStatement(cue v: Int, sentence: Range<Int>, tree: ParseTree) -> StatementDraft? {
    let record = document.tokenTable[v]
    guard Self.impressionLemmas.contains(record.lemma.lowercased()) else { return nil }
    var subject: Int?
    var predicate: Int?
    var passive = false
    var auxiliary: Int?
    for child32 in tree.children(v) {
      let child = Int(child32)
      switch document.tokenTable[child].label {
      case .nsubj, .expl: if subject == nil, child < v { subject = child }
      case .nsubjPass: if subject == nil, child < v { subject = child; passive = true }
      case .auxPass: auxiliary = child
      case .xcomp: if predicate == nil, child > v { predicate = child }
      case .ccomp: if predicate == nil, child > v { predicate = child }
      default: break
      }
    }
    // "expected" reports only in the passive ("is expected to ..."); the
    // others need a subject ("it" alone leaves the clause as the content).
    guard let subject, let predicate, record.lemma.lowercased() != "expect" || passive else { return nil }
    guard !isSpeakerlessSubjectAPerson(subject) else { return nil }
    let predicateSpan = trimmed(tree.subtree(predicate))
    guard hasWords(predicateSpan, minimum: 1), predicateSpan.lowerBound > v else { return nil }
    var content = [predicateSpan]
    let isExpletive = document.tokenTable[subject].label == .expl || (isWord(subject, "it") && document.tokenTable[predicate].label == .ccomp)
    if !isExpletive {
      let subjectSpan = trimmed(tree.subtree(subject))
      guard !subjectSpan.isEmpty, subjectSpan.upperBound <= v else { return nil }
      content.insert(subjectSpan, at: 0)
    } else {
      content = [withoutThat(predicateSpan)]
    }
    guard content.contains(where: { hasWords($0, minimum: 2) }) else { return nil }
    let cueStart = auxiliary.map { min($0, v) } ?? v
    return StatementDraft(
      speakerMention: nil, speakerTokens: nil, cue: cueStart..<(v + 1), content: content.map(scalars), kind: .indirect)
  }

  /// First-person and second-person subjects ("I seem to", "you appear to")
  /// speak for themselves: not an impression without a holder.
  func isSpeakerlessSubjectAPerson(_ subject: Int) -> Bool {
    isWord(subject, "i") || isWord(subject, "we") || isWord(subject, "you")
  }
}
