import ArgumentParser
import Exporters
import Foundation
import KnowledgeGraph

extension NewsGraphCommand {
  /// `newsgraph ask`: who said what about whom.
  struct Ask: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Ask who said what about whom in a built graph.",
      discussion: """
        Names match aliases ("Berg" finds "Anna Berg"). Understood
        questions: "what did X say about Y", "what did X say", "who said what
        about Y". Or use --speaker and --about.

        Examples:
          newsgraph ask "what did Berg say about Chile"
          newsgraph ask --about "European Union" --json
        """)

    @Option(help: ArgumentHelp("Only statements by this speaker.", valueName: "name"))
    var speaker: String?

    @Option(help: ArgumentHelp("Only statements about this entity.", valueName: "name"))
    var about: String?

    @Option(help: ArgumentHelp("The graph to ask: newsgraph.sqlite, graph.json or graph.graphml (default: output/newsgraph.sqlite, else output/graph.json).", valueName: "file"))
    var graph: String?

    @Flag(help: "Write the statements as JSON.")
    var json = false

    @Argument(help: ArgumentHelp("A question in plain English.", valueName: "question"))
    var question: [String] = []

    func run() async throws {
      var speaker = self.speaker
      var about = self.about
      if !question.isEmpty {
        guard let parsed = Question(parsing: question.joined(separator: " ")) else {
          Console.error("newsgraph: I did not understand \"\(question.joined(separator: " "))\".\n\(Question.usage)")
          throw ExitCode.validationFailure
        }
        speaker = speaker ?? parsed.speaker
        about = about ?? parsed.about
      }
      let graph: KnowledgeGraph
      do {
        graph = try GraphSource.load(self.graph)
      } catch {
        Console.error("\(error)")
        throw ExitCode.failure
      }
      for (role, name) in [("speaker", speaker), ("topic", about)] {
        if let name, graph.entities(named: name).isEmpty, role == "topic" || !graph.statements.contains(where: {
          $0.speakerText.map { NameKey($0) == NameKey(name) } ?? false
        }) {
          Console.error("newsgraph: no entity named \"\(name)\" in \(self.graph ?? GraphSource.defaultPath)")
          throw ExitCode.failure
        }
      }
      let answer = StatementAnswer(graph: graph, statements: graph.statements(speaker: speaker, about: about))
      if json {
        print(try answer.json())
      } else if answer.statements.isEmpty {
        Console.error("newsgraph: no statements found" + (speaker.map { " by \($0)" } ?? "") + (about.map { " about \($0)" } ?? ""))
      } else {
        print(answer.text(), terminator: "")
      }
    }
  }
}
