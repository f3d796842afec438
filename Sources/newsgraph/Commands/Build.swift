import ArgumentParser
import Foundation
import GraphvizRender
import NewsGraphBuild

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
        LOAD CSV on a running server, kuzu.cypher for Kùzu). The files are
        written into a staging folder and moved into place together, so an
        interrupted build (or a full disk) leaves the previous outputs whole.
        The output folder is never read as input.

        Extractions are kept in DIR/newsgraph.sqlite: a second build extracts
        only new and changed documents, and rewrites nothing when nothing
        changed. --prune drops documents no longer among the inputs.

        Documents are extracted in worker processes: one that crashes or runs
        past --document-timeout is named on standard error, remembered in the
        store (not retried until it or newsgraph changes) and skipped; the
        others go on. Exit status: 0 all done; 2 outputs written but some
        inputs were skipped (each named on standard error); 1 nothing built.

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
        formats: try formats(), diagram: diagram.settings, maxBytes: input.maxMegabytes * 1_000_000,
        names: input.names, useStore: store, prune: prune, jobs: input.jobs, entities: entities,
        timeout: input.documentTimeout, tables: tables())
      let summary: BuildJob.Summary
      do {
        summary = try job.run()
      } catch let error as CLIError {
        Console.error(error.message)
        throw ExitCode.failure
      } catch {
        Console.error("newsgraph: \(error)")
        throw ExitCode.failure
      }
      Console.error(summary.line)
      try RunStatus.finish(failures: summary.failures)
    }
  }
}
