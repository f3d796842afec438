import Testing

@testable import KnowledgeGraph

/// Subgraphs and rankings on a small chain-shaped graph:
///
///     Berg --said about--> Delgado --holds_role--> Portugal --invaded--> Spain --member_of--> Council
///     Delgado --said about--> Spain;  a statement with no speaker about Portugal;  Lisbon alone.
@Suite("KnowledgeGraph neighbourhood")
struct NeighbourhoodTests {
  static func graph() throws -> KnowledgeGraph {
    var graph = KnowledgeGraph()
    try graph.merge(
      Extraction(
        document: DocumentInfo(id: "n"),
        entities: [
          GraphFixtures.entity("person:maria-delgado", .person, "Maria Delgado", mentions: 4),
          GraphFixtures.entity("person:tomas-berg", .person, "Tomas Berg", mentions: 1),
          GraphFixtures.entity("country:portugal", .country, "Portugal", mentions: 2),
          GraphFixtures.entity("country:spain", .country, "Spain", mentions: 2),
          GraphFixtures.entity("organization:river-council", .organization, "River Council", mentions: 1),
          GraphFixtures.entity("location:lisbon", .location, "Lisbon", mentions: 6),
        ],
        statements: [
          GraphFixtures.statement(
            "person:tomas-berg", "Berg", "Delgado was right", at: 10, about: ["person:maria-delgado"]),
          GraphFixtures.statement(
            "person:maria-delgado", "Delgado", "Spain will pay", at: 100, about: ["country:spain"]),
          GraphFixtures.statement(nil, nil, cue: nil, "Portugal is calm", at: 200, kind: .direct, about: ["country:portugal"]),
        ],
        relations: [
          GraphFixtures.relation("person:maria-delgado", .holdsRole, "country:portugal", "Portuguese Mayor Maria Delgado", at: 300),
          GraphFixtures.relation("country:portugal", .invaded, "country:spain", "Portugal invaded Spain", at: 400),
          GraphFixtures.relation("country:spain", .memberOf, "organization:river-council", "Council members such as Spain", at: 500),
        ]))
    return graph
  }

  func ids(_ graph: KnowledgeGraph) -> [String] { graph.entities.map(\.id) }

  @Test func noFocusAndNoTypesKeepsEverything() throws {
    let graph = try Self.graph()
    #expect(graph.subgraph() == graph)
  }

  @Test func typesFilterEntitiesAndWhatNeedsThem() throws {
    let graph = try Self.graph()
    let countries = graph.subgraph(types: [.country])
    #expect(ids(countries) == ["country:portugal", "country:spain"])
    #expect(countries.relations.map(\.predicate) == [.invaded])
    // Statements whose speaker is dropped go; a speakerless one stays.
    #expect(countries.statements.map(\.text) == ["Portugal is calm"])
    #expect(countries.documents == graph.documents)
    countries.checkInvariants()
  }

  @Test func typesTrimAboutLists() throws {
    let people = try Self.graph().subgraph(types: [.person])
    #expect(ids(people) == ["person:maria-delgado", "person:tomas-berg"])
    #expect(people.relations.isEmpty)
    let delgado = try #require(people.statements.first { $0.speaker == "person:maria-delgado" })
    #expect(delgado.about.isEmpty)
    // The speakerless statement about Portugal has nothing left: dropped.
    #expect(people.statements.map(\.text) == ["Delgado was right", "Spain will pay"])
  }

  @Test(arguments: [
    (0, ["person:maria-delgado"]),
    (1, ["country:portugal", "country:spain", "person:maria-delgado", "person:tomas-berg"]),
    (2, ["country:portugal", "country:spain", "organization:river-council", "person:maria-delgado", "person:tomas-berg"]),
    (9, ["country:portugal", "country:spain", "organization:river-council", "person:maria-delgado", "person:tomas-berg"]),
    (-1, ["person:maria-delgado"]),
  ])
  func focusKeepsEntitiesWithinDepth(_ depth: Int, _ expected: [String]) throws {
    let subgraph = try Self.graph().subgraph(focus: "person:maria-delgado", depth: depth)
    #expect(ids(subgraph) == expected)
    #expect(!ids(subgraph).contains("location:lisbon"))
    subgraph.checkInvariants()
  }

  @Test func focusKeepsOnlyEdgesBetweenKeptEntities() throws {
    let subgraph = try Self.graph().subgraph(focus: "person:tomas-berg", depth: 1)
    #expect(ids(subgraph) == ["person:maria-delgado", "person:tomas-berg"])
    #expect(subgraph.relations.isEmpty)
    #expect(subgraph.statements.map(\.text) == ["Delgado was right"])
  }

  @Test func focusFollowsRelationsAndStatementsInBothDirections() throws {
    let graph = try Self.graph()
    let near = graph.subgraph(focus: "organization:river-council", depth: 1)
    #expect(ids(near) == ["country:spain", "organization:river-council"])
    #expect(near.relations.map(\.predicate) == [.memberOf])
    #expect(near.statements.isEmpty)
    // Two steps: Portugal by a relation, Delgado by her statement about Spain.
    let far = graph.subgraph(focus: "organization:river-council", depth: 2)
    #expect(ids(far) == ["country:portugal", "country:spain", "organization:river-council", "person:maria-delgado"])
    #expect(far.relations.map(\.predicate) == [.holdsRole, .invaded, .memberOf])
    #expect(far.statements.map(\.text) == ["Spain will pay", "Portugal is calm"])
  }

  @Test func focusAndTypesTogether() throws {
    let subgraph = try Self.graph().subgraph(focus: "person:maria-delgado", depth: 3, types: [.person])
    #expect(ids(subgraph) == ["person:maria-delgado", "person:tomas-berg"])
    #expect(subgraph.relations.isEmpty)
  }

  @Test func anIsolatedFocusIsKeptAlone() throws {
    let subgraph = try Self.graph().subgraph(focus: "location:lisbon", depth: 2)
    #expect(ids(subgraph) == ["location:lisbon"])
    #expect(subgraph.statements.isEmpty)
    #expect(subgraph.relations.isEmpty)
  }

  @Test func anUnknownFocusGivesAnEmptyGraph() throws {
    let subgraph = try Self.graph().subgraph(focus: "person:nobody", depth: 2)
    #expect(subgraph.entities.isEmpty)
    #expect(subgraph.statements.isEmpty)
    #expect(subgraph.relations.isEmpty)
  }

  // MARK: - topEntities

  @Test func topEntitiesRankByMentionsPlusDegree() throws {
    let graph = try Self.graph()
    // Delgado 4 + 3 (two statements, one relation); Lisbon 6 + 0; Portugal
    // 2 + 3; Spain 2 + 3; Berg 1 + 1; Council 1 + 1.
    #expect(
      graph.topEntities(limit: 10) == [
        "person:maria-delgado", "location:lisbon", "country:portugal", "country:spain",
        "organization:river-council", "person:tomas-berg",
      ])
    #expect(graph.topEntities(limit: 2) == ["person:maria-delgado", "location:lisbon"])
    #expect(graph.topEntities(limit: 0).isEmpty)
    #expect(graph.topEntities(limit: -3).isEmpty)
    #expect(KnowledgeGraph().topEntities(limit: 5).isEmpty)
  }
}
