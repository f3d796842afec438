import Foundation
import Testing

/// One document that traps or never finishes loses that document only; the
/// store remembers it until it changes. The test-only markers make the
/// worker trap or spin on a document that contains them.
@Suite("isolation per document")
struct IsolationTests {
  static let trap = "TRAP-MARKER-5f1e"
  static let loop = "LOOP-MARKER-c07a"
  static let markers = ["NEWSGRAPH_TEST_TRAP_MARKER": trap, "NEWSGRAPH_TEST_LOOP_MARKER": loop]

  /// Six ordinary articles, one that traps and one that loops.
  static func corpus() throws -> URL {
    let folder = try CLI.temporaryDirectory("isolation")
    let people = ["Anna Berg", "Tomas Lind", "Ines Castro"]
    for index in 0..<6 {
      let speaker = people[index % people.count]
      let text = "Minister \(speaker) said on Monday that talks with Norway would resume in \(2010 + index)."
      try Data(text.utf8).write(to: folder.appendingPathComponent("article-\(index).txt"))
    }
    try Data("Officials said the \(trap) report was wrong.".utf8).write(to: folder.appendingPathComponent("trap.txt"))
    try Data("Officials said the \(loop) report was late.".utf8).write(to: folder.appendingPathComponent("loop.txt"))
    return folder
  }

  static func ids(_ output: URL) throws -> [String] {
    try CLI.jsonLines(Data(contentsOf: output.appendingPathComponent("extractions.jsonl")))
      .compactMap { ($0["document"] as? [String: Any])?["id"] as? String }
  }

  @Test func aTrapAndALoopLoseOnlyTheirDocumentsAndAreNotRetried() throws {
    let input = try Self.corpus()
    let output = try CLI.temporaryDirectory()
    let options = ["--names", "rules", "--document-timeout", "2", "--jobs", "2"]
    let started = Date()
    let first = try CLI.run(["build", input.path, "-o", output.path] + options, environment: Self.markers)
    #expect(first.status == 2, "\(first.stderr)")
    #expect(first.stderr.contains("trap.txt: crashed: signal SIGILL"), "\(first.stderr)")
    #expect(first.stderr.contains("Fatal error: NEWSGRAPH_TEST_TRAP_MARKER"))
    #expect(first.stderr.contains("loop.txt: timed out after 2 s"))
    #expect(first.stderr.contains("8 documents (2 skipped)"))
    #expect(Date().timeIntervalSince(started) < 60)
    #expect(try Self.ids(output) == (0..<6).map { "article-\($0)" })
    for name in ["extractions.jsonl", "graph.json", "graph.graphml", "graph.dot", "statements.md", "graph.svg", "index.html"] {
      #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path), "\(name)")
    }

    // The other documents' outputs are those of a build without the two.
    let clean = try CLI.temporaryDirectory()
    let cleanInput = try CLI.temporaryDirectory()
    for index in 0..<6 {
      try FileManager.default.copyItem(
        at: input.appendingPathComponent("article-\(index).txt"),
        to: cleanInput.appendingPathComponent("article-\(index).txt"))
    }
    #expect(try CLI.run(["build", cleanInput.path, "-o", clean.path, "--names", "rules"]).status == 0)
    for name in ["graph.json", "statements.md"] {
      let isolated = try String(contentsOf: output.appendingPathComponent(name), encoding: .utf8)
      let expected = try String(contentsOf: clean.appendingPathComponent(name), encoding: .utf8)
      #expect(isolated.replacingOccurrences(of: input.path, with: "") == expected.replacingOccurrences(of: cleanInput.path, with: ""), "\(name)")
    }

    // The next build skips both without waiting for them.
    let second = try CLI.run(["build", input.path, "-o", output.path] + options, environment: Self.markers)
    #expect(second.status == 2)
    #expect(second.stderr.contains("trap.txt: skipped: it failed in an earlier build (crashed: signal SIGILL"), "\(second.stderr)")
    #expect(second.stderr.contains("loop.txt: skipped: it failed in an earlier build (timed out after 2 s)"))
    #expect(second.stderr.contains("8 documents (6 unchanged) (2 skipped); nothing changed"))

    // Once the file changes it is extracted again.
    try Data("Officials said the report was wrong.".utf8).write(to: input.appendingPathComponent("trap.txt"))
    let third = try CLI.run(["build", input.path, "-o", output.path] + options, environment: Self.markers)
    #expect(third.status == 2)
    #expect(!third.stderr.contains("trap.txt"), "\(third.stderr)")
    #expect(third.stderr.contains("loop.txt: skipped"))
    #expect(try Self.ids(output).contains("trap"))
  }

  @Test func extractGoesOnPastACrashInAStream() throws {
    let lines = [
      #"{"id": "a", "text": "The minister said the talks had failed."}"#,
      #"{"id": "b", "text": "Officials said the \#(Self.trap) plan was dead."}"#,
      #"{"id": "c", "text": "The mayor said the bridge would reopen."}"#,
    ]
    let result = try CLI.run(
      ["extract", "-", "--names", "rules"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8),
      environment: Self.markers)
    #expect(result.status == 2)
    #expect(result.stderr.contains("document \"b\": crashed: signal SIGILL"), "\(result.stderr)")
    let ids = try CLI.jsonLines(result.stdout).compactMap { ($0["document"] as? [String: Any])?["id"] as? String }
    #expect(ids == ["a", "c"])
  }

  @Test func withoutTheMarkersNothingIsSpecial() throws {
    let input = try Self.corpus()
    let result = try CLI.run(["extract", input.path, "--names", "rules"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try CLI.jsonLines(result.stdout).count == 8)
  }
}
