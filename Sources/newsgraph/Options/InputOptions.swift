import ArgumentParser

/// The documents to read, shared by `build` and `extract`.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Files, folders (read recursively for .txt and .md) or - for standard input.",
      valueName: "path"))
  var paths: [String] = []

  @Option(help: "The largest single document to read, in megabytes.")
  var maxMegabytes: Int = 16

  func validate() throws {
    guard maxMegabytes > 0 else { throw ValidationError("--max-megabytes must be positive.") }
  }
}
