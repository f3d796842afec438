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

/// Parallel extraction gives the output of a single-threaded run, and a
/// killed build loses nothing it had committed.
@Suite("build robustness")
struct BuildRobustnessTests {
  static func corpus(_ count: Int) throws -> URL {
    let folder = try CLI.temporaryDirectory("corpus")
    let people = ["Anna Berg", "Tomas Lind", "Ines Castro", "Hugo Brandt"]
    for index in 0..<count {
      let speaker = people[index % people.count]
      let text = """
        Minister \(speaker) said on Monday that talks with Norway would resume in \(2000 + index % 20).
        "We are ready," \(speaker.split(separator: " ")[1]) told reporters in Oslo.
        """
      try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "doc-%04d.txt", index)))
    }
    return folder
  }

  @Test func oneJobAndManyJobsWriteTheSameFiles() throws {
    let input = try Self.corpus(120)
    let single = try CLI.temporaryDirectory()
    let parallel = try CLI.temporaryDirectory()
    #expect(try CLI.run(["build", input.path, "-o", single.path, "--jobs", "1", "--no-store"]).status == 0)
    #expect(try CLI.run(["build", input.path, "-o", parallel.path, "--jobs", "4", "--no-store"]).status == 0)
    for name in ["extractions.jsonl", "graph.json", "graph.graphml", "graph.dot", "statements.md", "index.html"] {
      #expect(try Data(contentsOf: single.appendingPathComponent(name)) == Data(contentsOf: parallel.appendingPathComponent(name)), "\(name)")
    }
  }

  @Test func aKilledBuildResumesWhereItStopped() throws {
    let input = try Self.corpus(1_500)
    let output = try CLI.temporaryDirectory()
    // What a store holds before its first batch of documents: the schema,
    // measured on a build of one document.
    let one = try CLI.temporaryDirectory()
    try FileManager.default.copyItem(
      at: input.appendingPathComponent("doc-0000.txt"), to: one.appendingPathComponent("doc-0000.txt"))
    let small = try CLI.temporaryDirectory()
    #expect(try CLI.run(["build", one.path, "-o", small.path]).status == 0)
    func storedBytes(in folder: URL) -> Int {
      let store = folder.appendingPathComponent("newsgraph.sqlite")
      return [store.path, store.path + "-wal"].reduce(0) { total, path in
        total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
      }
    }
    let schemaBytes = storedBytes(in: small)
    // Start a build and kill it with SIGKILL while it is storing documents.
    let process = Process()
    process.executableURL = CLI.executable
    process.arguments = ["build", input.path, "-o", output.path]
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline, storedBytes(in: output) < schemaBytes + 150_000 {
      Thread.sleep(forTimeInterval: 0.01)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    // The next build finds what was committed and extracts only the rest.
    let resumed = try CLI.run(["build", input.path, "-o", output.path])
    #expect(resumed.status == 0, "\(resumed.stderr)")
    #expect(resumed.stderr.contains("1500 documents ("), "\(resumed.stderr)")
    // It was killed part-way: some documents were stored, some were not.
    #expect(resumed.stderr.contains("unchanged)"))
    #expect(!resumed.stderr.contains("1500 unchanged"), "the build finished before it was killed")
    let clean = try CLI.temporaryDirectory()
    #expect(try CLI.run(["build", input.path, "-o", clean.path, "--no-store"]).status == 0)
    for name in ["extractions.jsonl", "graph.json", "statements.md"] {
      #expect(try Data(contentsOf: output.appendingPathComponent(name)) == Data(contentsOf: clean.appendingPathComponent(name)), "\(name)")
    }
  }
}

@Suite("dated documents")
struct DatedDocumentsTests {
  @Test func sinceAndUntilFilterTheDiagram() throws {
    let input = """
      {"id": "old", "date": "2024-06-01", "text": "Chancellor Olga Brandt said the port in Hamburg would stay open."}
      {"id": "new", "date": "2025-02-13", "text": "Prime Minister Hugo Lind said the talks with Norway had failed."}

      """
    let output = try CLI.temporaryDirectory()
    let built = try CLI.run(["build", "-", "-o", output.path, "--since", "2025"], stdin: Data(input.utf8))
    #expect(built.status == 0, "\(built.stderr)")
    let dot = try String(contentsOf: output.appendingPathComponent("graph.dot"), encoding: .utf8)
    #expect(dot.contains("Hugo Lind"))
    #expect(!dot.contains("Olga Brandt"))
    // The graph itself keeps both, with first/last seen dates.
    let graph = try String(contentsOf: output.appendingPathComponent("graph.json"), encoding: .utf8)
    #expect(graph.contains("Olga Brandt"))
    #expect(graph.contains("\"firstSeen\" : \"2024-06-01\""))
    let rendered = try CLI.run(["render", output.appendingPathComponent("graph.json").path, "--until", "2024-12", "--format", "dot"])
    #expect(rendered.status == 0, "\(rendered.stderr)")
    #expect(rendered.text.contains("Olga Brandt"))
    #expect(!rendered.text.contains("Hugo Lind"))
    #expect(try CLI.run(["render", output.appendingPathComponent("graph.json").path, "--since", "last week"]).status != 0)
  }
}
