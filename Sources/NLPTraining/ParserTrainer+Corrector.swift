import Foundation
import NLPModels

extension ParserTrainer {
  /// A training sentence as parsed by a parser that did not see it.
  struct ParsedExample {
    /// The sentence's index among the training examples.
    var index: Int
    /// The sentence's node table.
    var sentence: ParserSentence
    /// The parse, root first.
    var tree: AttachmentCorrector.Tree
  }

  /// Parses every training sentence with a parser trained on the other
  /// folds, so the corrector learns from mistakes like those it will see.
  func heldOutParses(
    _ examples: [Example], allowed: Set<UInt64>, coarse: [Int], rootLabel: Int,
    labelNames: [String], tagNames: [String], log: (String) -> Void
  ) -> [ParsedExample] {
    var parsed: [ParsedExample] = []
    for fold in 0..<correctorFolds {
      let part = examples.indices.filter { $0 % correctorFolds != fold }.map { examples[$0] }
      let (transitions, labeller) = trainMember(
        part, allowed: allowed, coarse: coarse, rootLabel: rootLabel, labelCount: labelNames.count,
        seed: seed &+ 0xf01d &+ UInt64(fold) &* 7919, afterEpoch: { _, _, _, _, _ in })
      let foldParser = DependencyParser(
        tagNames: tagNames, labelNames: labelNames, transitions: transitions.averaged(),
        labeller: labeller.averaged())
      for index in examples.indices where index % correctorFolds == fold {
        let example = examples[index]
        let sentence = ParserSentence(words: example.words, tags: example.tags, coarse: coarse)
        parsed.append(
          ParsedExample(
            index: index, sentence: sentence, tree: foldParser.parseGreedily(sentence, count: example.words.count)))
      }
      log("corrector: parsed held-out fold \(fold + 1)/\(correctorFolds)")
    }
    return parsed
  }

  /// Trains the ``AttachmentCorrector`` on held-out parses: at every
  /// revisited word whose gold head is a candidate but not the best-scoring
  /// one, weight moves from the best candidate's features to the gold
  /// head's. The corrector's own choice is applied, as at run time.
  func trainCorrector(
    _ parsed: [ParsedExample], examples: [Example], base: DependencyParser,
    dev: [CoNLLUSentence], devTags: [[Int]], log: (String) -> Void
  ) -> WeightTable {
    let model = AveragedPerceptron(classCount: 1)
    let shell = AttachmentCorrector(
      weights: WeightTable(classCount: 1, scale: 1, keys: [], rowCounts: [], entries: []),
      labelNames: base.labelNames, tagNames: base.tagNames)
    var generator = SeededGenerator(seed: seed &+ 0xc022)
    var order = Array(parsed.indices)
    var scores: [Float] = []
    for epoch in 1...correctorEpochs {
      generator.shuffle(&order)
      var moved = 0, right = 0, seen = 0
      for position in order {
        let item = parsed[position]
        let gold = examples[item.index].gold
        var tree = item.tree
        shell.revise(item.sentence, &tree) { word, candidates, features in
          var best = 0
          var bestScore = -Float.infinity
          let perCandidate = candidates.indices.map { index in
            Array(features[(index * AttachmentCorrector.featureCount)..<((index + 1) * AttachmentCorrector.featureCount)])
          }
          for index in candidates.indices {
            model.score(perCandidate[index], into: &scores)
            if scores[0] > bestScore {
              bestScore = scores[0]
              best = index
            }
          }
          if let truth = candidates.firstIndex(of: gold[word]), truth != best {
            for feature in perCandidate[truth] { model.add(feature, label: 0, delta: 1) }
            for feature in perCandidate[best] { model.add(feature, label: 0, delta: -1) }
          }
          model.tick()
          seen += 1
          if best != 0 { moved += 1 }
          if candidates[best] == gold[word] { right += 1 }
          return best
        }
      }
      let parser = DependencyParser(
        tagNames: base.tagNames, labelNames: base.labelNames, transitions: base.transitions,
        labeller: base.labeller, corrector: model.averaged())
      let score = Self.evaluate(parser, on: dev, tags: devTags)
      log(
        "corrector \(epoch): revisited \(seen), moved \(moved), right \(right)  dev UAS \(percent(score.uas, score.words))"
          + "  LAS \(percent(score.las, score.words))  features \(model.featureCount)")
    }
    return model.averaged()
  }
}
