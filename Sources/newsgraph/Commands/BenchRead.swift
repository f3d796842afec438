import ArgumentParser
import Exporters
import Foundation
import KnowledgeGraph
import NewsGraphBuild

extension NewsGraphCommand.Bench {
  /// `newsgraph bench read FILE`: how long a graph file takes to read.
  struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "read",
      abstract: "Read a graph.json or graph.graphml as render and ask do; report its size, contents and seconds.",
      discussion: """
        Reads the file with the reader `render`, `ask` and `explain` use
        (GraphFile: libxml2's SAX2 parser for GraphML, JSONDecoder for JSON)
        and builds the graph, nothing more. Run it under `/usr/bin/time -v`
        for the peak memory (scripts/bench-readers.sh).
        """
    )

    @Argument(help: "A graph.json or graph.graphml.")
    var file: String

    func run() throws {
      let url = URL(fileURLWithPath: file)
      let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
      let started = ContinuousClock.now
      let startedCPU = clock()
      let graph: KnowledgeGraph
      do {
        graph = try GraphFile.read(from: url)
      } catch {
        Console.error("newsgraph: \(error)")
        throw ExitCode.failure
      }
      let elapsed = ContinuousClock.now - started
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      let cpuSeconds = Double(clock() - startedCPU) / Double(CLOCKS_PER_SEC)
      print(
        String(
          format: "%@: %.1f MB, %d entities, %d statements, %d relations; read in %.2f s (%.2f CPU s)",
          file, Double(bytes) / 1e6, graph.entitiesByID.count, graph.statements.count,
          graph.relations.count, seconds, cpuSeconds))
    }
  }
}
