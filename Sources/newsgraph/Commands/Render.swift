import ArgumentParser
import Exporters
import Foundation
import GraphvizRender
import NewsGraphBuild

extension NewsGraphCommand {
  /// `newsgraph render`: draw a graph written by `build`.
  struct Render: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Render a graph file (graph.json or graph.graphml) as a diagram.",
      discussion: """
        Renders in-process through Graphviz. With --layout auto, small graphs
        use dot and large ones sfdp with overlap removal.

        Examples:
          newsgraph render output/graph.json --focus Berg --depth 1 -o berg.svg
          newsgraph render output/graph.graphml --types person,country --format png -o people.png
        """)

    @Argument(help: ArgumentHelp("A newsgraph.sqlite, graph.json or graph.graphml written by build (default: output/newsgraph.sqlite, else output/graph.json).", valueName: "graph"))
    var graph: String?

    @Option(help: ArgumentHelp("svg, png, pdf or dot.", valueName: "format"))
    var format: String = "svg"

    @OptionGroup var diagram: DiagramArguments

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write (default: standard output).", valueName: "file"))
    var output: String?

    func validate() throws {
      guard ["svg", "png", "pdf", "dot"].contains(format) else {
        throw ValidationError("Unknown format '\(format)'. Use svg, png, pdf or dot.")
      }
    }

    func run() async throws {
      do {
        let graph = diagram.dated(try GraphSource.load(self.graph))
        let fitted = try DiagramFit.render(graph, options: try diagram.options(for: graph)) { dot, layout in
          try Renderer.render(dot: dot, engine: LayoutEngine(rawValue: layout.rawValue) ?? .sfdp, format: .svg)
        }
        let bytes: [UInt8]
        switch format {
        case "dot": bytes = Array(fitted.dot.utf8)
        case "svg": bytes = fitted.svg
        default:
          let engine = LayoutEngine(rawValue: fitted.layout.rawValue) ?? .sfdp
          bytes = try Renderer.render(dot: fitted.dot, engine: engine, format: RenderFormat(rawValue: format) ?? .svg)
        }
        if let output {
          try AtomicFile.write(Data(bytes), to: URL(fileURLWithPath: output))
        } else {
          FileHandle.standardOutput.write(Data(bytes))
        }
      } catch let error as ValidationError {
        throw error
      } catch let error as CLIError {
        Console.error(error.message)
        throw ExitCode.failure
      } catch {
        Console.error("newsgraph: \(error)")
        throw ExitCode.failure
      }
    }
  }
}
