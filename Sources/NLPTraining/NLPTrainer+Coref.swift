import Foundation
import NLPModels

extension NLPTrainer {
  /// Reads GUM's coreference layer: licence-clean training documents and all
  /// development documents, as resolver examples.
  ///
  /// - Returns: The training and development examples.
  /// - Throws: ``ModelError/invalidData(path:reason:)`` if a split is missing or malformed.
  package func loadCoreference() throws(ModelError) -> (train: [CorefTrainer.Example], dev: [CorefTrainer.Example]) {
    let train = try CorefReader.readDirectory(gumDirectory.appendingPathComponent("train"))
      .filter { Self.licenceCleanGenres.contains($0.genre) }
    let dev = try CorefReader.readDirectory(gumDirectory.appendingPathComponent("dev"))
    guard !train.isEmpty else {
      throw .invalidData(path: gumDirectory.path, reason: "no licence-clean .coref.conll files in train/")
    }
    return (train.map(CorefMentions.build), dev.map(CorefMentions.build))
  }

  /// Trains the coreference resolver, reports its dev figures and writes it.
  ///
  /// - Parameter log: Receives progress lines.
  /// - Throws: ``ModelError`` if data cannot be read or the model cannot be written.
  func trainCoreference(log: (String) -> Void) throws(ModelError) {
    let (train, dev) = try loadCoreference()
    log("coref: \(train.count) training documents, \(dev.count) development documents")
    var trainer = CorefTrainer()
    trainer.seed = seed
    let resolver = trainer.train(train, log: log)
    for clustering in CorefEvaluation.NameClustering.allCases {
      let (model, baseline) = CorefEvaluation.evaluate(dev, resolver: resolver, clustering: clustering)
      log("coref dev (\(clustering.rawValue) names) model:    \(model.summary)")
      log("coref dev (\(clustering.rawValue) names) baseline: \(baseline.summary)")
    }
    let url = outputDirectory.appendingPathComponent(CoreferenceResolver.file)
    try resolver.save(to: url)
    log("wrote \(url.path)")
  }
}
