import Foundation
import NLPModels

extension NLPTrainer {
  /// Reads GUM's coreference layer: licence-clean training documents and all
  /// development documents, as resolver examples.
  ///
  /// - Returns: The training and development documents.
  /// - Throws: ``ModelError/invalidData(path:reason:)`` if a split is missing or malformed.
  package func loadCoreference() throws(ModelError) -> (train: [CorefDocument], dev: [CorefDocument]) {
    let train = try CorefReader.readDirectory(gumDirectory.appendingPathComponent("train"))
      .filter { Self.licenceCleanGenres.contains($0.genre) }
    let dev = try CorefReader.readDirectory(gumDirectory.appendingPathComponent("dev"))
    guard !train.isEmpty else {
      throw .invalidData(path: gumDirectory.path, reason: "no licence-clean .coref.conll files in train/")
    }
    return (train, dev)
  }

  /// Trains the coreference resolver, reports its dev figures and writes it.
  ///
  /// - Parameter log: Receives progress lines.
  /// - Throws: ``ModelError`` if data cannot be read or the model cannot be written.
  func trainCoreference(log: (String) -> Void) throws(ModelError) {
    let (trainDocuments, devDocuments) = try loadCoreference()
    let train = trainDocuments.map(CorefMentions.build)
    let dev = devDocuments.map(CorefMentions.build)
    let nounTypes = CorefNounTypes.learn(trainDocuments.flatMap(CorefMentions.nounTypePairs))
    log("coref: \(train.count) training documents, \(dev.count) development documents, \(nounTypes.types.count) typed nouns")
    var trainer = CorefTrainer()
    trainer.seed = seed
    let resolver = trainer.train(train, nounTypes: nounTypes, log: log)
    for clustering in CorefEvaluation.NameClustering.allCases {
      let (model, baseline) = CorefEvaluation.evaluate(dev, resolver: resolver, clustering: clustering)
      log("coref dev (\(clustering.rawValue) names) model:    \(model.summary)")
      log("coref dev (\(clustering.rawValue) names) baseline: \(baseline.summary)")
    }
    if corefFolds > 1 { log("coref \(corefFolds)-fold cross-validation on train: " + crossValidate(trainDocuments)) }
    let url = outputDirectory.appendingPathComponent(CoreferenceResolver.file)
    try resolver.save(to: url)
    log("wrote \(url.path)")
  }

  /// Antecedent accuracy of the resolver and the baseline by k-fold
  /// cross-validation over the training documents (gold names): a steadier
  /// figure than the small dev split for choosing features.
  func crossValidate(_ documents: [CorefDocument]) -> String {
    var model = CorefEvaluation.Score()
    var baseline = CorefEvaluation.Score()
    for fold in 0..<corefFolds {
      let heldOut = documents.indices.filter { $0 % corefFolds == fold }.map { CorefMentions.build(documents[$0]) }
      let rest = documents.indices.filter { $0 % corefFolds != fold }.map { documents[$0] }
      var trainer = CorefTrainer()
      trainer.seed = seed
      let nounTypes = CorefNounTypes.learn(rest.flatMap(CorefMentions.nounTypePairs))
      let resolver = trainer.train(rest.map(CorefMentions.build), nounTypes: nounTypes)
      let (foldModel, foldBaseline) = CorefEvaluation.evaluate(heldOut, resolver: resolver, clustering: .gold)
      model.merge(foldModel)
      baseline.merge(foldBaseline)
    }
    return "model \(model.summary); baseline \(baseline.summary)"
  }
}
