import KnowledgeGraph
import Testing

@Suite("entity overrides")
struct EntityOverridesTests {
  typealias F = GraphFixtures
  static func document(_ id: String, _ entities: [EntityRecord], statements: [StatementRecord] = []) -> Extraction {
    ResolutionTests.document(id, entities, statements: statements)
  }

  static let file = """
    # corrections
    alias\tMan Utd\tManchester United

    never\tCharles\tCharles Kenner
    type\tLiverpool\torganization\tsport1
    drop\tAnalysts
    """

  @Test func theFileIsParsed() throws {
    let overrides = try EntityOverrides(parsing: Self.file, path: "newsgraph.entities.tsv")
    #expect(overrides.rules.count == 4)
    #expect(overrides.rules[0].action == .alias(canonical: "Manchester United"))
    #expect(overrides.rules[1].action == .never(other: "Charles Kenner"))
    #expect(overrides.rules[2].action == .type(.organization))
    #expect(overrides.rules[2].documents == ["sport1"])
    #expect(overrides.rules[3].action == .drop)
    #expect(overrides.rules[3].source == "newsgraph.entities.tsv:6")
  }

  @Test(arguments: [
    ("rename\tA\tB", "unknown action"), ("alias\tA", "needs a third column"), ("type\tA\tplanet", "unknown type"),
    ("drop", "expected ACTION"), ("drop\tA\td1\textra", "too many columns"),
  ])
  func badLinesNameTheirLine(_ line: String, _ message: String) {
    #expect {
      _ = try EntityOverrides(parsing: "# header\n" + line, path: "x.tsv")
    } throws: { error in
      let text = (error as? GraphError)?.description ?? ""
      return text.hasPrefix("x.tsv:2: ") && text.contains(message)
    }
  }

  @Test func everyRuleIsApplied() throws {
    let extractions = [
      Self.document("sport1", [
        F.entity("location:liverpool", .location, "Liverpool"), F.entity("person:man-utd", .person, "Man Utd"),
        F.entity("group:analysts", .group, "Analysts"),
      ], statements: [F.statement("group:analysts", "Analysts", "Liverpool will win", at: 50, about: ["location:liverpool"])]),
      Self.document("city1", [F.entity("location:liverpool", .location, "Liverpool")]),
      Self.document("club", [F.entity("organization:manchester-united", .organization, "Manchester United")]),
      Self.document("pol1", [F.entity("person:charles-kenner", .person, "Charles Kenner")]),
      Self.document("pol2", [F.entity("person:kenner", .person, "Kenner")]),
      Self.document("pol3", [F.entity("person:charles", .person, "Charles")]),
    ]
    let plain = try KnowledgeGraph.resolving(extractions).graph
    #expect(plain.entity(id: "person:charles-kenner")?.documents == ["pol1", "pol2"])
    let overrides = try EntityOverrides(
      parsing: Self.file + "\nnever\tKenner\tCharles Kenner\n", path: "newsgraph.entities.tsv")
    let resolved = try KnowledgeGraph.resolving(extractions, overrides: overrides)
    let graph = resolved.graph
    #expect(graph.entity(id: "organization:liverpool")?.documents == ["sport1"])
    #expect(graph.entity(id: "location:liverpool")?.documents == ["city1"])
    #expect(graph.entity(id: "organization:manchester-united")?.documents == ["club", "sport1"])
    #expect(graph.entity(id: "group:analysts") == nil)
    #expect(graph.statements.first?.speaker == nil)
    #expect(graph.statements.first?.about == ["organization:liverpool"])
    #expect(graph.entity(id: "person:charles-kenner")?.documents == ["pol1"])
    #expect(graph.mergeHistory(of: "organization:liverpool").first?.reason.contains("newsgraph.entities.tsv:5") == true)
    let sport = try #require(resolved.extractions.first { $0.document.id == "sport1" })
    #expect(sport.groups.isEmpty)
    #expect(sport.statements.first?.speaker?.text == "Analysts")
  }
}
