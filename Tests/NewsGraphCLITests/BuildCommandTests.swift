import Foundation
import Testing

@Suite("newsgraph build")
struct BuildCommandTests {
  @Test func buildsEveryOutputForTheSeed() throws {
    let output = try CLI.temporaryDirectory()
    let result = try CLI.run(["build", "seeds", "--output", output.path, "--format", "svg,png,pdf"])
    #expect(result.status == 0, "\(result.stderr)")
    for name in ["extractions.jsonl", "graph.json", "graph.graphml", "graph.dot", "statements.md", "graph.svg", "graph.png", "graph.pdf", "index.html", "newsgraph.sqlite"] {
      let data = try Data(contentsOf: output.appendingPathComponent(name))
      #expect(data.count > 100, "\(name) is too small")
    }
    let png = try Data(contentsOf: output.appendingPathComponent("graph.png"))
    #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let pdf = try Data(contentsOf: output.appendingPathComponent("graph.pdf"))
    #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    if let status = try CLI.tool("/usr/bin/xmllint", ["--noout", output.appendingPathComponent("graph.svg").path]) {
      #expect(status == 0)
    }
    if let status = try CLI.tool("/usr/bin/xmllint", ["--noout", output.appendingPathComponent("graph.graphml").path]) {
      #expect(status == 0)
    }
    if let status = try CLI.tool("/usr/bin/dot", ["-Tsvg", "-o", "/dev/null", output.appendingPathComponent("graph.dot").path]) {
      #expect(status == 0)
    }
    // The summary line counts documents, entities by type, statements, relations, seconds.
    #expect(result.stderr.contains("1 document;"))
    #expect(result.stderr.contains("person"))
    #expect(result.stderr.contains("statements"))
    #expect(result.stderr.contains(" s"))
    // No temporary files are left behind.
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)
  }

  @Test func seedExtractionHasItsStatementsAndRelations() throws {
    let output = try CLI.temporaryDirectory()
    let result = try CLI.run(["build", "seeds", "--output", output.path])
    #expect(result.status == 0)
    let lines = try CLI.jsonLines(Data(contentsOf: output.appendingPathComponent("extractions.jsonl")))
    let document = try #require(lines.first)
    let statements = try #require(document["statements"] as? [[String: Any]])
    #expect(statements.count >= 12)
    let relations = try #require(document["relations"] as? [[String: Any]])
    let triples = Set(relations.map { "\($0["subject"] ?? "") \($0["predicate"] ?? "") \($0["object"] ?? "")" })
    #expect(triples.contains("country:russia invaded country:ukraine"))
    #expect(triples.contains("person:pete-hegseth holds_role country:united-states"))
    let entities = try #require(document["entities"] as? [[String: Any]])
    let ids = Set(entities.compactMap { $0["id"] as? String })
    for id in ["person:pete-hegseth", "person:vladimir-putin", "country:ukraine", "country:russia", "location:brussels"] {
      #expect(ids.contains(id), "missing \(id)")
    }
    // Every span's text is the document's text at its offsets.
    let text = Array(try String(contentsOf: CLI.seed, encoding: .utf8).unicodeScalars)
    func check(_ span: [String: Any]?) {
      guard let span, let start = span["start"] as? Int, let end = span["end"] as? Int, let value = span["text"] as? String else { return }
      #expect(String(String.UnicodeScalarView(text[start..<end])) == value)
    }
    for statement in statements {
      check(statement["speaker"] as? [String: Any])
      check(statement["cue"] as? [String: Any])
      for span in statement["content"] as? [[String: Any]] ?? [] { check(span) }
    }
    for relation in relations { check(relation["evidence"] as? [String: Any]) }
    for entity in entities { for span in entity["mentions"] as? [[String: Any]] ?? [] { check(span) } }
  }

  @Test func twoBuildsAreByteIdentical() throws {
    let first = try CLI.temporaryDirectory()
    let second = try CLI.temporaryDirectory()
    #expect(try CLI.run(["build", "seeds", "-o", first.path]).status == 0)
    #expect(try CLI.run(["build", "seeds", "-o", second.path]).status == 0)
    for name in [
      "extractions.jsonl", "graph.json", "graph.graphml", "graph.entities.graphml", "graph.dot", "statements.md",
      "graph.svg", "index.html",
    ] {
      let a = try Data(contentsOf: first.appendingPathComponent(name))
      let b = try Data(contentsOf: second.appendingPathComponent(name))
      #expect(a == b, "\(name) differs between runs")
    }
  }

  /// output/ is committed; it must be what the current code writes.
  @Test func committedOutputIsUpToDate() throws {
    let fresh = try CLI.temporaryDirectory()
    let result = try CLI.run(["build", "seeds", "--output", fresh.path])
    #expect(result.status == 0)
    let committed = CLI.packageRoot.appendingPathComponent("output")
    for name in [
      "extractions.jsonl", "graph.json", "graph.graphml", "graph.entities.graphml", "graph.dot", "statements.md",
      "graph.svg", "index.html",
    ] {
      let expected = try Data(contentsOf: committed.appendingPathComponent(name))
      let actual = try Data(contentsOf: fresh.appendingPathComponent(name))
      #expect(expected == actual, "output/\(name) is stale: run scripts/build.sh and commit output/")
    }
  }

  @Test func failedBuildLeavesPreviousOutputsWhole() throws {
    let output = try CLI.temporaryDirectory()
    #expect(try CLI.run(["build", "seeds", "-o", output.path]).status == 0)
    let before = try Data(contentsOf: output.appendingPathComponent("graph.json"))
    let empty = try CLI.temporaryDirectory()
    let result = try CLI.run(["build", empty.path, "-o", output.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("nothing to build"))
    #expect(try Data(contentsOf: output.appendingPathComponent("graph.json")) == before)
  }

  @Test(arguments: [["--format", "gif"], ["--layout", "spring"], ["--types", "person,planet"], ["--depth", "-1"]])
  func rejectsBadOptions(_ options: [String]) throws {
    let output = try CLI.temporaryDirectory()
    let result = try CLI.run(["build", "seeds", "-o", output.path] + options)
    #expect(result.status != 0)
    #expect(!result.stderr.isEmpty)
  }

  @Test(arguments: ["build", "extract", "render", "ask"])
  func everyCommandHasHelp(_ command: String) throws {
    let result = try CLI.run([command, "--help"])
    #expect(result.status == 0)
    #expect(result.text.contains("USAGE") || result.text.contains("Usage"))
  }
}
