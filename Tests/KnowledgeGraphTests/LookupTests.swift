import Testing

@testable import KnowledgeGraph

@Suite("KnowledgeGraph lookup")
struct LookupTests {
  /// A graph with names that compete: two people sharing a surname, a
  /// country with abbreviations, an organization with a leading "the".
  static func graph() throws -> KnowledgeGraph {
    let extraction = Extraction(
      document: DocumentInfo(id: "d"),
      entities: [
        GraphFixtures.entity("person:maria-delgado", .person, "Maria Delgado", aliases: ["Delgado"], mentions: 5),
        GraphFixtures.entity("person:luis-delgado", .person, "Luis Delgado", mentions: 2),
        GraphFixtures.entity("person:delgado", .person, "Delgado", mentions: 1),
        GraphFixtures.entity("person:tomas-berg", .person, "Tomas Berg", aliases: ["Berg"], mentions: 3),
        GraphFixtures.entity(
          "country:united-states", .country, "United States", aliases: ["U.S.", "America", "American"], mentions: 4),
        GraphFixtures.entity("organization:river-council", .organization, "River Council", aliases: ["the council"]),
        GraphFixtures.entity("event:bridge-summit", .event, "Bridge Summit"),
        GraphFixtures.entity("group:us-officials", .group, "U.S. officials", affiliation: "country:united-states"),
      ],
      statements: [
        GraphFixtures.statement(
          "person:maria-delgado", "Maria Delgado", "the U.S. would pay", at: 10, about: ["country:united-states"]),
        GraphFixtures.statement(
          "person:maria-delgado", "she", "Berg was wrong", at: 100, about: ["person:tomas-berg"]),
        GraphFixtures.statement(
          "person:tomas-berg", "Berg", "the council and America disagree", at: 200,
          about: ["country:united-states", "organization:river-council"]),
        GraphFixtures.statement(nil, "a spokesman", "the summit was cancelled", at: 300, about: ["event:bridge-summit"]),
        GraphFixtures.statement(
          "group:us-officials", "U.S. officials", "Delgado is right", at: 400, about: ["person:maria-delgado"]),
      ],
      relations: [
        GraphFixtures.relation("person:maria-delgado", .called, "person:tomas-berg", "Delgado called Berg", at: 500),
        GraphFixtures.relation(
          "person:tomas-berg", .holdsRole, "country:united-states", "U.S. envoy Tomas Berg", at: 600),
      ])
    var graph = KnowledgeGraph()
    try graph.merge(extraction)
    return graph
  }

  // MARK: - entities(named:)

  @Test(arguments: [
    ("Maria Delgado", "person:maria-delgado"), ("maria delgado", "person:maria-delgado"),
    ("MARIA  DELGADO", "person:maria-delgado"), ("person:luis-delgado", "person:luis-delgado"),
    ("United States", "country:united-states"), ("U.S.", "country:united-states"), ("US", "country:united-states"),
    ("u.s", "country:united-states"), ("America", "country:united-states"), ("Berg", "person:tomas-berg"),
    ("Tomas", "person:tomas-berg"), ("River Council", "organization:river-council"),
    ("the River Council", "organization:river-council"), ("council", "organization:river-council"),
    ("Bridge Summit", "event:bridge-summit"), ("Luis", "person:luis-delgado"),
  ])
  func bestMatch(_ name: String, _ id: String) throws {
    #expect(try Self.graph().entities(named: name).first?.id == id)
  }

  @Test func aOneWordNameMeansTheMostMentionedEntity() throws {
    // "Delgado": Maria Delgado (5 mentions, an alias) before the entity
    // named just so (1 mention) and Luis Delgado (2 mentions, a word of his
    // name, which counts half).
    let ids = try Self.graph().entities(named: "Delgado").map(\.id)
    #expect(ids == ["person:maria-delgado", "person:delgado", "person:luis-delgado"])
  }

  @Test func aWholeNameComesFirst() throws {
    var graph = try Self.graph()
    try graph.merge(
      Extraction(
        document: DocumentInfo(id: "e"),
        entities: [GraphFixtures.entity("person:maria-delgado-ruiz", .person, "Maria Delgado Ruiz", aliases: ["Maria Delgado"], mentions: 40)]))
    #expect(graph.entities(named: "Maria Delgado").first?.id == "person:maria-delgado")
  }

  @Test func aSpeakerPrefersWhoCanSpeak() throws {
    let matches = [
      EntityMatch(entity: Entity(id: "location:blair", type: .location, name: "Blair", mentionCount: 90), kind: .name),
      EntityMatch(entity: Entity(id: "person:tony-blair", type: .person, name: "Tony Blair", mentionCount: 60), kind: .alias),
    ]
    #expect(matches.ranked(for: "Blair", role: .speaker).map(\.entity.id) == ["person:tony-blair", "location:blair"])
    #expect(matches.ranked(for: "Blair", role: .topic).map(\.entity.id) == ["location:blair", "person:tony-blair"])
  }

