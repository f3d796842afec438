import ArgumentParser
import Exporters
import Foundation
import KnowledgeGraph

extension NewsGraphCommand {
  /// `newsgraph explain`: what the graph knows about one entity, and why
  /// its names were joined.
  struct Explain: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show an entity: its names, documents, relations, statements, and why mentions were joined.",
      discussion: """
        Example: newsgraph explain Putin
        """)

    @Argument(help: ArgumentHelp("A name, alias or entity id.", valueName: "name"))
    var name: String

    @Option(help: ArgumentHelp("The graph (graph.json or graph.graphml).", valueName: "file"))
    var graph: String = "output/graph.json"

    func run() async throws {
      let graph: KnowledgeGraph
      do {
        graph = try GraphFile.read(from: URL(fileURLWithPath: self.graph))
      } catch {
        Console.error("newsgraph: \(error) (run `newsgraph build` first, or pass --graph)")
        throw ExitCode.failure
      }
      let matches = graph.entities(named: name)
      guard let entity = matches.first else {
        Console.error("newsgraph: no entity named \"\(name)\" in \(self.graph)")
        throw ExitCode.failure
      }
      print(EntityReport(graph: graph, entity: entity, otherMatches: Array(matches.dropFirst())).text, terminator: "")
    }
  }
}
