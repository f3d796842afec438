import ArgumentParser
import NewsGraphBuild

extension NewsGraphCommand {
  /// `newsgraph merge`: the graph, store and exports from extraction
  /// shards, the reduce step after `extract` ran anywhere.
  struct Merge: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Build the knowledge graph, diagram and exports from extraction shards.",
      discussion: """
        Reads JSON Lines shards as `newsgraph extract --with-text` writes them
        (files, folders of *.jsonl read recursively, or - for standard input;
        in any order) and writes what `build` writes, with the same options:
        for shards of a corpus, every file equals `build` of the corpus byte
        for byte. The extraction runs anywhere (xargs -P, GNU parallel,
        Spark's RDD.pipe through scripts/spark-extract.py); merge is the
        reduce step.

        A document read twice (the same id and text, as when two shards
        overlap) counts once; documents sharing only an id are renamed as
        build renames them, and documents with the same text are duplicates
        in the graph, as in a build. A line that is no extraction is named
        (SHARD:LINE: reason) and skipped. Shards written without
        --with-text merge too, but the graph is then made without the steps
        that read the texts (names recovered where one document's extraction
        missed them, first words of names the corpus writes in lower case),
        duplicates by text are not found, and the report shows statements
        without their passages: such a graph may differ from build's, and a
        warning says so.

        The store (DIR/newsgraph.sqlite, for `ask`) holds exactly the
        shards' documents; merging the same shards again rewrites nothing.
        Exit status: 0 all done; 2 outputs written but some lines or shards
        were skipped (each named on standard error); 1 nothing built.

        Example: newsgraph merge shards/ --output output --format svg,csv
        """)

    @Argument(help: ArgumentHelp("Extraction shards: JSON Lines files, folders of *.jsonl, or - for standard input.", valueName: "shard"))
    var shards: [String]

    @OptionGroup var outputs: OutputArguments

    func validate() throws {
      if shards.isEmpty { throw ValidationError("Name at least one shard (a .jsonl file or a folder of them).") }
    }

    func run() async throws {
      try OutputArguments.run(try outputs.job(source: .shards(shards)))
    }
  }
}
