import ArgumentParser
import Foundation
import NewsExtraction
import NLPCore
import Lexicon
import NLPModels

extension NewsGraphCommand {
  /// `newsgraph bench`: speed measurements.
  struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Measure the speed of the NLP models and of the graph readers.",
      subcommands: [NLP.self, Read.self]
    )
  }
}

extension NewsGraphCommand.Bench {
  /// `newsgraph bench nlp DIR`: tokens per second of the model pipeline.
  struct NLP: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "nlp",
      abstract: "Tokenize, tag, parse and recognize every .txt file under DIR on one core; report tokens/s.",
      discussion: """
        Runs exactly the analysis of `newsgraph extract --names models` before
        extraction: Tokenizer, SentenceSplitter and ModelAnnotator, one document
        at a time on one thread. Reports tokens per CPU second (the headline
        figure), tokens per wall-clock second, and the CPU seconds of each stage.
        With --extract, also runs the extraction that `newsgraph extract` does
        after the analysis (mentions, entities, quotes, statements, relations)
        and reports how much it adds to the analysis time per token.
        Run under `/usr/bin/time -v` (scripts/bench-nlp.sh) for the peak memory.
        """
    )

    /// The folder of text files.
    @Argument(help: "A folder of .txt files (searched recursively), e.g. ../shared/corpus/bbc.")
    var directory: String

    /// How many times to process the corpus.
    @Option(name: .long, help: "Passes over the corpus (the fastest is reported).")
    var repeats: Int = 1

    /// Whether to also run statement, relation and entity extraction.
    @Flag(
      name: .long,
      help: "Also run the extraction (mentions, entities, statements, relations) after the analysis and report its share.")
    var extract = false

    @OptionGroup var modelOptions: EvalModelOptions

    /// The texts under `directory`, with their file names, in name order.
    func readTexts() -> [(name: String, text: String)] {
      var names: [String] = []
      if let enumerator = FileManager.default.enumerator(atPath: directory) {
        for case let name as String in enumerator where name.hasSuffix(".txt") { names.append(name) }
      }
      return names.sorted().compactMap { name in
        (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)).map { (name, $0) }
      }
    }

    func run() throws {
      let start = Date()
      let models = try modelOptions.load()
      let loadTime = Date().timeIntervalSince(start)
      let texts = readTexts()
      let tokenizer = Tokenizer()
      let splitter = SentenceSplitter()
      let annotator = ModelAnnotator(models: models)
      let extractor = extract ? Extractor(lexicon: try Lexicon.loadShipped(), pipeline: .annotating(with: models)) : nil
      // Exactly the analysis of `extract --names models`, with `timer`
      // told when each stage ends.
      func analyse<Timer: AnalysisTimer>(_ name: String, _ text: String, timer: inout Timer) throws -> Document {
        var document = Document(id: name, text: text)
        try tokenizer.process(&document)
        try splitter.process(&document)
        timer.lap(.tokenize)
        try annotator.process(&document, timer: &timer)
        return document
      }
      var best: (cpu: Double, wall: Double, extraction: Double)?
      var counts = (tokens: 0, sentences: 0, entities: 0)
      // Timed passes: the analysis exactly as `extract` runs it, with no
      // per-stage clock, so the headline and the extraction share carry no
      // timing overhead.
      for _ in 0..<max(1, repeats) {
        counts = (0, 0, 0)
        let wallStart = Date()
        var cpu = 0.0
        var extraction = 0.0
        for (name, text) in texts {
          let analysisStart = AnalysisClock.now()
          var noTimer = NoAnalysisTimer()
          let document = try analyse(name, text, timer: &noTimer)
          let analysisEnd = AnalysisClock.now()
          cpu += analysisEnd - analysisStart
          counts.tokens += document.tokenCount
          counts.sentences += document.sentenceTable.count
          counts.entities += document.namedEntityTable.count
          if let extractor {
            _ = extractor.extract(DocumentInfo(id: name), document: document)
            extraction += AnalysisClock.now() - analysisEnd
          }
        }
        let wall = Date().timeIntervalSince(wallStart)
        if best.map({ cpu < $0.cpu }) ?? true { best = (cpu, wall, extraction) }
      }
      // One more pass for the breakdown: a clock read at the end of every
      // stage of every document costs a little, so it is kept out of the
      // figures above.
      var clock = AnalysisClock()
      for (name, text) in texts {
        clock.restart()
        _ = try analyse(name, text, timer: &clock)
      }
      guard let best else { return }
      let tokens = Double(counts.tokens)
      func rate(_ seconds: Double) -> String { seconds > 0 ? String(Int(tokens / seconds)) : "-" }
      print("documents \(texts.count)  sentences \(counts.sentences)  tokens \(counts.tokens)  entities \(counts.entities)")
      print(String(format: "model load %.0f ms", loadTime * 1000))
      print(models.summary)
      print(
        "\(rate(best.cpu)) tokens/s: CPU time \(String(format: "%.2f", best.cpu)) s "
          + "(Tokenizer + SentenceSplitter + ModelAnnotator, one thread)")
      print(
        "wall clock \(String(format: "%.2f", best.wall)) s  \(rate(best.wall)) tokens/s "
          + (extractor == nil ? "" : "including extraction ") + "(lower when other jobs share the cores)")
      let stages = AnalysisStage.allCases.map { stage in
        "\(stage) \(String(format: "%.2f", clock[stage])) s (\(rate(clock[stage])) tok/s)"
      }
      print("  CPU seconds per stage (a separate pass with a clock read after each stage): " + stages.joined(separator: ", "))
      if extractor != nil {
        print(
          "extraction (mentions, entities, statements, relations): CPU time "
            + String(format: "%.2f s, %.1f%% of the analysis time per token", best.extraction, 100 * best.extraction / best.cpu))
      }
    }
  }
}
