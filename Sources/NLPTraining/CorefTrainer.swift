import NLPModels

/// Trains the ``CoreferenceResolver`` on gold mentions with an averaged
/// perceptron over ``CorefFeatures``.
///
/// For each anaphor the correct option is its best-scoring candidate of the
/// same gold chain, or "new chain" when no candidate is; when the model
/// prefers another option, weight moves from that option's features to the
/// correct one's. Chain states come from the gold chains so far.
package struct CorefTrainer {
  /// Passes over the training documents.
  package var epochs = 5
  /// The shuffling seed.
  package var seed: UInt64 = 1

  /// Creates a trainer with the default settings.
  package init() {}

  /// One training document: mentions in document order and their gold chains.
  package typealias Example = (mentions: [CorefMention], chains: [Int])

  /// Trains a resolver.
  ///
  /// - Parameters:
  ///   - examples: The training documents.
  ///   - nounTypes: The noun lexicon; the examples' mentions are annotated with it.
  ///   - log: Receives one line per epoch (training ranking accuracy).
  /// - Returns: The resolver with the averaged weights and the lexicon.
  package func train(
    _ examples: [Example], nounTypes: CorefNounTypes = CorefNounTypes(), log: (String) -> Void = { _ in }
  ) -> CoreferenceResolver {
    let documents = examples.map { example in
      var mentions = example.mentions
      nounTypes.annotate(&mentions)
      return (mentions, example.chains)
    }
    let model = AveragedPerceptron(classCount: 1)
    var generator = SeededGenerator(seed: seed)
    var order = Array(documents.indices)
    var scores: [Float] = []
    let score: ([UInt64]) -> Float = { features in
      model.score(features, into: &scores)
      return scores[0]
    }
    for epoch in 1...max(1, epochs) {
      generator.shuffle(&order)
      var correct = 0
      var total = 0
      for index in order {
        let (right, count) = trainDocument(documents[index], model: model, score: score)
        correct += right
        total += count
      }
      log("coref epoch \(epoch): training ranking accuracy \(percent(correct, total)) over \(total) anaphors")
    }
    return CoreferenceResolver(weights: model.averaged(), nounTypes: nounTypes)
  }

  /// One pass over a document; returns (correct, anaphors).
  private func trainDocument(
    _ example: Example, model: AveragedPerceptron, score: ([UInt64]) -> Float
  ) -> (Int, Int) {
    let (mentions, chains) = example
    var states: [Int: CorefChainState] = [:]
    var correct = 0
    var total = 0
    for (index, mention) in mentions.enumerated() {
      defer { states[chains[index], default: CorefChainState()].add(mention) }
      guard mention.isAnaphor else { continue }
      let candidates = CoreferenceResolver.candidates(of: index, in: mentions)
      let options = CorefFeatures.options(for: index, candidates: candidates, in: mentions) {
        states[chains[$0]] ?? CorefChainState()
      }
      let isGold = [!candidates.contains { chains[$0] == chains[index] }] + candidates.map { chains[$0] == chains[index] }
      let values = options.map(score)
      let guess = values.indices.max { values[$0] < values[$1] || values[$0] == values[$1] && $0 > $1 } ?? 0
      let truth = values.indices.filter { isGold[$0] }.max { values[$0] < values[$1] } ?? 0
      total += 1
      if isGold[guess] {
        correct += 1
      } else {
        for feature in options[truth] { model.add(feature, label: 0, delta: 1) }
        for feature in options[guess] { model.add(feature, label: 0, delta: -1) }
      }
      model.tick()
    }
    return (correct, total)
  }
}
