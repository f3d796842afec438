import ArgumentParser
import Exporters
import Foundation
import GraphvizRender
import NewsGraphBuild

extension NewsGraphCommand {
  /// `newsgraph render-dot`: renders one DOT file in a process of its own
  /// (used by `build`; hidden from help).
  ///
  /// Graphviz 2.42's `dot` breaks some ties in edge routing by comparing
  /// memory addresses, so in a long-running, multi-threaded process whose
  /// heap was churned by a whole build, the same DOT can come out with
  /// different edge curves from run to run. A fresh process allocates the
  /// same way every time, so its drawing is byte-identical across runs (and
  /// equal to `dot -Tsvg`).
  struct RenderDOT: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "render-dot",
      abstract: "Render a DOT file in a fresh process (used by build).",
      shouldDisplay: false)

    @Argument(help: ArgumentHelp("The DOT file.", valueName: "dot"))
    var input: String

    @Option(help: ArgumentHelp("The layout engine.", valueName: "engine"))
    var engine: String = "dot"

    @Option(help: ArgumentHelp("svg, png or pdf.", valueName: "format"))
    var format: String = "svg"

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write.", valueName: "file"))
    var output: String

    func run() throws {
      do {
        let dot = try String(contentsOfFile: input, encoding: .utf8)
        let bytes = try Renderer.render(
          dot: dot, engine: LayoutEngine(rawValue: engine) ?? .sfdp, format: RenderFormat(rawValue: format) ?? .svg)
        try AtomicFile.write(Data(bytes), to: URL(fileURLWithPath: output))
      } catch {
        Console.error("newsgraph: \(error)")
        throw ExitCode.failure
      }
    }
  }
}
