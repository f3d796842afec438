import ArgumentParser
import Foundation
import NewsExtraction

#if canImport(Glibc)
  import Glibc
#endif

extension NewsGraphCommand {
  /// `newsgraph bench`: speed measurements.
  struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Measure the speed of the NLP models.",
      subcommands: [NLP.self]
    )
  }
}

extension NewsGraphCommand.Bench {
  /// `newsgraph bench nlp DIR`: tokens per second of tag + parse + recognize.
  struct NLP: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "nlp",
      abstract: "Tokenize, tag, parse and recognize every .txt file under DIR on one core; report tokens/s.",
      discussion: """
        Tokenization here is a simple split on white space and punctuation, with
        sentences ending at . ! ? and blank lines. Run under `/usr/bin/time -v`
        (scripts/bench-nlp.sh) for the peak memory.
        """
    )

    /// The folder of text files.
    @Argument(help: "A folder of .txt files (searched recursively), e.g. ../shared/corpus/bbc.")
    var directory: String

    /// How many times to process the corpus.
    @Option(name: .long, help: "Passes over the corpus (the best is reported).")
    var repeats: Int = 1

    @OptionGroup var modelOptions: EvalModelOptions

    /// The CPU time this process has used, in seconds.
    static func cpuSeconds() -> Double {
      #if canImport(Glibc)
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
      #else
        return Date().timeIntervalSince1970
      #endif
    }

    func run() throws {
      let start = Date()
      let models = try modelOptions.load()
      let loadTime = Date().timeIntervalSince(start)
      var texts: [String] = []
      if let enumerator = FileManager.default.enumerator(atPath: directory) {
        var names: [String] = []
        for case let name as String in enumerator where name.hasSuffix(".txt") { names.append(name) }
        for name in names.sorted() {
          if let text = try? String(contentsOfFile: directory + "/" + name, encoding: .utf8) {
            texts.append(text)
          }
        }
      }
      var best = Double.infinity
      var bestCPU = Double.infinity
      var tokenizeBest = Double.infinity
      var tokens = 0
      var sentences = 0
      var entities = 0
      for _ in 0..<max(1, repeats) {
        tokens = 0
        sentences = 0
        entities = 0
        var tokenizeTime = 0.0
        let passStart = Date()
        let cpuStart = Self.cpuSeconds()
        for text in texts {
          let t0 = Date()
          let document = BenchTokenizer.sentences(text)
          tokenizeTime += Date().timeIntervalSince(t0)
          let analyses = models.analyze(document: document)
          for analysis in analyses {
            tokens += analysis.tags.count
            entities += analysis.entities.count
          }
          sentences += document.count
        }
        best = min(best, Date().timeIntervalSince(passStart))
        bestCPU = min(bestCPU, Self.cpuSeconds() - cpuStart)
        tokenizeBest = min(tokenizeBest, tokenizeTime)
      }
      func rate(_ seconds: Double) -> String { seconds > 0 ? String(Int(Double(tokens) / seconds)) : "-" }
      print("documents \(texts.count)  sentences \(sentences)  tokens \(tokens)  entities \(entities)")
      print(String(format: "model load %.0f ms", loadTime * 1000))
      print(models.summary)
      print("total \(String(format: "%.2f", best)) s  \(rate(best)) tokens/s (tokenize + tag + parse + recognize, one core)")
      print("CPU time \(String(format: "%.2f", bestCPU)) s  \(rate(bestCPU)) tokens per CPU second (wall-clock figures suffer when other jobs share the cores)")
      print("  tokenize alone \(rate(tokenizeBest)) tok/s; models alone \(rate(best - tokenizeBest)) tok/s")
    }
  }
}

/// The benchmark's stand-in tokenizer: white space and punctuation.
enum BenchTokenizer {
  /// Splits text into sentences of words.
  static func sentences(_ text: String) -> [[Substring]] {
    var result: [[Substring]] = []
    var current: [Substring] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.isEmpty, !current.isEmpty {
        result.append(current)
        current = []
      }
      for chunk in line.split(separator: " ") {
        var word = chunk[...]
        var trailing: [Substring] = []
        while let first = word.first, word.count > 1, "\"'([“‘".contains(first) {
          current.append(word.prefix(1))
          word = word.dropFirst()
        }
        while let last = word.last, word.count > 1, ".,;:!?\"')]”’".contains(last) {
          trailing.insert(word.suffix(1), at: 0)
          word = word.dropLast()
        }
        if word.count > 2, word.hasSuffix("'s") {
          current.append(word.dropLast(2))
          current.append(word.suffix(2))
        } else if word.count > 3, word.hasSuffix("n't") {
          current.append(word.dropLast(3))
          current.append(word.suffix(3))
        } else if !word.isEmpty {
          current.append(word)
        }
        for mark in trailing {
          current.append(mark)
          if mark == "." || mark == "!" || mark == "?" {
            result.append(current)
            current = []
          }
        }
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }
}
