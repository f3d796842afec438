import ArgumentParser
import Exporters
import Foundation
import KnowledgeGraph
import NewsGraphBuild

extension NewsGraphCommand {
  /// `newsgraph explain`: what the graph knows about one entity, and why
  /// its names were joined.
  struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show an entity: its names, roles, documents, relations, statements, and why mentions were joined.",
      discussion: """
        Example: newsgraph explain Berg
        """)

    @Argument(help: ArgumentHelp("A name, alias or entity id.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The graph: newsgraph.sqlite, graph.json or graph.graphml (default: output/newsgraph.sqlite, else output/graph.json).", valueName: "file"))
    var graph: String?

    func run() async throws {
      let graph: KnowledgeGraph
      do {
        graph = try GraphSource.load(self.graph)
      } catch {
        Console.error("\(error)")
        throw ExitCode.failure
      }
      let matches = graph.entities(named: name)
      guard let entity = matches.first else {
        let suggestions = GraphAnswerSource(graph: graph).suggestions(for: NameKey(name))
        var message = "newsgraph: no entity named \"\(name)\" in \(self.graph ?? GraphSource.defaultPath)"
        if !suggestions.isEmpty {
          message += "; did you mean " + suggestions.map { "\($0.name) (\($0.type.rawValue))" }.joined(separator: ", ") + "?"
        }
        Console.error(message)
        throw ExitCode.failure
      }
      print(EntityReport(graph: graph, entity: entity, otherMatches: Array(matches.dropFirst())).text, terminator: "")
    }
  }
}
