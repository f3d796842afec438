import Foundation
import NLPCore

/// The trained models NewsGraph ships: tagger, parser and entity recognizer.
///
/// Load them once at start-up with ``loadShipped()`` (the files in the
/// module's `Resources/Models`) or ``init(directory:)`` (freshly trained
/// files), and pass the value to whatever needs it; it is immutable and
/// `Sendable`, so one instance serves all threads.
public struct NLPModels: Sendable {
  /// The tagger model's file name.
  public static let taggerFile = "tagger.ngm"
  /// The parser model's file name.
  public static let parserFile = "parser.ngm"
  /// The entity recognizer model's file name.
  public static let recognizerFile = "recognizer.ngm"

  /// The part-of-speech tagger and lemmatizer.
  public let tagger: PartOfSpeechTagger
  /// The dependency parser.
  public let parser: DependencyParser
  /// The named-entity recognizer.
  public let recognizer: EntityRecognizer

  /// Bundles loaded models.
  ///
  /// - Parameters:
  ///   - tagger: The tagger.
  ///   - parser: A parser trained on this tagger's tag set.
  ///   - recognizer: The recognizer.
  public init(tagger: PartOfSpeechTagger, parser: DependencyParser, recognizer: EntityRecognizer) {
    self.tagger = tagger
    self.parser = parser
    self.recognizer = recognizer
  }

  /// Loads the models from a folder.
  ///
  /// - Parameter directory: A folder with the model files.
  /// - Throws: ``ModelError`` naming the first file that is missing,
  ///   corrupt, of another format version, or trained with another tagger.
  public init(directory: URL) throws(ModelError) {
    // The three files are independent: read them on parallel threads.
    let parserURL = directory.appendingPathComponent(Self.parserFile)
    let results = LoadResults()
    DispatchQueue.concurrentPerform(iterations: 3) { index in
      switch index {
      case 0:
        let result = Result { () throws(ModelError) in
          try PartOfSpeechTagger(contentsOf: directory.appendingPathComponent(Self.taggerFile))
        }
        results.set { $0.tagger = result }
      case 1:
        let result = Result { () throws(ModelError) in try DependencyParser(contentsOf: parserURL) }
        results.set { $0.parser = result }
      default:
        let result = Result { () throws(ModelError) in
          try EntityRecognizer(contentsOf: directory.appendingPathComponent(Self.recognizerFile))
        }
        results.set { $0.recognizer = result }
      }
    }
    let loaded = results.values
    guard let tagger = loaded.tagger, let parser = loaded.parser, let recognizer = loaded.recognizer else {
      throw .unreadable(path: directory.path, reason: "model loading did not finish")
    }
    self.tagger = try tagger.get()
    self.parser = try parser.get()
    self.recognizer = try recognizer.get()
    guard self.parser.tagNames == self.tagger.tagNames else {
      throw .malformed(path: parserURL.path, reason: "trained with a different tagger; retrain all models together")
    }
  }

  /// Loads the models shipped inside the NLPModels module.
  ///
  /// - Returns: The shipped models.
  /// - Throws: ``ModelError`` if the bundle lacks them or they are corrupt.
  public static func loadShipped() throws(ModelError) -> NLPModels {
    try NLPModels(directory: shippedDirectory)
  }

  /// The folder of the shipped model files inside the module's resources.
  public static var shippedDirectory: URL {
    let bundle = Bundle.module
    var candidates = [bundle.bundleURL.appendingPathComponent("Resources/Models")]
    if let resources = bundle.resourceURL {
      candidates.append(resources.appendingPathComponent("Models"))
      candidates.append(resources.appendingPathComponent("Resources/Models"))
    }
    return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
  }

  /// Feature and entry counts of each weight table, for reports.
  package var summary: String {
    func describe(_ name: String, _ table: WeightTable) -> String {
      "\(name) \(table.keys.count) features \(table.entries.count) weights"
    }
    func describe(_ name: String, _ size: (features: Int, weights: Int)) -> String {
      "\(name) \(size.features) features \(size.weights) weights"
    }
    let k = tagger.classCount
    var parts = [describe("tagger", tagger.scoring.size(of: 0..<k))]
    if tagger.passScales.count > 1 { parts.append(describe("tagger pass 2", tagger.scoring.size(of: k..<(2 * k)))) }
    parts.append(describe("parser transitions", parser.transitions))
    parts.append(describe("parser labels", parser.labeller))
    if let corrector = parser.corrector { parts.append(describe("parser corrector", corrector.weights)) }
    parts.append(describe("recognizer", recognizer.weights))
    return parts.joined(separator: ", ")
  }

