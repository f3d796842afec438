import ArgumentParser
import Foundation
import NewsExtraction
import NLPModels
import NLPTraining

extension NewsGraphCommand {
  /// `newsgraph eval`: runs the shipped models on annotated data for the scorers.
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the NLP models on gold-tokenized data and print JSON Lines for the scorers.",
      discussion: """
        `eval gum` feeds ../shared/eval/eval_gum.py, `eval crossner` feeds
        ../shared/eval/eval_crossner.py. `eval coref` scores the coreference
        resolver itself on GUM dev (antecedent accuracy and B3).
        """,
      subcommands: [GUM.self, CrossNER.self, Coref.self]
    )
  }
}

/// The option that chooses which model files to evaluate.
struct EvalModelOptions: ParsableArguments {
  /// A folder of model files instead of the shipped ones.
  @Option(name: .long, help: "A folder with model files to use instead of the shipped models.")
  var models: String?

  /// Loads the chosen models, turning a model error into a message and exit code.
  func load() throws -> NLPModels {
    do {
      if let models { return try NLPModels(directory: URL(fileURLWithPath: models)) }
      return try NLPModels.loadShipped()
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      throw ExitCode.failure
    }
  }
}

/// Writes text to standard output in large blocks.
struct EvalOutput {
  private var text = ""

  /// Appends one line.
  mutating func line(_ value: String) {
    text += value
    text += "\n"
    if text.utf8.count > 1 << 20 { flush() }
  }

  /// Writes what is buffered.
  mutating func flush() {
    FileHandle.standardOutput.write(Data(text.utf8))
    text = ""
  }
}

extension NewsGraphCommand.Eval {
  /// `newsgraph eval gum`: one JSON object per GUM document.
  struct GUM: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "gum",
      abstract: "Tag, parse and recognize DIR/SPLIT/*.conllu on the gold words; print eval_gum.py input."
    )

    /// The GUM folder.
    @Option(name: .long, help: "The folder holding one subfolder of CoNLL-U files per split.")
    var data: String = "../shared/data/gum"

    /// The split subfolder.
    @Option(name: .long, help: "The split to read (a subfolder of --data), e.g. dev.")
    var split: String = "dev"

    @OptionGroup var modelOptions: EvalModelOptions

    func run() throws {
      let models = try modelOptions.load()
      let folder = URL(fileURLWithPath: data).appendingPathComponent(split)
      let documents: [CoNLLUDocument]
      do {
        documents = try CoNLLUReader.readDirectory(folder)
      } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode.failure
      }
      var output = EvalOutput()
      for document in documents {
        output.line(GUMEvaluation.jsonLine(document, GUMEvaluation.predict(document, models: models)))
      }
      output.flush()
    }
  }

  /// `newsgraph eval crossner`: one JSON object per CrossNER sentence.
  struct CrossNER: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "crossner",
      abstract: "Recognize entities in a CrossNER token<TAB>tag file; print eval_crossner.py input."
    )

    /// The CrossNER file.
    @Argument(help: "A CrossNER file: token<TAB>BIO-tag lines, blank line between sentences.")
    var file: String

    @OptionGroup var modelOptions: EvalModelOptions

    func run() throws {
      let models = try modelOptions.load()
      let sentences: [CrossNERSentence]
      do {
        sentences = try CrossNERReader.read(URL(fileURLWithPath: file))
      } catch {
        FileHandle.standardError.write(Data("error: \(error)\n".utf8))
        throw ExitCode.failure
      }
      var output = EvalOutput()
      for (index, sentence) in sentences.enumerated() {
        let spans = CrossNEREvaluation.predict(sentence.words, models: models)
        output.line(CrossNEREvaluation.jsonLine(index: index, words: sentence.words, spans: spans))
      }
      output.flush()
    }
  }
}
