import Foundation
import NLPModels
import Lexicon

/// Trains all shipped models from GUM (and optionally CrossNER) and saves them.
///
/// Only GUM genres whose texts may be used to train a shipped model are read
/// from the training split (``licenceCleanGenres``): `conversation` (Santa
/// Barbara corpus, no-derivatives licence) and any unknown genre are skipped.
/// The development split is only used for the per-epoch scores. Training is
/// deterministic for a given seed.
package struct NLPTrainer {
  /// GUM genres whose texts allow training a redistributed model.
  package static let licenceCleanGenres: Set<String> = [
    "academic", "bio", "court", "interview", "news", "speech", "textbook", "vlog", "voyage",
  ]

  /// The GUM folder with `train/` and `dev/`.
  package var gumDirectory: URL
  /// The CrossNER politics training file, if any.
  package var crossNERTrain: URL?
  /// The folder the model files are written to.
  package var outputDirectory: URL
  /// The random seed.
  package var seed: UInt64 = 1
  /// The Lexicon folder for gazetteer features (default: the Lexicon module's own).
  package var lexiconDirectory: URL?
  /// The WordNet database whose place names join the gazetteer (Debian's
  /// `wordnet-base`); training goes on without them if it is missing.
  package var wordNetDirectory = URL(fileURLWithPath: "/usr/share/wordnet")
  /// Which models to train: any of `tagger`, `parser`, `ner`, `coref`.
  package var components: Set<String> = ["tagger", "parser", "ner", "coref"]
  /// Folds of a cross-validation of the coreference resolver on the
  /// training documents (reported only; 0 or 1 skips it).
  package var corefFolds = 0

  /// Creates a trainer.
  ///
  /// - Parameters:
  ///   - gumDirectory: The GUM folder with `train/` and `dev/`.
  ///   - outputDirectory: Where to write the model files.
  package init(gumDirectory: URL, outputDirectory: URL) {
    self.gumDirectory = gumDirectory
    self.outputDirectory = outputDirectory
  }

  /// Reads the licence-clean training documents and all development documents.
  ///
  /// - Returns: The training and development documents.
  /// - Throws: ``ModelError/invalidData(path:reason:)`` if a split is missing.
  package func loadGUM() throws(ModelError) -> (train: [CoNLLUDocument], dev: [CoNLLUDocument]) {
    let train = try CoNLLUReader.readDirectory(gumDirectory.appendingPathComponent("train"))
      .filter { Self.licenceCleanGenres.contains($0.genre) }
    let dev = try CoNLLUReader.readDirectory(gumDirectory.appendingPathComponent("dev"))
    guard !train.isEmpty else {
      throw .invalidData(path: gumDirectory.path, reason: "no licence-clean training documents in train/")
    }
    return (train, dev)
  }

  /// Trains the selected models and writes them to ``outputDirectory``.
  ///
  /// - Parameter log: Receives progress lines (per-epoch scores).
  /// - Throws: ``ModelError`` if data cannot be read or models cannot be written.
  package func run(log: (String) -> Void) throws(ModelError) {
    let (train, dev) = try loadGUM()
    let trainSentences = train.flatMap(\.sentences)
    let devSentences = dev.flatMap(\.sentences)
    log(
      "GUM: \(train.count) training documents (\(trainSentences.reduce(0) { $0 + $1.words.count }) words, genres "
        + Set(train.map(\.genre)).sorted().joined(separator: ",")
        + "), \(dev.count) development documents")
    do {
      try FileManager.default.createDirectory(at: outputDirectory, withIntermediateDirectories: true)
    } catch {
      throw .unwritable(path: outputDirectory.path, reason: error.localizedDescription)
    }
    if components.contains("coref") { try trainCoreference(log: log) }
    if components.isDisjoint(with: ["tagger", "parser", "ner"]) { return }
    let taggerURL = outputDirectory.appendingPathComponent(NLPModels.taggerFile)
    let tagger: PartOfSpeechTagger
    if components.contains("tagger") {
      var trainer = TaggerTrainer()
      trainer.seed = seed
      tagger = trainer.train(trainSentences, dev: devSentences, log: log)
      try tagger.save(to: taggerURL)
      log("wrote \(taggerURL.path)")
    } else {
      tagger = try PartOfSpeechTagger(contentsOf: taggerURL)
    }
    let trainTags = components.isDisjoint(with: ["parser", "ner"]) ? [] : jackknifedTags(trainSentences, log: log)
    let parserURL = outputDirectory.appendingPathComponent(NLPModels.parserFile)
    if components.contains("parser") {
      var trainer = ParserTrainer()
      trainer.seed = seed
      let parser = trainer.train(
        trainSentences, trainTags: trainTags, dev: devSentences, tagger: tagger, log: log)
      try parser.save(to: parserURL)
      log("wrote \(parserURL.path)")
    }
    if components.contains("ner") {
      let recognizer = try trainRecognizer(
        train: trainSentences, trainTags: trainTags, dev: dev, tagger: tagger, log: log)
      let url = outputDirectory.appendingPathComponent(NLPModels.recognizerFile)
      try recognizer.save(to: url)
      log("wrote \(url.path)")
    }
  }

  /// Trains the entity recognizer on GUM and, if given, CrossNER.
  func trainRecognizer(
    train: [CoNLLUSentence], trainTags: [[Int]], dev: [CoNLLUDocument],
    tagger: PartOfSpeechTagger, log: (String) -> Void
  ) throws(ModelError) -> EntityRecognizer {
    var examples: [RecognizerTrainer.Example] = []
    let names = TaggerTrainer().tagSet(train).sorted { $0.value < $1.value }.map(\.key)
    for (sentence, tags) in zip(train, trainTags) {
      examples.append(
        RecognizerTrainer.Example(
          words: sentence.words.map(\.form),
          xpos: tags.map { String(names[$0].split(separator: "\t", omittingEmptySubsequences: false).last ?? "") },
          gold: RecognizerTrainer.goldTags(sentence)))
    }
    var crossDev: [CrossNERSentence] = []
    if let crossNERTrain {
      let sentences = try CrossNERReader.read(crossNERTrain)
      for sentence in sentences {
        let tags = tagger.predict(sentence.words.map { Substring($0) })
        examples.append(
          RecognizerTrainer.Example(
            words: sentence.words, xpos: tags.map(\.xpos), gold: RecognizerTrainer.goldTags(sentence)))
      }
      let devURL = crossNERTrain.deletingLastPathComponent().appendingPathComponent("dev.txt")
      crossDev = (try? CrossNERReader.read(devURL)) ?? []
      log("CrossNER: \(sentences.count) training sentences, \(crossDev.count) development sentences")
    }
    let lexicon = lexiconDirectory ?? Lexicon.shippedDirectory ?? URL(fileURLWithPath: "Lexicon")
    var entries = Gazetteer.entries(fromLexicon: lexicon)
    log("gazetteer: \(entries.count) names from \(lexicon.path)")
    let places = Gazetteer.entries(fromWordNet: wordNetDirectory)
    log("gazetteer: \(places.count) place names from WordNet in \(wordNetDirectory.path)"
      + (places.isEmpty ? " (missing: install wordnet-base, scripts/setup.sh does)" : ""))
    entries += places
    let gazetteer = Gazetteer(entries: entries)
    let devWords = dev.map { $0.sentences.map { $0.words.map { Substring($0.form) } } }
    let devTags = devWords.map { $0.map { tagger.predict($0) } }
    let crossWords = crossDev.map { $0.words.map { Substring($0) } }
    let crossTags = crossWords.map { tagger.predict($0) }
    var trainer = RecognizerTrainer()
    trainer.seed = seed
    return trainer.train(examples, gazetteer: gazetteer, evaluate: { recognizer in
      let predicted = zip(devWords, devTags).map { recognizer.recognize(document: $0, tags: $1) }
      let (exact, head) = GUMEvaluation.nerScores(dev, predicted)
      var line = "dev exact F1 \(String(format: "%.2f", exact))  head F1 \(String(format: "%.2f", head))"
      if !crossDev.isEmpty {
        let spans = zip(crossDev, zip(crossWords, crossTags)).map { sentence, input in
          recognizer.recognize(input.0, tags: input.1).compactMap { CrossNEREvaluation.trim($0, words: sentence.words) }
        }
        line += "  CrossNER dev F1 \(String(format: "%.2f", CrossNEREvaluation.microF1(crossDev, spans)))"
      }
      return line
    }, log: log)
  }

  /// Tags each training sentence with a tagger trained on the other folds,
  /// so the parser learns from tags as noisy as it will see.
  ///
  /// - Parameters:
  ///   - sentences: The training sentences.
  ///   - folds: The number of folds.
  ///   - log: Receives one line per fold.
  /// - Returns: Predicted tag classes per sentence, in the tagger's tag set.
  func jackknifedTags(
    _ sentences: [CoNLLUSentence], folds: Int = 4,
    log: (String) -> Void
  ) -> [[Int]] {
    var result = [[Int]](repeating: [], count: sentences.count)
    let full = TaggerTrainer().tagSet(sentences)
    for fold in 0..<folds {
      let heldOut = sentences.indices.filter { $0 % folds == fold }
      let rest = sentences.indices.filter { $0 % folds != fold }.map { sentences[$0] }
      var trainer = TaggerTrainer()
      trainer.seed = seed &+ UInt64(fold) &+ 100
      trainer.epochs = 8
      let tagger = trainer.train(rest, dev: [], log: { _ in })
      for index in heldOut {
        let tags = tagger.predictTags(sentences[index].words.map { WordFeatures($0.form) })
        result[index] = tags.map { full[tagger.uposNames[$0] + "\t" + tagger.xposNames[$0]] ?? 0 }
      }
      log("jackknife fold \(fold + 1)/\(folds) tagged \(heldOut.count) sentences")
    }
    return result
  }
}
