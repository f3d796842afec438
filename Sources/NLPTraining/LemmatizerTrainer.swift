import NLPModels

/// Learns a ``Lemmatizer`` from words annotated with tags and lemmas.
///
/// Each training word gives an edit script (strip `n` final characters, then
/// append a string) that is counted under the word's tag and each of its
/// suffixes of zero to five characters. A suffix keeps its most frequent
/// script if it was seen at least twice (the empty suffix always). Words the
/// rules get wrong become exceptions.
package struct LemmatizerTrainer {
  /// Counts of scripts per rule key.
  private var ruleCounts: [UInt64: [Script: Int]] = [:]
  /// Counts of lemmas per `(word, tag)` key.
  private var lemmaCounts: [UInt64: [String: Int]] = [:]
  /// The `(base, tag)` of each exception key, for deterministic ordering.
  private var keyNames: [UInt64: String] = [:]

  /// An edit script.
  private struct Script: Hashable, Comparable {
    var strip: Int
    var append: String
    static func < (a: Script, b: Script) -> Bool {
      (a.strip, a.append) < (b.strip, b.append)
    }
  }

  /// Creates an empty trainer.
  package init() {}

  /// Counts one word.
  ///
  /// - Parameters:
  ///   - form: The word as written.
  ///   - xpos: Its Penn tag.
  ///   - lemma: Its gold lemma.
  package mutating func add(form: String, xpos: String, lemma: String) {
    guard !lemma.isEmpty, lemma != "_" || form == "_" else { return }
    let proper = xpos.hasPrefix("NNP")
    let base = proper ? form : form.lowercased()
    let baseScalars = Array(base.unicodeScalars)
    let lemmaScalars = Array(lemma.unicodeScalars)
    var common = 0
    while common < baseScalars.count, common < lemmaScalars.count,
      baseScalars[common] == lemmaScalars[common]
    {
      common += 1
    }
    var append = String.UnicodeScalarView()
    append.append(contentsOf: lemmaScalars[common...])
    let script = Script(strip: baseScalars.count - common, append: String(append))
    let tagHash = FeatureHash.string(xpos)
    let features = WordFeatures(form)
    let suffixes = [0, features.suffix1, features.suffix2, features.suffix3, features.suffix4]
    for length in 0...min(Lemmatizer.maximumSuffix, Int(features.length)) {
      let key = Lemmatizer.ruleKey(tagHash: tagHash, length: length, suffix: suffixes[length])
      ruleCounts[key, default: [:]][script, default: 0] += 1
    }
    let key = FeatureHash.combine(features.lower, tagHash)
    lemmaCounts[key, default: [:]][lemma, default: 0] += 1
    keyNames[key] = form + "\t" + xpos
  }

  /// Builds the lemmatizer.
  ///
  /// - Returns: A lemmatizer whose rules and exceptions reproduce the most
  ///   frequent lemma of every training word.
  package func build() -> Lemmatizer {
    var scripts: [Script] = []
    var scriptIndex: [Script: UInt32] = [:]
    var ruleKeys: [UInt64] = []
    var ruleValues: [UInt32] = []
    for key in ruleCounts.keys.sorted() {
      guard let counts = ruleCounts[key] else { continue }
      let total = counts.values.reduce(0, +)
      guard total >= 2 || counts.count == 1 && total >= 1 else { continue }
      guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { continue }
      let index: UInt32
      if let existing = scriptIndex[best] {
        index = existing
      } else {
        index = UInt32(scripts.count)
        scripts.append(best)
        scriptIndex[best] = index
      }
      ruleKeys.append(key)
      ruleValues.append(index)
    }
    let rulesOnly = Lemmatizer(
      exceptions: HashIndex(keys: [], values: []), exceptionLemmas: [],
      rules: HashIndex(keys: ruleKeys, values: ruleValues),
      ruleStrip: scripts.map { UInt32($0.strip) }, ruleAppend: scripts.map(\.append))
    var exceptionKeys: [UInt64] = []
    var exceptionValues: [UInt32] = []
    var exceptionLemmas: [String] = []
    let ordered = keyNames.sorted { $0.value < $1.value }
    for (key, name) in ordered {
      guard let counts = lemmaCounts[key],
        let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key
      else { continue }
      let parts = name.split(separator: "\t", omittingEmptySubsequences: false)
      guard parts.count == 2 else { continue }
      let predicted = rulesOnly.lemma(of: parts[0], xpos: String(parts[1]))
      if predicted != best {
        exceptionKeys.append(key)
        exceptionValues.append(UInt32(exceptionLemmas.count))
        exceptionLemmas.append(best)
      }
    }
    return Lemmatizer(
      exceptions: HashIndex(keys: exceptionKeys, values: exceptionValues),
      exceptionLemmas: exceptionLemmas, rules: rulesOnly.rules,
      ruleStrip: rulesOnly.ruleStrip, ruleAppend: rulesOnly.ruleAppend)
  }
}
