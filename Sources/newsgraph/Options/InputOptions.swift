import ArgumentParser
import NewsGraphBuild

/// The documents to read, shared by `build` and `extract`.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files, folders (read recursively for .txt and .md) or - for standard input.",
      valueName: "path"))
  var paths: [String] = []

  @Option(help: "The largest single document to read, in megabytes (each JSON line is one document).")
  var maxMegabytes: Int = 16

  @Option(
    help: ArgumentHelp(
      "How to find names: models (trained tagger, parser and recognizer, with the word lists) or rules (word lists and capitalisation only: faster, fewer names typed right).",
      valueName: "finder"))
  var names: NameFinder = .models

  @Option(help: "How many documents to extract at once (default: one per core). Output is the same for any number.")
  var jobs: Int?

  @Option(
    help: ArgumentHelp(
      "The longest one document may take, in seconds (0: no limit). A document past it is skipped and reported; the others go on.",
      valueName: "seconds"))
  var documentTimeout: Double = 30

  func validate() throws {
    guard maxMegabytes > 0 else { throw ValidationError("--max-megabytes must be positive.") }
    guard documentTimeout >= 0, documentTimeout.isFinite else {
      throw ValidationError("--document-timeout must be 0 (no limit) or a number of seconds.")
    }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
  }
}

extension NameFinder: ExpressibleByArgument {}
