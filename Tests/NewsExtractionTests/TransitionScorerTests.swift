import Testing

@testable import NewsExtraction

@Suite("Transition scorer")
struct TransitionScorerTests {
  /// A sentence with left and right dependents, a long right branch and punctuation.
  static let words: [Substring] = [
    "The", "new", "finance", "minister", ",", "who", "took", "office", "last", "week", ",", "said", "on",
    "Monday", "that", "the", "government", "would", "not", "raise", "taxes", "before", "the", "election", ".",
  ]

  /// Walks random valid transitions (the memo sees stacks come back after
  /// LEFT and buffers stay after RIGHT) and compares every configuration's
  /// memoized scores with the sum over all features.
  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func memoizedScoresEqualReferenceScores(seed: UInt64) throws {
    let models = try #require(ShippedModels.models)
    let parser = models.parser
    let tags = models.tagger.predict(Self.words).map(\.tag)
    let sentence = ParserSentence(words: Self.words.map { WordFeatures($0) }, tags: tags, coarse: parser.coarseTags)
    var state = ParserState(count: Self.words.count)
    let scorer = TransitionScorer(table: parser.transitions, words: Self.words.count)
    var generator = SeededGenerator(seed: seed)
    var compared = 0
    while !state.isTerminal {
      let valid = Transition.allCases.filter { state.isValid($0) }
      let fast = scorer.scores(sentence, state)
      let reference = parser.referenceScores(sentence, state)
      #expect(fast == reference, "configuration \(compared): stack \(state.stack), buffer \(state.buffer)")
      #expect(reference != .zero)
      compared += 1
      let move = valid[Int(generator.next() % UInt64(valid.count))]
      state.apply(move, label: Int(generator.next() % 8))
    }
    #expect(compared > Self.words.count)
    #expect(scorer.reusedSums > 0)
  }

  /// The parser's own loop (memoized) gives the arcs of a loop scoring
  /// every configuration from scratch.
  @Test func parseEqualsReferenceParse() throws {
    let models = try #require(ShippedModels.models)
    let parser = models.parser
    let tags = models.tagger.predict(Self.words).map(\.tag)
    let features = Self.words.map { WordFeatures($0) }
    let fast = parser.parse(features, tags: tags)
    let sentence = ParserSentence(words: features, tags: tags, coarse: parser.coarseTags)
    var state = ParserState(count: Self.words.count)
    var labelFeatures: [UInt64] = []
    var labelScores = [Int32](repeating: 0, count: parser.labelNames.count)
    var steps = 0
    while !state.isTerminal {
      let move = try #require(
        state.forcedTransition ?? parser.bestTransition(state, parser.referenceScores(sentence, state)))
      var label = 0
      if let (head, dependent) = state.arc(for: move) {
        label = parser.predictLabel(sentence, state, head: head, dependent: dependent, &labelFeatures, &labelScores)
      }
      state.apply(move, label: label)
      steps += 1
    }
    #expect(steps == 2 * Self.words.count)
    #expect(fast.heads == (1...Self.words.count).map { state.heads[$0] })
    #expect(fast.labels == (1...Self.words.count).map { state.labels[$0] })
  }
}