  /// Tags, parses and recognizes one sentence.
  ///
  /// The same as calling the three models in turn, but each word's
  /// features are computed once.
  /// - Parameter words: The sentence's words.
  /// - Returns: Tags, arcs and named spans for the sentence.
  public func analyze(_ words: [Substring]) -> SentenceAnalysis {
    var timer = NoAnalysisTimer()
    return analyze(sentences: [words], timer: &timer)[0]
  }

  /// Tags, parses and recognizes the sentences of one document, timing
  /// each stage.
  ///
  /// Runs one model over every sentence before the next model starts, so
  /// that each model's weights stay in the processor's caches while it
  /// works (interleaving the three models sentence by sentence is about 4%
  /// slower on news). Each sentence's results are those of analysing it
  /// alone: sentences never see each other here.
  /// - Parameters:
  ///   - sentences: The sentences, each an array of words.
  ///   - timer: Told when each stage ends (once per stage for all sentences).
  /// - Returns: One analysis per sentence, in order.
  package func analyze<Timer: AnalysisTimer>(sentences: [[Substring]], timer: inout Timer) -> [SentenceAnalysis] {
    let features = sentences.map { $0.map { WordFeatures($0) } }
    timer.lap(.features)
    let classes = features.map { tagger.predictTags($0) }
    timer.lap(.tag)
    let tags = sentences.indices.map { tagger.predictions(sentences[$0], features: features[$0], tags: classes[$0]) }
    timer.lap(.lemmatize)
    let arcs = parser.parse(sentences: features, tags: classes)
    timer.lap(.parse)
    let xposHashes = tagger.xposHashes
    var analyses: [SentenceAnalysis] = []
    analyses.reserveCapacity(sentences.count)
    for index in sentences.indices {
      let input = RecognizerInput(
        words: sentences[index], features: features[index], tagHashes: classes[index].map { xposHashes[$0] },
        gazetteer: recognizer.gazetteer)
      let entities = EntityRecognizer.spans(recognizer.decode(input))
      analyses.append(SentenceAnalysis(tags: tags[index], arcs: arcs[index], entities: entities))
    }
    timer.lap(.recognize)
    return analyses
  }

  /// Analyses a document, with document-level consistency of entities.
  ///
  /// - Parameter document: The document's sentences, each an array of words.
  /// - Returns: One analysis per sentence, in order.
  public func analyze(document: [[Substring]]) -> [SentenceAnalysis] {
    var timer = NoAnalysisTimer()
    return analyze(document: document, timer: &timer)
  }

  /// Analyses a document like ``analyze(document:)``, timing each stage
  /// (the consistency of names counts as recognition).
  package func analyze<Timer: AnalysisTimer>(document: [[Substring]], timer: inout Timer) -> [SentenceAnalysis] {
    let sentences = analyze(sentences: document, timer: &timer)
    let consistent = DocumentConsistency.apply(
      sentences.map(\.entities), document: document, tags: sentences.map(\.tags))
    timer.lap(.recognize)
    return zip(sentences, consistent).map {
      SentenceAnalysis(tags: $0.tags, arcs: $0.arcs, entities: $1)
    }
  }
}

/// The results of loading the three model files on parallel threads.
private final class LoadResults: @unchecked Sendable {
  /// What each thread produced.
  struct Values {
    var tagger: Result<PartOfSpeechTagger, ModelError>?
    var parser: Result<DependencyParser, ModelError>?
    var recognizer: Result<EntityRecognizer, ModelError>?
  }

  /// Guards `storage`.
  private let lock = NSLock()
  /// The results so far.
  private var storage = Values()

  /// Records a result.
  func set(_ update: (inout Values) -> Void) {
    lock.lock()
    defer { lock.unlock() }
    update(&storage)
  }

  /// The results, once all threads are done.
  var values: Values {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}

/// The analysis of one sentence: tags, dependency arcs and named entities.
public struct SentenceAnalysis: Sendable, Equatable {
  /// One tag prediction per word.
  public let tags: [TagPrediction]
  /// One arc per word; exactly one has a `nil` head.
  public let arcs: [Arc]
  /// Named entity spans, in order, not overlapping.
  public let entities: [NamedSpan]

  /// Creates an analysis.
  ///
  /// - Parameters:
  ///   - tags: The tags.
  ///   - arcs: The arcs.
  ///   - entities: The spans.
  public init(tags: [TagPrediction], arcs: [Arc], entities: [NamedSpan]) {
    self.tags = tags
    self.arcs = arcs
    self.entities = entities
  }
}
