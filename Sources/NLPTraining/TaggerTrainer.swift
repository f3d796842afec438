import Foundation
import NLPModels

/// Trains the ``PartOfSpeechTagger`` on CoNLL-U sentences.
///
/// Each epoch visits the training sentences in a seeded random order and
/// tags them greedily with the current weights, updating on every wrong
/// tag. The second pass is trained in the same loop on the first pass's
/// current predictions, which are about as noisy as at test time. After each
/// epoch the averaged model is scored on the development sentences.
package struct TaggerTrainer {
  /// The number of epochs.
  package var epochs = 12
  /// The random seed for the visiting order.
  package var seed: UInt64 = 1
  /// Whether to train the right-context second pass.
  package var twoPass = true

  /// Creates a trainer with default settings.
  package init() {}

  /// Trains a tagger.
  ///
  /// - Parameters:
  ///   - train: The training sentences.
  ///   - dev: The development sentences, for the per-epoch report.
  ///   - log: Receives one line per epoch.
  /// - Returns: The averaged model of the last epoch.
  package func train(
    _ train: [CoNLLUSentence], dev: [CoNLLUSentence], log: (String) -> Void
  ) -> PartOfSpeechTagger {
    var tagNames = Set<String>()
    var lemmas = LemmatizerTrainer()
    for sentence in train {
      for word in sentence.words {
        tagNames.insert(word.upos + "\t" + word.xpos)
        lemmas.add(form: word.form, xpos: word.xpos, lemma: word.lemma)
      }
    }
    let names = tagNames.sorted()
    let tagIndex = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    let upos = names.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
    let xpos = names.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[1]) }
    let lemmatizer = lemmas.build()

    let sentences = train.map { sentence in
      (
        words: sentence.words.map { WordFeatures($0.form) },
        gold: sentence.words.map { tagIndex[$0.upos + "\t" + $0.xpos] ?? 0 }
      )
    }
    let first = AveragedPerceptron(classCount: names.count)
    let second = AveragedPerceptron(classCount: names.count)
    var generator = SeededGenerator(seed: seed)
    var order = Array(sentences.indices)
    var buffer: [UInt64] = []
    var scores: [Float] = []
    var best: PartOfSpeechTagger?
    for epoch in 1...max(1, epochs) {
      generator.shuffle(&order)
      var correct = 0
      var total = 0
      for sentenceIndex in order {
        let (words, gold) = sentences[sentenceIndex]
        var tags = [Int](repeating: 0, count: words.count)
        for index in words.indices {
          PartOfSpeechTagger.features(
            words, at: index, previous: index > 0 ? tags[index - 1] : -1,
            previous2: index > 1 ? tags[index - 2] : -1, into: &buffer)
          first.score(buffer, into: &scores)
          let guess = Self.argmax(scores)
          first.update(buffer, truth: gold[index], guess: guess)
          first.tick()
          tags[index] = guess
        }
        guard twoPass else { continue }
        let firstTags = tags
        for index in words.indices {
          PartOfSpeechTagger.features(
            words, at: index, previous: index > 0 ? tags[index - 1] : -1,
            previous2: index > 1 ? tags[index - 2] : -1, into: &buffer)
          PartOfSpeechTagger.rightFeatures(
            firstTags, at: index, previous: index > 0 ? tags[index - 1] : -1,
            word: words[index], into: &buffer)
          second.score(buffer, into: &scores)
          let guess = Self.argmax(scores)
          second.update(buffer, truth: gold[index], guess: guess)
          second.tick()
          tags[index] = guess
          correct += guess == gold[index] ? 1 : 0
          total += 1
        }
      }
      let tagger = PartOfSpeechTagger(
        uposNames: upos, xposNames: xpos, firstPass: first.averaged(),
        secondPass: twoPass ? second.averaged() : nil, 
        lemmatizer: lemmatizer)
      best = tagger
      guard !dev.isEmpty else { continue }
      let score = Self.evaluate(tagger, on: dev)
      log(
        "tagger epoch \(epoch): train \(percent(correct, total))  dev UPOS \(percent(score.upos, score.words))"
          + "  XPOS \(percent(score.xpos, score.words))  lemma \(percent(score.lemma, score.words))"
          + "  features \(first.featureCount)+\(second.featureCount)")
    }
    return best ?? PartOfSpeechTagger(
      uposNames: upos, xposNames: xpos, firstPass: first.averaged(), secondPass: nil,
      lemmatizer: lemmatizer)
  }

  /// The tag-set index of each `UPOS<tab>XPOS` pair seen in `train`.
  func tagSet(_ train: [CoNLLUSentence]) -> [String: Int] {
    var names = Set<String>()
    for sentence in train { for word in sentence.words { names.insert(word.upos + "\t" + word.xpos) } }
    return Dictionary(uniqueKeysWithValues: names.sorted().enumerated().map { ($1, $0) })
  }

  /// The index of the highest score (the first on ties).
  static func argmax(_ scores: [Float]) -> Int {
    var best = 0
    for index in scores.indices where scores[index] > scores[best] { best = index }
    return best
  }

  /// Counts correct UPOS, XPOS and lemmas on gold-tokenized sentences.
  static func evaluate(
    _ tagger: PartOfSpeechTagger, on sentences: [CoNLLUSentence]
  ) -> (upos: Int, xpos: Int, lemma: Int, words: Int) {
    var upos = 0, xpos = 0, lemma = 0, words = 0
    for sentence in sentences {
      let predicted = tagger.predict(sentence.words.map { Substring($0.form) })
      for (word, prediction) in zip(sentence.words, predicted) {
        upos += word.upos == prediction.upos ? 1 : 0
        xpos += word.xpos == prediction.xpos ? 1 : 0
        lemma += word.lemma == prediction.lemma ? 1 : 0
        words += 1
      }
    }
    return (upos, xpos, lemma, words)
  }
}

/// A percentage with two decimals, for training logs.
func percent(_ part: Int, _ whole: Int) -> String {
  guard whole > 0 else { return "-" }
  let value = Double(part) * 100 / Double(whole)
  return String(Int((value * 100).rounded()) / 100) + "." + {
    let hundredths = Int((value * 100).rounded()) % 100
    return hundredths < 10 ? "0\(hundredths)" : "\(hundredths)"
  }()
}
