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

  @Test func namesComeFromTheModelsByDefault() throws {
    let text = Data("Reporters met Tomas Berg at Harbour View on Monday.\n".utf8)
    let byDefault = try CLI.run(["extract", "-"], stdin: text)
    let models = try CLI.run(["extract", "--names", "models", "-"], stdin: text)
    let rules = try CLI.run(["extract", "--names", "rules", "-"], stdin: text)
    #expect(byDefault.status == 0 && models.status == 0 && rules.status == 0)
    #expect(byDefault.stdout == models.stdout)
    func ids(_ output: Data) throws -> [String] {
      let entities = try CLI.jsonLines(output).first?["entities"] as? [[String: Any]] ?? []
      return entities.compactMap { $0["id"] as? String }
    }
    // Rules call any unknown capitalised run a person; the recognizer knows better.
    #expect(try ids(rules.stdout).contains("person:harbour-view"))
    #expect(try !ids(byDefault.stdout).contains("person:harbour-view"))
    #expect(try ids(byDefault.stdout).contains("person:tomas-berg"))
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

  @Test func reportsABadJSONLineAndExtractsTheOthers() throws {
    let input = "{\"id\": \"a\", \"text\": \"fine\"}\n{\"id\": \"b\"}\n{\"id\": \"c\", \"text\": \"also fine\"}\n"
    let result = try CLI.run(["extract", "-"], stdin: Data(input.utf8))
    #expect(result.status == 2)
    #expect(result.stderr.contains("<stdin>:2: no \"text\" string, skipped"))
    let ids = try CLI.jsonLines(result.stdout).compactMap { ($0["document"] as? [String: Any])?["id"] as? String }
    #expect(ids == ["a", "c"])
  }
}
