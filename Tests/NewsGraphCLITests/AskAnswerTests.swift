import Foundation
import Testing

/// `ask` and `build` on an invented corpus: two people named Marsh, two
/// named Holt, and one article saved twice.
@Suite("ask answers and what they matched")
struct AskAnswerTests {
  static let articles: [String: String] = [
    "a.txt": """
      Marsh backs chancellor

      Prime Minister Tony Marsh said on Monday that Gordon Holt had run the economy well. "Holt is the best chancellor this country has had," Marsh told reporters in London.
      """,
    "b.txt": """
      Rugby coach happy

      Scotland coach Mike Marsh said the team would beat Wales on Saturday. "Ivo Holt will captain the side," Marsh said.
      """,
    "c.txt": """
      Budget row

      Opposition leader Clara Voss said Tony Marsh had misled voters about taxes. Marsh said Voss was wrong.
      """,
  ]

  /// Builds the corpus (with `a.txt` also saved as `a-copy.txt`); returns
  /// the output folder.
  static func built(_ name: String = #function, extra: [String] = []) throws -> (input: URL, output: URL) {
    let input = try CLI.temporaryDirectory(name + "in")
    for (file, text) in articles { try Data((text + "\n").utf8).write(to: input.appendingPathComponent(file)) }
    try Data(((articles["a.txt"] ?? "") + "\n").utf8).write(to: input.appendingPathComponent("a-copy.txt"))
    let output = try CLI.temporaryDirectory(name + "out")
    let result = try CLI.run(["build", input.path, "-o", output.path] + extra)
    #expect(result.status == 0, "\(result.stderr)")
    return (input, output)
  }

  static func json(_ result: CLI.Result) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
  }

  @Test func theAnswerSaysWhatEachNameWasTakenToMean() throws {
    let (_, output) = try Self.built()
    let result = try CLI.run(["ask", "what did Marsh say about Holt", "--graph", output.appendingPathComponent("graph.json").path])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.text.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix("Marsh → Tony Marsh (person,") == true)
    #expect(lines.first?.contains("also: Mike Marsh (person,") == true)
    #expect(lines.contains { $0.hasPrefix("Holt → Gordon Holt (person,") })
    #expect(result.text.contains("passage: Prime Minister Tony Marsh said on Monday"))
    #expect(!result.text.contains("Mike Marsh said"))
  }

  @Test func jsonGivesIdsPathsOffsetsAndPassages() throws {
    let (input, output) = try Self.built()
    for graph in ["graph.json", "newsgraph.sqlite"] {
      let result = try CLI.run(["ask", "what did Tony Marsh say about Gordon Holt", "--json", "--graph", output.appendingPathComponent(graph).path])
      #expect(result.status == 0, "\(result.stderr)")
      let object = try Self.json(result)
      #expect(object["total"] as? Int == 2)
      #expect(object["shown"] as? Int == 2)
      let speaker = try #require(object["speaker"] as? [String: Any])
      #expect((speaker["chosen"] as? [String: Any])?["id"] as? String == "person:tony-marsh")
      let statements = try #require(object["statements"] as? [[String: Any]])
      #expect(statements.count == 2)
      let text = try String(contentsOf: input.appendingPathComponent("a.txt"), encoding: .utf8)
      let scalars = Array(text.unicodeScalars)
      for statement in statements {
        #expect((statement["id"] as? String)?.hasPrefix("statement:a:") == true)
        #expect(statement["document"] as? String == "a")
        #expect(statement["path"] as? String == input.appendingPathComponent("a.txt").path)
        #expect(statement["duplicates"] as? [String] == [input.appendingPathComponent("a-copy.txt").path])
        let start = try #require(statement["start"] as? Int)
        let end = try #require(statement["end"] as? Int)
        let content = try #require(statement["content"] as? [[String: Any]])
        let first = try #require(content.first?["text"] as? String)
        #expect(String(String.UnicodeScalarView(scalars[start..<(start + first.unicodeScalars.count)])) == first)
        #expect(end > start)
        #expect((statement["passage"] as? String)?.contains(first) == true)
      }
    }
  }

  @Test func limitAndKindNarrowTheAnswer() throws {
    let (_, output) = try Self.built()
    let graph = output.appendingPathComponent("graph.json").path
    let limited = try CLI.run(["ask", "--speaker", "Tony Marsh", "--limit", "1", "--graph", graph])
    #expect(limited.status == 0, "\(limited.stderr)")
    #expect(limited.text.contains("1 of "))
    #expect(limited.text.contains("statements shown"))
    let direct = try CLI.run(["ask", "--speaker", "Tony Marsh", "--kind", "direct", "--json", "--graph", graph])
    let statements = try #require(try Self.json(direct)["statements"] as? [[String: Any]])
    #expect(!statements.isEmpty)
    #expect(statements.allSatisfy { $0["kind"] as? String == "direct" })
    let bad = try CLI.run(["ask", "--speaker", "Tony Marsh", "--kind", "shouted", "--graph", graph])
    #expect(bad.status != 0)
  }

  @Test func anUnknownNameGetsDidYouMean() throws {
    let (_, output) = try Self.built()
    let result = try CLI.run(["ask", "what did Tony Marhs say", "--graph", output.appendingPathComponent("graph.json").path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("did you mean Tony Marsh"), "\(result.stderr)")
    let explain = try CLI.run(["explain", "Clara Vos", "--graph", output.appendingPathComponent("graph.json").path])
    #expect(explain.status != 0)
    #expect(explain.stderr.contains("did you mean Clara Voss"), "\(explain.stderr)")
  }

  @Test func duplicateArticlesAreOneDocumentWithTwoPaths() throws {
    let (_, output) = try Self.built()
    let data = try Data(contentsOf: output.appendingPathComponent("graph.json"))
    let graph = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let documents = try #require(graph["documents"] as? [[String: Any]])
    #expect(documents.map { $0["id"] as? String } == ["a", "b", "c"])
    let duplicates = try #require(documents.first?["duplicates"] as? [[String: Any]])
    #expect(duplicates.map { $0["id"] as? String } == ["a-copy"])
    let statements = try #require(graph["statements"] as? [[String: Any]])
    #expect(!statements.contains { $0["document"] as? String == "a-copy" })
    // Every file keeps its line in extractions.jsonl.
    let lines = try CLI.jsonLines(try Data(contentsOf: output.appendingPathComponent("extractions.jsonl")))
    #expect(lines.count == 4)
  }

  @Test func theStoreAnswersLikeTheGraphFile() throws {
    let (_, output) = try Self.built()
    for question in ["what did Marsh say about Holt", "who said what about Tony Marsh", "what did Marsh say about Voss"] {
      let file = try CLI.run(["ask", question, "--json", "--graph", output.appendingPathComponent("graph.json").path])
      let store = try CLI.run(["ask", question, "--json", "--graph", output.appendingPathComponent("newsgraph.sqlite").path])
      let a = try #require(try Self.json(file)["statements"] as? [[String: Any]])
      let b = try #require(try Self.json(store)["statements"] as? [[String: Any]])
      #expect(a.map { $0["id"] as? String } == b.map { $0["id"] as? String }, "\(question)")
      #expect(!a.isEmpty, "\(question)")
    }
  }
}

