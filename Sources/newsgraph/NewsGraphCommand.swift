import ArgumentParser
import NewsGraphBuild

/// The `newsgraph` command: reads news articles and builds a knowledge graph
/// of who is who, who did what to whom, and who said what about whom.
@main
struct NewsGraphCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "newsgraph",
    abstract: "Build a knowledge graph of people, countries, organizations, events and statements from news articles.",
    discussion: """
      Run `newsgraph build` to read the articles in seeds/ and write the graph,
      diagram and exports to output/. Every fact is traceable to the sentence it
      came from.
      """,
    version: NewsGraphVersion.current,
    subcommands: [
      Build.self, Extract.self, Merge.self, Render.self, Ask.self, Explain.self, Train.self, Eval.self, Bench.self,
      Worker.self, RenderDOT.self,
    ]
  )
}
