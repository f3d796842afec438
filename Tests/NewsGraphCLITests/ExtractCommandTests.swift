import Foundation
import Testing

@Suite("newsgraph extract")
struct ExtractCommandTests {
  @Test func writesOnlyJSONLinesToStandardOutput() throws {
    let result = try CLI.run(["extract", "seeds"])
    #expect(result.status == 0)
    let lines = try CLI.jsonLines(result.stdout)
    #expect(lines.count == 1)
    let document = try #require(lines.first?["document"] as? [String: Any])
    #expect(document["id"] as? String == "000_384b8cffc89ffb5d")
    #expect(document["path"] as? String == "seeds/000_384b8cffc89ffb5d.txt")
  }

  @Test func readsPlainTextFromStandardInput() throws {
    let text = "Chancellor Anna Berger said on Monday that the plan would go ahead.\n"
    let result = try CLI.run(["extract", "-"], stdin: Data(text.utf8))
    #expect(result.status == 0)
    let lines = try CLI.jsonLines(result.stdout)
    #expect(lines.count == 1)
    let document = try #require(lines.first?["document"] as? [String: Any])
    #expect(document["id"] as? String == "stdin")
    let statements = try #require(lines.first?["statements"] as? [[String: Any]])
    #expect(statements.count == 1)
  }

  @Test func readsJSONLinesFromStandardInput() throws {
    let input = """
      {"id": "a", "text": "The minister said the talks had failed."}
      {"id": "b", "text": "Nothing to see here."}

      """
    let result = try CLI.run(["extract", "-"], stdin: Data(input.utf8))
    #expect(result.status == 0)
    let lines = try CLI.jsonLines(result.stdout)
    #expect(lines.compactMap { ($0["document"] as? [String: Any])?["id"] as? String } == ["a", "b"])
  }

  @Test func reportsABadJSONLine() throws {
    let input = "{\"id\": \"a\", \"text\": \"fine\"}\n{\"id\": \"b\"}\n"
    let result = try CLI.run(["extract", "-"], stdin: Data(input.utf8))
    #expect(result.status != 0)
    #expect(result.stderr.contains("<stdin>:2"))
  }
}
