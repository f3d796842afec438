import Foundation

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
    tagger = try PartOfSpeechTagger(contentsOf: directory.appendingPathComponent(Self.taggerFile))
    let parserURL = directory.appendingPathComponent(Self.parserFile)
    parser = try DependencyParser(contentsOf: parserURL)
    recognizer = try EntityRecognizer(
      contentsOf: directory.appendingPathComponent(Self.recognizerFile))
    guard parser.tagNames == tagger.tagNames else {
      throw .malformed(path: parserURL.path, reason: "trained with a different tagger; retrain all models together")
    }
  }

  /// Loads the models shipped inside the NewsExtraction module.
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

  /// Tags, parses and recognizes one sentence.
  ///
  /// - Parameter words: The sentence's words.
  /// - Returns: Tags, arcs and named spans for the sentence.
  public func analyze(_ words: [Substring]) -> (tags: [TagPrediction], arcs: [Arc], entities: [NamedSpan]) {
    let tags = tagger.predict(words)
    return (tags, parser.parse(words, tags: tags), recognizer.recognize(words, tags: tags))
  }
}
