import Foundation
import Testing

/// `build` keeps extractions in a store and re-extracts only what changed.
@Suite("incremental builds")
struct IncrementalBuildTests {
  static func write(_ text: String, _ name: String, in folder: URL) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(name))
  }

  static func lines(_ output: URL) throws -> [String] {
    try CLI.jsonLines(Data(contentsOf: output.appendingPathComponent("extractions.jsonl")))
      .compactMap { ($0["document"] as? [String: Any])?["id"] as? String }
  }

  @Test func unchangedChangedRemovedAndPruned() throws {
    let input = try CLI.temporaryDirectory()
    let output = try CLI.temporaryDirectory()
    try Self.write("The minister said the budget would pass.", "a.txt", in: input)
    try Self.write("Officials said the bridge would reopen.", "b.txt", in: input)
    let first = try CLI.run(["build", input.path, "-o", output.path])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(try Self.lines(output) == ["a", "b"])
    let graph = try Data(contentsOf: output.appendingPathComponent("graph.json"))

    // Nothing changed: nothing is extracted or rewritten.
    let second = try CLI.run(["build", input.path, "-o", output.path])
    #expect(second.status == 0)
    #expect(second.stderr.contains("2 documents (2 unchanged)"))
    #expect(second.stderr.contains("nothing changed"))
    #expect(try Data(contentsOf: output.appendingPathComponent("graph.json")) == graph)

    // One document changed: only it is extracted again.
    try Self.write("The mayor said the bridge would stay closed.", "b.txt", in: input)
    let third = try CLI.run(["build", input.path, "-o", output.path])
    #expect(third.stderr.contains("2 documents (1 unchanged)"), "\(third.stderr)")
    let text = try String(contentsOf: output.appendingPathComponent("extractions.jsonl"), encoding: .utf8)
    #expect(text.contains("stay closed"))
    #expect(!text.contains("would reopen"))

    // A removed document stays until --prune.
    try FileManager.default.removeItem(at: input.appendingPathComponent("a.txt"))
    #expect(try CLI.run(["build", input.path, "-o", output.path]).status == 0)
    #expect(try Self.lines(output) == ["a", "b"])
    #expect(try CLI.run(["build", input.path, "-o", output.path, "--prune"]).status == 0)
    #expect(try Self.lines(output) == ["b"])
  }

  @Test func askReadsTheStoreByDefault() throws {
    let folder = try CLI.temporaryDirectory()
    let seeds = folder.appendingPathComponent("seeds")
    try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: CLI.seed, to: seeds.appendingPathComponent(CLI.seed.lastPathComponent))
    #expect(try CLI.run(["build"], in: folder).status == 0)
    let store = folder.appendingPathComponent("output/newsgraph.sqlite")
    #expect(FileManager.default.fileExists(atPath: store.path))
    try FileManager.default.removeItem(at: folder.appendingPathComponent("output/graph.json"))
    let result = try CLI.run(["ask", "what did Zelensky say"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.contains("Volodymyr Zelensky"))
    let rendered = try CLI.run(["render", "--format", "dot"], in: folder)
    #expect(rendered.status == 0, "\(rendered.stderr)")
    #expect(rendered.text.contains("digraph"))
  }

  @Test func noStoreMeansNoDatabase() throws {
    let output = try CLI.temporaryDirectory()
    #expect(try CLI.run(["build", "seeds", "-o", output.path, "--no-store"]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("newsgraph.sqlite").path))
    #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("graph.json").path))
  }
}
