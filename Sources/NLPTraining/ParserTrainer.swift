import Foundation
import NLPModels

/// Trains the ``DependencyParser`` with a dynamic oracle.
///
/// For each configuration the perceptron's best costlier transition is
/// compared with the cheapest ones under the arc-hybrid dynamic oracle; when
/// it scores within ``margin`` of the best-scoring cheapest transition (or
/// above it), weight moves from it to that transition.
/// From the second epoch on, the parser follows its own (possibly wrong)
/// prediction with probability ``exploration`` so that it learns to act well
/// after mistakes (Goldberg and Nivre 2012). Arcs are labelled by the label
/// perceptron as they are made; it is updated whenever the arc is right and
/// its label wrong. Finally, the ``AttachmentCorrector`` is trained on
/// held-out parses of the training set.
package struct ParserTrainer {
  /// The number of epochs.
  package var epochs = 12
  /// The random seed (visiting order and exploration).
  package var seed: UInt64 = 1
  /// The probability of following a wrong prediction, from epoch 2.
  package var exploration = 0.9
  /// The number of parsers trained with different orders whose weights are summed.
  package var ensemble = 1
  /// The first epoch that explores.
  package var explorationStart = 2
  /// Transition features rarer than this on the gold paths are not used.
  package var minimumFeatureCount = 2
  /// How far (in perceptron updates) a costlier transition must score below
  /// the best cheapest one for no update to be made; 0 updates only on
  /// mistakes (the plain perceptron). A margin of one update was worth
  /// about +0.25 UAS on GUM dev over four seeds.
  package var margin: Float = 1
  /// The folds of held-out training parses the attachment corrector
  /// learns from (below 2: no corrector).
  package var correctorFolds = 4
  /// The corrector's training epochs (0: no corrector).
  package var correctorEpochs = 8

  /// One training sentence with precomputed inputs.
  struct Example {
    var words: [WordFeatures]
    var tags: [Int]
    var gold: [Int]
    var goldLabels: [Int]
  }

  /// Creates a trainer with default settings.
  package init() {}

  /// Trains a parser.
  ///
  /// - Parameters:
  ///   - train: Training sentences with gold trees.
  ///   - trainTags: Predicted tag classes for each training sentence (jackknifed).
  ///   - dev: Development sentences.
  ///   - tagger: Tags the development sentences.
  ///   - log: Receives one line per epoch.
  /// - Returns: The averaged model of the last epoch.
  package func train(
    _ train: [CoNLLUSentence], trainTags: [[Int]], dev: [CoNLLUSentence],
    tagger: PartOfSpeechTagger, log: (String) -> Void
  ) -> DependencyParser {
    var labelSet = Set<String>()
    for sentence in train { for word in sentence.words { labelSet.insert(word.deprel) } }
    labelSet.insert("root")
    let labelNames = labelSet.sorted()
    let labelIndex = Dictionary(uniqueKeysWithValues: labelNames.enumerated().map { ($1, $0) })
    var examples: [Example] = []
    for (sentence, tags) in zip(train, trainTags) {
      let heads = sentence.words.map(\.head)
      guard heads.allSatisfy({ $0 >= 0 && $0 <= heads.count }) else { continue }
      examples.append(
        Example(
          words: sentence.words.map { WordFeatures($0.form) }, tags: tags, gold: [0] + heads + [0],
          goldLabels: [0] + sentence.words.map { labelIndex[$0.deprel] ?? 0 } + [0]))
    }
    let devTags = dev.map { sentence in
      tagger.predictTags(sentence.words.map { WordFeatures($0.form) })
    }
    let coarse = DependencyParser.coarseTags(tagger.tagNames)
    let allowed = Self.frequentFeatures(examples, coarse: coarse, minimumCount: minimumFeatureCount)
    log("parser: \(allowed.count) transition features seen at least \(minimumFeatureCount) times on the gold paths")
    var members: [(AveragedPerceptron, AveragedPerceptron)] = []
    let rootLabel = labelIndex["root"] ?? 0
    for member in 0..<max(1, ensemble) {
      members.append(
        trainMember(
          examples, allowed: allowed, coarse: coarse, rootLabel: rootLabel,
          labelCount: labelNames.count, seed: seed &+ 0x5eed &+ UInt64(member) &* 7919
        ) { epoch, transitions, labeller, correct, total in
          let parser = DependencyParser(
            tagNames: tagger.tagNames, labelNames: labelNames, transitions: transitions.averaged(),
            labeller: labeller.averaged())
          let score = Self.evaluate(parser, on: dev, tags: devTags)
          log(
            "parser \(member + 1).\(epoch): train UAS \(percent(correct, total))  dev UAS \(percent(score.uas, score.words))"
              + "  LAS \(percent(score.las, score.words))  LAS+sub \(percent(score.lasSub, score.words))"
              + "  features \(transitions.featureCount)+\(labeller.featureCount)")
        })
    }
    var parser = DependencyParser(
      tagNames: tagger.tagNames, labelNames: labelNames,
      transitions: AveragedPerceptron.averaged(members.map(\.0)),
      labeller: AveragedPerceptron.averaged(members.map(\.1)))
    if members.count > 1 {
      let score = Self.evaluate(parser, on: dev, tags: devTags)
      log(
        "parser ensemble of \(members.count): dev UAS \(percent(score.uas, score.words))"
          + "  LAS \(percent(score.las, score.words))  LAS+sub \(percent(score.lasSub, score.words))"
          + "  features \(parser.transitions.keys.count)+\(parser.labeller.keys.count)")
    }
    if correctorFolds > 1 && correctorEpochs > 0 {
      let parsed = heldOutParses(
        examples, allowed: allowed, coarse: coarse, rootLabel: rootLabel, labelNames: labelNames,
        tagNames: tagger.tagNames, log: log)
      let weights = trainCorrector(
        parsed, examples: examples, base: parser, dev: dev, devTags: devTags, log: log)
      parser = DependencyParser(
        tagNames: parser.tagNames, labelNames: labelNames, transitions: parser.transitions,
        labeller: parser.labeller, corrector: weights)
    }
    return parser
  }

  /// Trains one transition perceptron and labeller over `examples`.
  ///
  /// - Parameters:
  ///   - afterEpoch: Called after each epoch with the epoch number, both
  ///     models and the training score (correct heads, words).
  func trainMember(
    _ examples: [Example], allowed: Set<UInt64>, coarse: [Int], rootLabel: Int, labelCount: Int,
    seed memberSeed: UInt64,
    afterEpoch: (Int, AveragedPerceptron, AveragedPerceptron, Int, Int) -> Void
  ) -> (AveragedPerceptron, AveragedPerceptron) {
    let transitions = AveragedPerceptron(classCount: 3)
    let labeller = AveragedPerceptron(classCount: labelCount)
    var generator = SeededGenerator(seed: memberSeed)
    var order = Array(examples.indices)
    for epoch in 1...max(1, epochs) {
      generator.shuffle(&order)
      var correct = 0, total = 0
      for index in order {
        let (c, t) = trainSentence(
          examples[index], transitions: transitions, labeller: labeller, allowed: allowed, coarse: coarse,
          explore: epoch >= explorationStart, rootLabel: rootLabel, generator: &generator)
        correct += c
        total += t
      }
      afterEpoch(epoch, transitions, labeller, correct, total)
    }
    return (transitions, labeller)
  }

  /// Parses one training sentence, updating both perceptrons.
  ///
  /// - Returns: Correct heads and words, for the training score.
  private func trainSentence(
    _ example: Example, transitions: AveragedPerceptron, labeller: AveragedPerceptron,
    allowed: Set<UInt64>, coarse: [Int], explore: Bool, rootLabel: Int, generator: inout SeededGenerator
  ) -> (Int, Int) {
    let sentence = ParserSentence(words: example.words, tags: example.tags, coarse: coarse)
    var state = ParserState(count: example.words.count)
    var features: [UInt64] = []
    var labelFeatures: [UInt64] = []
    var scores: [Float] = []
    var labelScores: [Float] = []
    while !state.isTerminal {
      if let forced = state.forcedTransition {
        transitions.tick()
        var label = rootLabel
        if let (head, dependent) = state.arc(for: forced), head != 0 {
          label = trainLabel(
            sentence, state, head: head, dependent: dependent, example: example, labeller: labeller,
            features: &labelFeatures, scores: &labelScores)
        }
        state.apply(forced, label: label)
        continue
      }
      ParserFeatures.transition(sentence, state, into: &features)
      if !allowed.isEmpty { features.removeAll { !allowed.contains($0) } }
      transitions.score(features, into: &scores)
      var costs = [Int](repeating: Int.max, count: 3)
      var predicted = -1
      for move in Transition.allCases where state.isValid(move) {
        costs[move.rawValue] = state.cost(of: move, gold: example.gold)
        if predicted < 0 || scores[move.rawValue] > scores[predicted] { predicted = move.rawValue }
      }
      guard predicted >= 0 else { break }
      let minimum = costs.min() ?? 0
      var best = -1
      for move in 0..<3 where costs[move] == minimum {
        if best < 0 || scores[move] > scores[best] { best = move }
      }
      // The costlier transition that scores highest must trail the best
      // cheapest one by at least `margin`, else weight moves between them.
      var rival = -1
      for move in 0..<3 where costs[move] != Int.max && costs[move] > minimum {
        if rival < 0 || scores[move] > scores[rival] { rival = move }
      }
      let violated = margin > 0 ? rival >= 0 && scores[rival] + margin >= scores[best] : costs[predicted] > minimum
      if violated { transitions.update(features, truth: best, guess: rival) }
      var chosen = predicted
      if costs[predicted] > minimum && !(explore && generator.unit() < exploration) { chosen = best }
      transitions.tick()
      let move = Transition(rawValue: chosen) ?? .shift
      var label = 0
      if let (head, dependent) = state.arc(for: move) {
        if head == 0 {
          label = rootLabel
        } else {
          label = trainLabel(
            sentence, state, head: head, dependent: dependent, example: example, labeller: labeller,
            features: &labelFeatures, scores: &labelScores)
        }
      }
      state.apply(move, label: label)
    }
    var correct = 0
    for node in 1...max(1, example.words.count) where node <= example.words.count {
      correct += state.heads[node] == example.gold[node] ? 1 : 0
    }
    return (correct, example.words.count)
  }

  /// Labels an arc about to be made, updating the labeller when the arc is right.
  private func trainLabel(
    _ sentence: ParserSentence, _ state: ParserState, head: Int, dependent: Int, example: Example,
    labeller: AveragedPerceptron, features: inout [UInt64], scores: inout [Float]
  ) -> Int {
    ParserFeatures.label(sentence, state, head: head, dependent: dependent, into: &features)
    labeller.score(features, into: &scores)
    let label = TaggerTrainer.argmax(scores)
    if example.gold[dependent] == head {
      labeller.update(features, truth: example.goldLabels[dependent], guess: label)
      labeller.tick()
    }
    return label
  }

  /// The transition features seen at least `minimumCount` times in the
  /// configurations of the gold (static-oracle) derivations; rarer ones are
  /// left out of training, which keeps the model small and fast.
  static func frequentFeatures(_ examples: [Example], coarse: [Int], minimumCount: Int) -> Set<UInt64> {
    guard minimumCount > 1 else { return [] }
    var counts: [UInt64: Int32] = [:]
    var features: [UInt64] = []
    for example in examples {
      let sentence = ParserSentence(words: example.words, tags: example.tags, coarse: coarse)
      var state = ParserState(count: example.words.count)
      while !state.isTerminal {
        ParserFeatures.transition(sentence, state, into: &features)
        for feature in features { counts[feature, default: 0] += 1 }
        var move = Transition.shift
        var best = Int.max
        for candidate in [Transition.right, .left, .shift] where state.isValid(candidate) {
          let cost = state.cost(of: candidate, gold: example.gold)
          if cost < best {
            best = cost
            move = candidate
          }
        }
        state.apply(move, label: 0)
      }
    }
    var allowed = Set<UInt64>()
    for (feature, count) in counts where count >= Int32(minimumCount) { allowed.insert(feature) }
    return allowed
  }

  /// Counts correct heads and labels, punctuation excluded (as eval_gum.py).
  static func evaluate(
    _ parser: DependencyParser, on sentences: [CoNLLUSentence], tags: [[Int]]
  ) -> (uas: Int, las: Int, lasSub: Int, words: Int) {
    var uas = 0, las = 0, lasSub = 0, words = 0
    for (sentence, sentenceTags) in zip(sentences, tags) {
      let result = parser.parse(sentence.words.map { WordFeatures($0.form) }, tags: sentenceTags)
      for (index, word) in sentence.words.enumerated() where word.upos != "PUNCT" {
        words += 1
        guard result.heads[index] == word.head else { continue }
        uas += 1
        let label = parser.labelNames[result.labels[index]]
        if label.split(separator: ":").first == word.deprel.split(separator: ":").first { las += 1 }
        if label == word.deprel { lasSub += 1 }
      }
    }
    return (uas, las, lasSub, words)
  }
}
