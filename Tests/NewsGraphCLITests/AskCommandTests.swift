import Foundation
import Testing

@Suite("newsgraph ask")
struct AskCommandTests {
  static func graph() throws -> URL {
    let output = try CLI.temporaryDirectory("ask")
    _ = try CLI.run(["build", "seeds", "-o", output.path])
    return output.appendingPathComponent("graph.json")
  }

  @Test func answersWhatDidXSayAboutY() throws {
    let graph = try Self.graph()
    let result = try CLI.run(["ask", "--graph", graph.path, "what did Hegseth say about Putin?"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.contains("Pete Hegseth"))
    #expect(result.text.contains("concession to"))
    #expect(!result.text.contains("Donald Trump said"))
  }

  /// The statements of a `--json` answer.
  static func statements(_ result: CLI.Result) throws -> [[String: Any]] {
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    return try #require(object["statements"] as? [[String: Any]])
  }

  @Test func answersWhoSaidWhatAboutY() throws {
    let graph = try Self.graph()
    let result = try CLI.run(["ask", "--graph", graph.path, "--json", "who said what about NATO"])
    #expect(result.status == 0)
    let items = try Self.statements(result)
    #expect(items.count >= 3)
    for item in items {
      #expect((item["aboutIDs"] as? [String])?.contains { $0.hasPrefix("organization:") } == true)
      #expect(item["document"] as? String == "000_384b8cffc89ffb5d")
    }
  }

  @Test func speakerOptionMatchesAliases() throws {
    let graph = try Self.graph()
    let short = try CLI.run(["ask", "--graph", graph.path, "--speaker", "Trump", "--json"])
    let full = try CLI.run(["ask", "--graph", graph.path, "--speaker", "Donald Trump", "--json"])
    #expect(short.status == 0)
    let items = try Self.statements(short)
    #expect(items.map { $0["id"] as? String } == (try Self.statements(full)).map { $0["id"] as? String })
    #expect(!items.isEmpty)
    #expect(items.allSatisfy { $0["speaker"] as? String == "Donald Trump" })
  }

  @Test func readsGraphML() throws {
    let graph = try Self.graph().deletingLastPathComponent().appendingPathComponent("graph.graphml")
    let result = try CLI.run(["ask", "--graph", graph.path, "what did Zelensky say"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.contains("Volodymyr Zelensky"))
  }

  @Test(arguments: ["how tall is Putin", "tell me everything", "what did say about"])
  func anUnknownQuestionGetsAUsageHint(_ question: String) throws {
    let graph = try Self.graph()
    let result = try CLI.run(["ask", "--graph", graph.path, question])
    #expect(result.status != 0)
    #expect(result.stderr.contains("what did X say about Y"))
    #expect(result.stdout.isEmpty)
  }

  @Test func anUnknownNameIsReported() throws {
    let graph = try Self.graph()
    let result = try CLI.run(["ask", "--graph", graph.path, "--about", "Atlantis"])
    #expect(result.status != 0)
    #expect(result.stderr.contains("Atlantis"))
  }
}

@Suite("newsgraph explain")
struct ExplainCommandTests {
  @Test func explainsAnEntityByShortName() throws {
    let graph = try AskCommandTests.graph()
    let result = try CLI.run(["explain", "Putin", "--graph", graph.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.text.contains("Vladimir Putin (person, person:vladimir-putin)"))
    #expect(result.text.contains("holds_role Russia"))
  }

  @Test func anUnknownNameIsAnError() throws {
    let graph = try AskCommandTests.graph()
    let result = try CLI.run(["explain", "Nobody Atall", "--graph", graph.path])
    #expect(result.status != 0)
    #expect(result.stderr.contains("Nobody Atall"))
  }
}