@Suite("entity overrides file")
struct OverridesFileTests {
  @Test func theOutputFoldersFileIsAppliedWithoutExtractingAgain() throws {
    let (input, output) = try AskAnswerTests.built()
    func voss() throws -> [String: Any]? {
      let data = try Data(contentsOf: output.appendingPathComponent("graph.json"))
      let graph = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
      let entities = try #require(graph["entities"] as? [[String: Any]])
      return entities.first { ($0["name"] as? String) == "Clara Voss" }
    }
    #expect(try voss()?["type"] as? String == "person")
    let rules = "# corrections\ntype\tClara Voss\torganization\nalias\tMarsh\tTony Marsh\tc\n"
    try Data(rules.utf8).write(to: output.appendingPathComponent("newsgraph.entities.tsv"))
    let result = try CLI.run(["build", input.path, "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("4 unchanged"), "\(result.stderr)")
    #expect(try voss()?["type"] as? String == "organization")
    // Nothing changed: nothing is rebuilt.
    let again = try CLI.run(["build", input.path, "-o", output.path])
    #expect(again.stderr.contains("nothing changed"), "\(again.stderr)")
  }

  @Test func aNamedFileIsUsedAndItsErrorsNameTheLine() throws {
    let (input, output) = try AskAnswerTests.built()
    let file = output.appendingPathComponent("mine.tsv")
    try Data("drop\tClara Voss\n".utf8).write(to: file)
    let result = try CLI.run(["build", input.path, "-o", output.path, "--entities", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    let graph = try String(contentsOf: output.appendingPathComponent("graph.json"), encoding: .utf8)
    #expect(!graph.contains("\"Clara Voss\""))
    try Data("drop\tClara Voss\nmerge\tA\tB\n".utf8).write(to: file)
    let bad = try CLI.run(["build", input.path, "-o", output.path, "--entities", file.path])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("mine.tsv:2: unknown action 'merge'"), "\(bad.stderr)")
    let missing = try CLI.run(["build", input.path, "-o", output.path, "--entities", "/nonexistent.tsv"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("/nonexistent.tsv"))
  }
}
