import ArgumentParser
import Foundation
import GraphvizRender

extension NewsGraphCommand {
  /// `newsgraph build`: the main job.
  struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Build the knowledge graph, diagram and exports for a set of articles.",
      discussion: """
        Reads the articles (default: seeds/) and writes to the output folder
        (default: output/): extractions.jsonl, graph.json, graph.graphml,
        graph.entities.graphml (entities only, weighted, for Gephi), graph.dot,
        statements.md, index.html (a self-contained report) and the rendered
        diagram (graph.svg, plus png/pdf with --format). --format csv adds
        entities.csv, statements.csv and relations.csv; --format neo4j adds
        neo4j/ (CSV files for neo4j-admin database import, load.cypher for
        LOAD CSV on a running server, kuzu.cypher for Kùzu). Each
        file is written to a temporary file and renamed, so an interrupted
        build leaves the previous outputs whole.

        Extractions are kept in DIR/newsgraph.sqlite: a second build extracts
        only new and changed documents, and rewrites nothing when nothing
        changed. --prune drops documents no longer among the inputs.

        Example: newsgraph build seeds/ --output output --format svg,png,csv,neo4j
        """)

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write to.", valueName: "dir"))
    var output: String = "output"

    @Option(help: ArgumentHelp("What to write besides the graph files, comma-separated: diagrams svg, png, pdf; tables csv; graph database import files neo4j.", valueName: "formats"))
    var format: String = "svg"

    @OptionGroup var diagram: DiagramArguments

    @Flag(inversion: .prefixedNo, help: "Keep extractions in DIR/newsgraph.sqlite and re-extract only changed documents.")
    var store = true

    @Flag(help: "Drop stored documents that are no longer among the inputs.")
    var prune = false

    @Option(help: ArgumentHelp("Entity overrides (aliases, pairs never to join, types, drops), applied on every build (default: DIR/newsgraph.entities.tsv when it exists).", valueName: "file"))
    var entities: String?

    func validate() throws {
      _ = try formats()
    }

    func formats() throws -> [RenderFormat] {
      try format.split(separator: ",").compactMap { name in
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if TableFormat(rawValue: trimmed) != nil { return nil }
        guard let format = RenderFormat(rawValue: trimmed), [.svg, .png, .pdf].contains(format) else {
          throw ValidationError("Unknown format '\(trimmed)'. Use svg, png, pdf, csv or neo4j.")
        }
        return format
      }
    }

    /// The table formats named in --format, in the order of ``TableFormat``.
    func tables() -> [TableFormat] {
      let names = Set(format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
      return TableFormat.allCases.filter { names.contains($0.rawValue) }
    }

    func run() async throws {
      let job = BuildJob(
        paths: input.paths.isEmpty ? ["seeds"] : input.paths, output: URL(fileURLWithPath: output),
        formats: try formats(), diagram: diagram, maxBytes: input.maxMegabytes * 1_000_000,
        names: input.names, useStore: store, prune: prune, jobs: input.jobs, entities: entities,
        tables: tables())
      do {
        let summary = try await job.run()
        Console.error(summary.line)
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
