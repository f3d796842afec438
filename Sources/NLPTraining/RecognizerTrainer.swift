import Foundation
import NLPCore
import NLPModels

/// Trains the ``EntityRecognizer`` as a structured perceptron.
///
/// Each sentence is decoded with Viterbi under the current weights; when the
/// best sequence differs from the gold one, the emission features of the
/// wrong words and the wrong tag bigrams are updated (Collins 2002), and
/// weights are averaged. Training sentences come from GUM (named mentions of
/// the four types, outermost first when nested) and optionally CrossNER
/// politics, whose spans are widened to GUM's conventions (a preceding "the"
/// and a following possessive "'s" join the mention).
package struct RecognizerTrainer {
  /// The number of epochs.
  package var epochs = 12
  /// The random seed for the visiting order.
  package var seed: UInt64 = 1

  /// One training sentence.
  package struct Example {
    /// The words.
    package var words: [String]
    /// Their Penn tags (predicted).
    package var xpos: [String]
    /// Gold BILOU classes.
    package var gold: [Int]
  }

  /// Creates a trainer with default settings.
  package init() {}

  /// The gold BILOU classes of a GUM sentence: named mentions of the four
  /// types, longest first, skipping any that overlap one already taken.
  static func goldTags(_ sentence: CoNLLUSentence) -> [Int] {
    let named = sentence.mentions.filter { $0.isNamed && NamedEntityType(rawValue: $0.type) != nil }
      .sorted { ($0.end - $0.start, -$0.start) > ($1.end - $1.start, -$1.start) }
    var tags = [Int](repeating: 0, count: sentence.words.count)
    for mention in named {
      guard let type = NamedEntityType(rawValue: mention.type),
        tags[mention.start..<mention.end].allSatisfy({ $0 == 0 })
      else { continue }
      setTags(&tags, mention.start..<mention.end, type)
    }
    return tags
  }

  /// The gold BILOU classes of a CrossNER sentence, in GUM's span conventions.
  static func goldTags(_ sentence: CrossNERSentence) -> [Int] {
    var tags = [Int](repeating: 0, count: sentence.words.count)
    for span in sentence.spans {
      guard let type = CrossNERReader.typeMap[span.type] else { continue }
      var range = span.range
      if range.lowerBound > 0, sentence.words[range.lowerBound - 1] == "the",
        tags[range.lowerBound - 1] == 0
      {
        range = (range.lowerBound - 1)..<range.upperBound
      }
      if range.upperBound < sentence.words.count,
        ["'s", "’s"].contains(sentence.words[range.upperBound])
      {
        range = range.lowerBound..<(range.upperBound + 1)
      }
      guard tags[range].allSatisfy({ $0 == 0 }) else { continue }
      setTags(&tags, range, type)
    }
    return tags
  }

  /// Writes the BILOU classes of one span.
  static func setTags(_ tags: inout [Int], _ range: Range<Int>, _ type: NamedEntityType) {
    let typeIndex = NamedEntityType.allCases.firstIndex(of: type) ?? 0
    if range.count == 1 {
      tags[range.lowerBound] = EntityRecognizer.tag(type: typeIndex, position: 3)
      return
    }
    for index in range {
      let position = index == range.lowerBound ? 0 : (index == range.upperBound - 1 ? 2 : 1)
      tags[index] = EntityRecognizer.tag(type: typeIndex, position: position)
    }
  }

  /// Trains a recognizer.
  ///
  /// - Parameters:
  ///   - examples: The training sentences.
  ///   - gazetteer: The name lists to use as features.
  ///   - evaluate: Scores a candidate model; its line is logged per epoch.
  ///   - log: Receives one line per epoch.
  /// - Returns: The averaged model of the last epoch.
  func train(
    _ examples: [Example], gazetteer: Gazetteer, evaluate: (EntityRecognizer) -> String,
    log: (String) -> Void
  ) -> EntityRecognizer {
    let k = EntityRecognizer.classCount
    let features: [[[UInt64]]] = examples.map { example in
      let input = RecognizerInput(
        words: example.words.map { Substring($0) }, xpos: example.xpos, gazetteer: gazetteer)
      return (0..<input.count).map { index in
        var buffer: [UInt64] = []
        RecognizerFeatures.extract(input, at: index, into: &buffer)
        return buffer
      }
    }
    let model = AveragedPerceptron(classCount: k)
    var generator = SeededGenerator(seed: seed &+ 0xe17)
    var order = Array(examples.indices)
    var scores: [Float] = []
    var result: EntityRecognizer?
    for epoch in 1...max(1, epochs) {
      generator.shuffle(&order)
      var wrong = 0
      for index in order {
        let gold = examples[index].gold
        let n = gold.count
        guard n > 0 else { continue }
        var emissions = [Float](repeating: 0, count: n * k)
        for position in 0..<n {
          model.score(features[index][position], into: &scores)
          for tag in 0..<k { emissions[position * k + tag] = scores[tag] }
        }
        var transitions = [Float](repeating: 0, count: (k + 1) * k)
        for previous in 0...k {
          model.score([EntityRecognizer.transitionFeature(previous)], into: &scores)
          for tag in 0..<k { transitions[previous * k + tag] = scores[tag] }
        }
        let predicted = EntityRecognizer.viterbi(emissions: emissions, count: n, transitions: transitions)
        if predicted != gold {
          wrong += 1
          for position in 0..<n {
            if predicted[position] != gold[position] {
              model.update(features[index][position], truth: gold[position], guess: predicted[position])
            }
            let goldPrevious = position == 0 ? k : gold[position - 1]
            let predictedPrevious = position == 0 ? k : predicted[position - 1]
            if goldPrevious != predictedPrevious || gold[position] != predicted[position] {
              model.add(EntityRecognizer.transitionFeature(goldPrevious), label: gold[position], delta: 1)
              model.add(
                EntityRecognizer.transitionFeature(predictedPrevious), label: predicted[position], delta: -1)
            }
          }
        }
        model.tick()
      }
      let recognizer = EntityRecognizer(weights: model.averaged(), gazetteer: gazetteer)
      log("ner epoch \(epoch): wrong train sentences \(wrong)  \(evaluate(recognizer))  features \(model.featureCount)")
      result = recognizer
    }
    return result ?? EntityRecognizer(weights: model.averaged(), gazetteer: gazetteer)
  }
}