  @Test func tiesGoToTheEntityWithMoreMentions() throws {
    var graph = KnowledgeGraph()
    try graph.merge(
      Extraction(
        document: DocumentInfo(id: "d"),
        entities: [
          GraphFixtures.entity("person:ana-ruiz", .person, "Ana Ruiz", mentions: 1),
          GraphFixtures.entity("person:jose-ruiz", .person, "Jose Ruiz", mentions: 4),
          GraphFixtures.entity("person:eva-ruiz", .person, "Eva Ruiz", mentions: 1),
        ]))
    #expect(graph.entities(named: "Ruiz").map(\.id) == ["person:jose-ruiz", "person:ana-ruiz", "person:eva-ruiz"])
  }

  @Test(arguments: ["", "   ", "...", "Nobody", "Maria Berg", "Delgad", "person:nobody"])
  func unknownNamesFindNothing(_ name: String) throws {
    #expect(try Self.graph().entities(named: name).isEmpty)
  }

  @Test func multiWordNamesDoNotMatchSingleWords() throws {
    // A two-word query must match a whole name or alias.
    #expect(try Self.graph().entities(named: "Delgado Berg").isEmpty)
  }

  // MARK: - statements(speaker:about:)

  @Test func statementsBySpeakerUseNamesAndAliases() throws {
    let graph = try Self.graph()
    #expect(graph.statements(speaker: "Maria Delgado").count == 2)
    #expect(graph.statements(speaker: "Berg").map(\.text) == ["the council and America disagree"])
    #expect(graph.statements(speaker: "person:tomas-berg").count == 1)
    #expect(graph.statements(speaker: "Nobody").isEmpty)
  }

  @Test func statementsBySpeakerTextWhenTheEntityIsUnknown() throws {
    let graph = try Self.graph()
    #expect(graph.statements(speaker: "a spokesman").map(\.text) == ["the summit was cancelled"])
    #expect(graph.statements(speaker: "A Spokesman!").map(\.text) == ["the summit was cancelled"])
  }

  @Test func anAmbiguousSpeakerNameMeansOneEntity() throws {
    // "Delgado" is Maria Delgado, the most mentioned; only her statements.
    let graph = try Self.graph()
    #expect(graph.statements(speaker: "Delgado").count == 2)
    #expect(graph.statements(speaker: "Maria").count == 2)
  }

  @Test func statementsAboutAnEntity() throws {
    let graph = try Self.graph()
    #expect(graph.statements(about: "U.S.").map(\.text) == ["the U.S. would pay", "the council and America disagree"])
    #expect(graph.statements(about: "Tomas Berg").map(\.text) == ["Berg was wrong"])
    // One word of a name is enough: "the summit" finds "Bridge Summit".
    #expect(graph.statements(about: "the summit").count == 1)
    #expect(graph.statements(about: "Bridge Summit").count == 1)
  }

  @Test func statementsBySpeakerAboutTopic() throws {
    let graph = try Self.graph()
    #expect(graph.statements(speaker: "Delgado", about: "Berg").map(\.text) == ["Berg was wrong"])
    #expect(graph.statements(speaker: "Maria Delgado", about: "Berg").map(\.text) == ["Berg was wrong"])
    #expect(graph.statements(speaker: "Maria Delgado", about: "America").map(\.text) == ["the U.S. would pay"])
    #expect(graph.statements(speaker: "U.S. officials", about: "Maria Delgado").count == 1)
    #expect(graph.statements(speaker: "Berg", about: "Maria Delgado").isEmpty)
  }

  @Test func noFiltersGiveAllStatementsInGraphOrder() throws {
    let graph = try Self.graph()
    #expect(graph.statements(speaker: nil, about: nil) == graph.statements)
    #expect(graph.statements().count == 5)
  }

  @Test func relationsInvolvingAnEntity() throws {
    let graph = try Self.graph()
    #expect(graph.relations(involving: "person:tomas-berg").map(\.predicate) == [.called, .holdsRole])
    #expect(graph.relations(involving: "country:united-states").map(\.subject) == ["person:tomas-berg"])
    #expect(graph.relations(involving: "person:nobody").isEmpty)
  }

  // MARK: - NameKey

  @Test(arguments: [
    ("U.S.", "us"), ("US", "us"), ("the alliance", "alliance"), ("The Alliance", "alliance"),
    ("Russia/Ukraine", "russia ukraine"), ("pro-Russian", "pro russian"), ("  Maria   Delgado ", "maria delgado"),
    ("Zelensky's", "zelenskys"), ("Київ", "київ"), ("theater", "theater"), ("2024 Summit", "2024 summit"),
    ("war\u{2014}peace", "war peace"), ("", ""),
  ])
  func nameKeysNormalise(_ name: String, _ key: String) {
    #expect(NameKey(name).value == key)
    #expect(NameKey(name).description == key)
  }
}
