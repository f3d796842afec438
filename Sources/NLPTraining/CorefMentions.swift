import NLPModels

/// Turns GUM's gold coreference mentions into the resolver's input, using
/// the gold tags and parse of the `.conllu` file (training and evaluation
/// both use gold parses; extraction builds its mentions from the models).
package enum CorefMentions {
  /// The resolver's mentions of a document and their gold chains, in document order.
  ///
  /// - Parameter document: A document read by ``CorefReader``.
  /// - Returns: The mentions and, for each, its gold chain number.
  package static func build(_ document: CorefDocument) -> (mentions: [CorefMention], chains: [Int]) {
    var mentions: [CorefMention] = []
    var chains: [Int] = []
    for gold in document.mentions {
      let words = document.sentences[gold.sentence].words
      mentions.append(mention(gold, words: words))
      chains.append(gold.chain)
    }
    return (mentions, chains)
  }

  /// One mention: its head is the first non-punctuation word whose head lies outside the span.
  static func mention(_ gold: GoldCorefMention, words: [CoNLLUWord]) -> CorefMention {
    let range = gold.start..<gold.end
    let heads = range.filter { !range.contains(words[$0].head - 1) || words[$0].head == 0 }
    let head = heads.first(where: { words[$0].upos != "PUNCT" }) ?? heads.first ?? gold.start
    let word = words[head]
    let governorIndex = word.head - 1
    let governor = words.indices.contains(governorIndex) ? words[governorIndex].lemma.lowercased() : ""
    let coordinated = range.contains { words[$0].deprel == "conj" && words[$0].head - 1 == head }
    return CorefMention(
      sentence: gold.sentence, start: gold.start, end: gold.end, head: word.form.lowercased(),
      tag: word.xpos, deprel: word.deprel, governor: governor, governorIndex: governorIndex,
      entityType: word.upos == "PROPN" ? gold.type : "", firstWord: words[gold.start].form.lowercased(),
      isCoordination: coordinated, text: range.map { words[$0].form.lowercased() }.joined(separator: " "))
  }

  /// The (head, gold type) pairs of a document's common-noun mentions, for
  /// learning ``CorefNounTypes``.
  package static func nounTypePairs(_ document: CorefDocument) -> [(head: String, type: String)] {
    document.mentions.compactMap { gold in
      let mention = mention(gold, words: document.sentences[gold.sentence].words)
      return CorefNounTypes.isCommonNoun(mention) ? (mention.head, gold.type) : nil
    }
  }
}
