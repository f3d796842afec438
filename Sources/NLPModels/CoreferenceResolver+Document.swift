import NLPCore

extension CoreferenceResolver: PronounResolving {
  /// Resolves pronouns among an analysed document's mentions (see
  /// ``PronounResolving``): mentions are read from the models' tags and
  /// parse, ordered, resolved with the callers' chains, and mapped back.
  package func antecedents(of mentions: [ReferenceMention], in document: Document) -> [Int?] {
    guard document.hasModelAnnotations, !mentions.isEmpty else { return Array(repeating: nil, count: mentions.count) }
    let order = mentions.indices.sorted {
      (mentions[$0].tokens.lowerBound, -mentions[$0].tokens.upperBound, $0)
        < (mentions[$1].tokens.lowerBound, -mentions[$1].tokens.upperBound, $1)
    }
    let input = order.map { Self.mention(mentions[$0], in: document) }
    let result = resolve(input, givenChains: order.map { mentions[$0].chain })
    var answer = [Int?](repeating: nil, count: mentions.count)
    for (position, original) in order.enumerated() {
      answer[original] = result.antecedents[position].map { order[$0] }
    }
    return answer
  }

  /// The resolver's view of one mention: its head is its last token whose
  /// head lies outside it. Tokens are viewed one at a time: a whole
  /// document's `tokens` array costs about 100 bytes a token.
  static func mention(_ reference: ReferenceMention, in document: Document) -> CorefMention {
    let tokens = TokenViews(document: document)
    var range = reference.tokens
    // A name without its title ("Fox" of "Dr Fox") hangs from the title by
    // `flat`: take the title in, as GUM's mentions do.
    if let last = range.last, tokens[last].dependency == "flat", tokens[last].head < range.lowerBound,
      tokens[last].head >= range.lowerBound - 2, tokens[last].head >= 0
    {
      range = tokens[last].head..<range.upperBound
    }
    let sentence = document.sentenceIndex(ofToken: range.lowerBound)
    let sentenceStart = document.sentenceTable[sentence].lowerBound
    let head = range.last { !range.contains(tokens[$0].head) || tokens[$0].head == $0 } ?? range.upperBound - 1
    let token = tokens[head]
    let governor = token.head == head ? -1 : token.head
    let coordinated = range.contains { tokens[$0].dependency == "conj" && tokens[$0].head == head }
    return CorefMention(
      sentence: sentence, start: range.lowerBound - sentenceStart, end: range.upperBound - sentenceStart,
      head: token.text.lowercased(), tag: token.xpos, deprel: token.dependency,
      governor: governor >= 0 ? tokens[governor].lemma.lowercased() : "",
      governorIndex: governor >= 0 ? governor - sentenceStart : -1, entityType: reference.entityType,
      firstWord: tokens[range.lowerBound].text.lowercased(), isCoordination: coordinated,
      text: range.map { tokens[$0].text.lowercased() }.joined(separator: " "))
  }
}

/// Views of a document's tokens by index, made when read.
private struct TokenViews {
  let document: Document

  subscript(_ index: Int) -> Token { Token(document: document, index: index) }
}
