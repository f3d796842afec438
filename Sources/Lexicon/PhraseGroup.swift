/// The gazetteer phrases that start with one token, indexed by their second
/// token, so that matching at a word as common as "the" looks only at the
/// phrases that can still match instead of all of them.
package struct PhraseGroup: Sendable {
  /// The phrase of this one token alone, if there is one.
  package let single: GazetteerEntry?
  /// Longer phrases by their second token, each as its tokens, in lexicon order.
  package let bySecond: [String: [(tokens: [String], entry: GazetteerEntry)]]

  /// Groups the phrases that start with one token.
  ///
  /// - Parameter phrases: Phrases with the same first token, no two alike.
  init(_ phrases: [(tokens: [String], entry: GazetteerEntry)]) {
    var single: GazetteerEntry?
    var bySecond: [String: [(tokens: [String], entry: GazetteerEntry)]] = [:]
    for phrase in phrases {
      if phrase.tokens.count == 1 {
        single = single ?? phrase.entry
      } else {
        bySecond[phrase.tokens[1], default: []].append(phrase)
      }
    }
    self.single = single
    self.bySecond = bySecond
  }
}
