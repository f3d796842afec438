import Testing

@testable import NLPCore
@testable import NLPModels

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

  /// One scorer and state reused for sentence after sentence (as a
  /// document is parsed) score as fresh ones: nothing of an earlier,
  /// longer sentence survives `begin(words:)` and `reset(count:)`.
  @Test func reusedScorerAndStateScoreAsFreshOnes() throws {
    let models = try #require(ShippedModels.models)
    let parser = models.parser
    let sentences: [[Substring]] = [Self.words, ["The", "minister", "said", "so", "."], Self.words.reversed()]
    let scorer = TransitionScorer(table: parser.transitions, words: Self.words.count)
    var state = ParserState(count: Self.words.count)
    var generator = SeededGenerator(seed: 7)
    for words in sentences {
      let tags = models.tagger.predict(words).map(\.tag)
      let sentence = ParserSentence(words: words.map { WordFeatures($0) }, tags: tags, coarse: parser.coarseTags)
      scorer.begin(words: words.count)
      state.reset(count: words.count)
      let fresh = ParserState(count: words.count)
      #expect(state.heads == fresh.heads && state.labels == fresh.labels && state.stack == fresh.stack)
      #expect(state.left1 == fresh.left1 && state.right2 == fresh.right2 && state.leftLabels == fresh.leftLabels)
      while !state.isTerminal {
        #expect(scorer.scores(sentence, state) == parser.referenceScores(sentence, state), "\(words.count) words")
        let valid = Transition.allCases.filter { state.isValid($0) }
        state.apply(valid[Int(generator.next() % UInt64(valid.count))], label: Int(generator.next() % 8))
      }
    }
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
