import Foundation
import Testing

/// `merge` of extraction shards equals `build` of the same documents, byte
/// for byte, for any order of the shards, with documents read twice counted
/// once and bad lines named and skipped.
@Suite("merge command")
struct MergeCommandTests {
  /// The graph database test's invented articles, and a file whose name
  /// another folder repeats (build renames it) and a copy (a duplicate).
  static let articles = GraphDatabaseExportTests.articles + [
    (
      "later/a2.txt",
      """
      Anna Berg, the Swedish foreign minister, said Sweden would support Hungary in the talks.

      "Nobody wants a quarrel over fish," Berg said.

      """
    )
  ]

  /// The output files compared: everything but the store and its stamp.
  static let outputs = [
    "extractions.jsonl", "graph.json", "graph.graphml", "graph.entities.graphml", "graph.dot", "graph.svg",
    "statements.md", "index.html", "entities.csv", "statements.csv", "relations.csv", "neo4j/entities.csv",
    "neo4j/statements.csv", "neo4j/said.csv", "neo4j/about.csv", "neo4j/relations.csv", "neo4j/load.cypher",
    "neo4j/kuzu.cypher",
  ]

  /// A corpus, its build and three shards of it extracted apart.
  struct Corpus {
    let folder: URL
    let input: URL
    let built: URL
    /// Shards: a1 and later/ (which repeats a2's id); a2; a copy of a1.
    let shards: [URL]
  }

  /// Built once and shared by the tests (read only).
  static let corpus: Result<Corpus, any Error> = Result { try makeCorpus() }

  static func makeCorpus() throws -> Corpus {
    let folder = try CLI.temporaryDirectory("merge")
    let input = folder.appendingPathComponent("in")
    for (file, text) in articles {
      let url = input.appendingPathComponent(file)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    try Data(articles[0].1.utf8).write(to: input.appendingPathComponent("later/copy.txt"))
    let built = folder.appendingPathComponent("built")
    let build = try CLI.run(["build", "in", "--output", built.path, "--format", "svg,csv,neo4j"], in: folder)
    #expect(build.status == 0, "\(build.stderr)")
    let groups = [["in/a1.txt", "in/later"], ["in/a2.txt"], ["in/later/copy.txt"]]
    var shards: [URL] = []
    for (index, paths) in groups.enumerated() {
      let extract = try CLI.run(["extract", "--with-text"] + paths, in: folder)
      #expect(extract.status == 0, "\(extract.stderr)")
      let shard = folder.appendingPathComponent("shards/part-\(index).jsonl")
      try FileManager.default.createDirectory(at: shard.deletingLastPathComponent(), withIntermediateDirectories: true)
      try extract.stdout.write(to: shard)
      shards.append(shard)
    }
    return Corpus(folder: folder, input: input, built: built, shards: shards)
  }

  /// Runs `merge` on shards into a new folder; returns it and the run.
  static func merge(_ shards: [String], in corpus: Corpus, _ name: String = #function) throws -> (URL, CLI.Result) {
    let output = corpus.folder.appendingPathComponent("merged-\(name.filter(\.isLetter))")
    let result = try CLI.run(
      ["merge"] + shards + ["--output", output.path, "--format", "svg,csv,neo4j"], in: corpus.folder)
    return (output, result)
  }

  /// Expects every output file of two folders to be equal.
  static func expectSameOutputs(_ merged: URL, _ built: URL) throws {
    for name in outputs {
      let left = try Data(contentsOf: merged.appendingPathComponent(name))
      let right = try Data(contentsOf: built.appendingPathComponent(name))
      #expect(left == right, "\(name) differs")
    }
  }

  @Test func mergeOfShardsEqualsBuildByteForByte() throws {
    let corpus = try Self.corpus.get()
    let (merged, result) = try Self.merge(corpus.shards.map(\.path), in: corpus)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("newsgraph: 4 documents;"), "\(result.stderr)")
    try Self.expectSameOutputs(merged, corpus.built)
    // The store answers `ask` as the build's does.
    let asked = try CLI.run(["ask", "--graph", merged.appendingPathComponent("newsgraph.sqlite").path, "--json", "who said what about Portugal"])
    let reference = try CLI.run(["ask", "--graph", corpus.built.appendingPathComponent("newsgraph.sqlite").path, "--json", "who said what about Portugal"])
    #expect(asked.status == 0 && asked.stdout == reference.stdout)
    // The same shards again: nothing to rewrite.
    let again = try CLI.run(["merge", "shards", "--output", merged.path, "--format", "svg,csv,neo4j"], in: corpus.folder)
    #expect(again.status == 0)
    #expect(again.stderr.contains("nothing changed, outputs are current"), "\(again.stderr)")
  }

