import ArgumentParser
import Foundation
import NewsExtraction
import NLPTraining

extension NewsGraphCommand {
  /// `newsgraph train`: trains the tagger, parser, entity recognizer and pronoun resolver.
  struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Train the part-of-speech tagger, dependency parser, entity recognizer and pronoun resolver on GUM.",
      discussion: """
        Reads the licence-clean genres of DATA/train (never `conversation`) and
        reports per-epoch scores on DATA/dev. The entity recognizer also learns
        from CrossNER politics when its training file is found. Training is
        deterministic for a given seed.
        """
    )

    /// The GUM folder with `train/` and `dev/` subfolders.
    @Option(name: .long, help: "The GUM folder with train/ and dev/ of CoNLL-U files.")
    var data: String = "../shared/data/gum"

    /// Where to write the model files.
    @Option(name: .long, help: "The folder to write the model files to.")
    var output: String = "Sources/NLPModels/Resources/Models"

    /// The CrossNER politics training file.
    @Option(name: .long, help: "CrossNER politics train.txt (default: DATA/../crossner_politics/train.txt if present; 'none' to skip).")
    var crossner: String?

    /// The random seed.
    @Option(name: .long, help: "The random seed.")
    var seed: UInt64 = 1

    /// Folds of a coreference cross-validation on the training split.
    @Option(name: .long, help: "Also report a k-fold cross-validation of the coreference resolver on train (0: none).")
    var corefFolds = 0

    /// Which models to train.
    @Option(name: .long, parsing: .upToNextOption, help: "Models to train: tagger parser ner coref (default: all).")
    var only: [String] = []

    func validate() throws {
      for name in only where !["tagger", "parser", "ner", "coref"].contains(name) {
        throw ValidationError("unknown model '\(name)'; use tagger, parser, ner or coref")
      }
    }

    func run() throws {
      let dataURL = URL(fileURLWithPath: data)
      var trainer = NLPTrainer(gumDirectory: dataURL, outputDirectory: URL(fileURLWithPath: output))
      trainer.seed = seed
      trainer.corefFolds = corefFolds
      if !only.isEmpty { trainer.components = Set(only) }
      if let crossner {
        trainer.crossNERTrain = crossner == "none" ? nil : URL(fileURLWithPath: crossner)
      } else {
        let candidate = dataURL.deletingLastPathComponent()
          .appendingPathComponent("crossner_politics/train.txt")
        if FileManager.default.fileExists(atPath: candidate.path) { trainer.crossNERTrain = candidate }
      }
      do {
        try trainer.run { line in
          FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
      } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode.failure
      }
    }
  }
}
