import ArgumentParser
import Foundation
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

    @OptionGroup var outputs: OutputArguments

    @Flag(help: "Drop stored documents that are no longer among the inputs.")
    var prune = false

    func run() async throws {
      let paths = input.paths.isEmpty ? ["seeds"] : input.paths
      try OutputArguments.run(try outputs.job(source: .documents(paths), input: input, prune: prune))
    }
  }
}
