import ArgumentParser
import NewsGraphBuild

extension ExtractionWorker.Answer: ExpressibleByArgument {}

extension NewsGraphCommand {
  /// `newsgraph worker`: one extraction worker process, started by `build`
  /// and `extract` (not for direct use; hidden from help).
  struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract documents sent as JSON lines on standard input (used by build and extract).",
      shouldDisplay: false)

    @Option(help: ArgumentHelp("How to find names: models or rules.", valueName: "finder"))
    var names: NameFinder = .models

    @Option(help: ArgumentHelp("The form of the answers: json or packed.", valueName: "form"))
    var answer: ExtractionWorker.Answer = .json

    func run() throws {
      let worker: ExtractionWorker
      do {
        worker = try ExtractionWorker(names: names, answer: answer)
      } catch {
        Console.error("\(error)")
        throw ExitCode.failure
      }
      worker.run()
    }
  }
}