  @Test func shardOrderDoesNotMatter() throws {
    let corpus = try Self.corpus.get()
    // Reversed, and the lines of each shard reversed into one file.
    let shuffled = corpus.folder.appendingPathComponent("shuffled.jsonl")
    var lines: [Substring] = []
    for shard in corpus.shards.reversed() {
      lines += String(decoding: try Data(contentsOf: shard), as: UTF8.self).split(separator: "\n").reversed()
    }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: shuffled)
    let (reversed, first) = try Self.merge(corpus.shards.reversed().map(\.path), in: corpus, "reversed")
    let (single, second) = try Self.merge([shuffled.path], in: corpus, "single")
    #expect(first.status == 0 && second.status == 0, "\(first.stderr)\n\(second.stderr)")
    try Self.expectSameOutputs(reversed, corpus.built)
    try Self.expectSameOutputs(single, corpus.built)
  }

  @Test func aDocumentInTwoShardsCountsOnce() throws {
    let corpus = try Self.corpus.get()
    // Shard 1 again under another name, and the folder holding all three.
    let copy = corpus.folder.appendingPathComponent("again/part-1-retry.jsonl")
    try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: corpus.shards[1], to: copy)
    let (merged, result) = try Self.merge(["shards", copy.path], in: corpus)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("document \"a2\" was read before"), "\(result.stderr)")
    #expect(result.stderr.contains("counted once"))
    #expect(result.stderr.contains("newsgraph: 4 documents;"), "\(result.stderr)")
    try Self.expectSameOutputs(merged, corpus.built)
  }

  @Test func aBadLineIsNamedAndSkipped() throws {
    let corpus = try Self.corpus.get()
    let bad = corpus.folder.appendingPathComponent("bad.jsonl")
    var text = String(decoding: try Data(contentsOf: corpus.shards[0]), as: UTF8.self)
    let cut = try #require(text.firstIndex(of: "\n"))
    text.insert(contentsOf: "\n{\"document\": truncated", at: cut)
    try Data(text.utf8).write(to: bad)
    let (merged, result) = try Self.merge([bad.path, corpus.shards[1].path, corpus.shards[2].path], in: corpus)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(result.stderr.contains("\(bad.path):2: not valid JSON, skipped"), "\(result.stderr)")
    #expect(result.stderr.contains("(1 skipped)"), "\(result.stderr)")
    // Every other line was merged: the outputs are the build's.
    try Self.expectSameOutputs(merged, corpus.built)
  }

  @Test func shardsWithoutTextsMergeWithAWarning() throws {
    let corpus = try Self.corpus.get()
    let plain = corpus.folder.appendingPathComponent("plain.jsonl")
    let extract = try CLI.run(["extract", "in"], in: corpus.folder)
    #expect(extract.status == 0, "\(extract.stderr)")
    try extract.stdout.write(to: plain)
    let (merged, result) = try Self.merge([plain.path], in: corpus)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("4 of 4 documents came without their text"), "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: merged.appendingPathComponent("index.html").path))
  }

  @Test func nothingMergedIsAFailure() throws {
    let corpus = try Self.corpus.get()
    let empty = corpus.folder.appendingPathComponent("empty.jsonl")
    try Data("{}\n".utf8).write(to: empty)
    let (merged, result) = try Self.merge([empty.path], in: corpus)
    #expect(result.status == 1)
    #expect(result.stderr.contains("nothing to build"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: merged.appendingPathComponent("graph.json").path))
  }
}
