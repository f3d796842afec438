import ArgumentParser
import Foundation
import NLPModels
import NLPTraining

extension NewsGraphCommand.Eval {
  /// `newsgraph eval coref`: the pronoun resolver's figures on GUM's coreference layer.
  struct Coref: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "coref",
      abstract: "Score the coreference resolver on DIR/SPLIT/*.coref.conll gold mentions (accuracy, B3).",
      discussion: """
        For third-person pronouns with an earlier mention of their chain:
        antecedent accuracy (the chosen antecedent is in the gold chain).
        B3 F1 over all gold mentions, with the other mentions clustered by
        their gold chains ("gold names") or by equal text ("exactText names").
        Each line compares the model with the nearest agreeing mention.
        """
    )

    /// The GUM folder.
    @Option(name: .long, help: "The folder holding one subfolder of GUM files per split.")
    var data: String = "../shared/data/gum"

    /// The split subfolder.
    @Option(name: .long, help: "The split to read (a subfolder of --data), e.g. dev.")
    var split: String = "dev"

    /// A model file instead of the shipped one.
    @Option(name: .long, help: "A coref.ngm to use instead of the shipped one.")
    var model: String?

    /// Whether to list the wrongly resolved pronouns instead of the figures.
    @Flag(name: .long, help: "List the anaphoric pronouns resolved wrongly (gold names), with their sentence.")
    var misses = false

    func run() throws {
      do {
        let resolver = try model.map { path throws(ModelError) in
          try CoreferenceResolver(contentsOf: URL(fileURLWithPath: path))
        } ?? CoreferenceResolver.loadShipped()
        let folder = URL(fileURLWithPath: data).appendingPathComponent(split)
        let documents = try CorefReader.readDirectory(folder).map(CorefMentions.build)
        if misses {
          for line in CorefEvaluation.misses(try CorefReader.readDirectory(folder), resolver: resolver) { print(line) }
          return
        }
        for clustering in CorefEvaluation.NameClustering.allCases {
          let (model, baseline) = CorefEvaluation.evaluate(documents, resolver: resolver, clustering: clustering)
          print("\(split) (\(clustering.rawValue) names) model:    \(model.summary)")
          print("\(split) (\(clustering.rawValue) names) baseline: \(baseline.summary)")
        }
      } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode.failure
      }
    }
  }
}
