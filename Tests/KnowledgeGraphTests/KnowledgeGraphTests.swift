import Testing

@testable import KnowledgeGraph

@Suite("KnowledgeGraph")
struct KnowledgeGraphTests {
  @Test func emptyGraph() {
    let graph = KnowledgeGraph()
    #expect(graph.isEmpty)
    #expect(graph.documents.isEmpty)
    #expect(graph.entities.isEmpty)
    #expect(graph.statements.isEmpty)
    #expect(graph.relations.isEmpty)
    #expect(graph.entity(id: "person:anyone") == nil)
    graph.checkInvariants()
  }

  @Test func entitiesAreSortedByID() throws {
    let graph = try GraphFixtures.graph()
    let ids = graph.entities.map(\.id)
    #expect(ids == ids.sorted())
    #expect(ids.count == 9)
    #expect(graph.entity(id: "person:anna-kowalski")?.name == "Anna Kowalski")
    #expect(!graph.isEmpty)
    graph.checkInvariants()
  }

  @Test func initFromPartsSortsAndValidates() throws {
    let maria = Entity(id: "person:maria-delgado", type: .person, name: "Maria Delgado")
    let spain = Entity(id: "country:spain", type: .country, name: "Spain")
    let late = Statement(
      id: "statement:b:1", speaker: maria.id, speakerText: "Delgado", cue: "said", kind: .indirect,
      content: [GraphFixtures.span("late", 90)], about: [spain.id], document: "b")
    let early = Statement(
      id: "statement:a:1", speaker: nil, speakerText: nil, cue: nil, kind: .direct,
      content: [GraphFixtures.span("early", 5)], about: [], document: "a")
    let relation = Relation(
      subject: maria.id, predicate: .criticized, object: spain.id, document: "a",
      evidence: GraphFixtures.span("Delgado criticized Spain", 0))
    let graph = try KnowledgeGraph(
      documents: [DocumentInfo(id: "b"), DocumentInfo(id: "a")], entities: [spain, maria],
      statements: [late, early], relations: [relation])
    #expect(graph.documents.map(\.id) == ["a", "b"])
    #expect(graph.statements.map(\.id) == ["statement:a:1", "statement:b:1"])
    #expect(graph.entities.map(\.id) == ["country:spain", "person:maria-delgado"])
  }

  @Test func initFromPartsRejectsUnknownEntities() {
    let maria = Entity(id: "person:maria-delgado", type: .person, name: "Maria Delgado")
    let statement = Statement(
      id: "statement:a:1", speaker: maria.id, speakerText: "Delgado", cue: "said", kind: .indirect,
      content: [GraphFixtures.span("text", 0)], about: ["country:nowhere"], document: "a")
    #expect(throws: GraphError.unknownEntity("country:nowhere", document: "a")) {
      try KnowledgeGraph(documents: [], entities: [maria], statements: [statement], relations: [])
    }
    let relation = Relation(
      subject: "person:ghost", predicate: .met, object: maria.id, document: "b",
      evidence: GraphFixtures.span("met", 0))
    #expect(throws: GraphError.unknownEntity("person:ghost", document: "b")) {
      try KnowledgeGraph(documents: [], entities: [maria], statements: [], relations: [relation])
    }
    let unknownSpeaker = Statement(
      id: "statement:c:1", speaker: "person:ghost", speakerText: "he", cue: "said", kind: .indirect,
      content: [GraphFixtures.span("text", 0)], about: [], document: "c")
    #expect(throws: GraphError.unknownEntity("person:ghost", document: "c")) {
      try KnowledgeGraph(documents: [], entities: [maria], statements: [unknownSpeaker], relations: [])
    }
  }

  @Test func statementTextJoinsSpans() {
    let statement = Statement(
      id: "statement:a:1", speaker: nil, speakerText: nil, cue: "said", kind: .direct,
      content: [GraphFixtures.span("We will rebuild the bridge,", 1), GraphFixtures.span("and soon.", 50)],
      about: [], document: "a")
    #expect(statement.text == "We will rebuild the bridge, … and soon.")
    #expect(statement.start == 1)
    #expect(statement.end == 59)
    let empty = Statement(
      id: "s", speaker: nil, speakerText: nil, cue: nil, kind: .direct, content: [], about: [], document: "a")
    #expect(empty.text == "" && empty.start == 0 && empty.end == 0)
  }

  @Test func entityAllNamesPutsTheNameFirst() {
    let entity = Entity(id: "country:spain", type: .country, name: "Spain", aliases: ["Madrid", "Spanish"])
    #expect(entity.allNames == ["Spain", "Madrid", "Spanish"])
  }

  @Test func errorDescriptionsNameTheirSubject() {
    #expect(GraphError.unknownEntity("person:x", document: "doc-1").description == "doc-1: unknown entity 'person:x'")
    #expect(
      GraphError.conflictingType("x", .person, .country).description == "entity 'x' is both person and country")
    #expect(GraphError.unreadable(path: "g.json", reason: "bad").description == "g.json: bad")
  }

  @Test func slugsAreStableIDs() {
    #expect(EntitySlug.id(type: .country, name: "United States") == "country:united-states")
    #expect(EntitySlug.id(type: .country, name: "U.S.") == "country:us")
    #expect(EntitySlug.id(type: .organization, name: "The Alliance") == "organization:alliance")
    #expect(EntitySlug.id(type: .person, name: "José  Martínez-Ruiz") == "person:josé-martínez-ruiz")
    #expect(EntitySlug.id(type: .event, name: "Russia's full-scale invasion") == "event:russias-full-scale-invasion")
    // ASCII takes a fast path: it must agree with the Unicode-property rule.
    for value in UInt32(32)..<UInt32(127) {
      let scalar = Unicode.Scalar(value)!
      let name = "a" + String(Character(scalar)) + "B"
      let kept = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      let dropped = scalar == "." || scalar == "'"
      let expected = dropped ? "ab" : kept ? "a" + String(Character(scalar)).lowercased() + "b" : "a-b"
      #expect(EntitySlug.slug(name) == expected, "scalar \(value)")
    }
    #expect(EntitySlug.id(type: .group, name: "!!!") == "group:entity")
    #expect(EntitySlug.slug("Київ") == "київ")
  }

  @Test func typesAndPredicatesUseFileStrings() {
    #expect(EntityType.allCases.map(\.rawValue) == ["person", "country", "organization", "event", "location", "group"])
    #expect(EntityType.allCases.sorted() == EntityType.allCases)
    #expect(Predicate.holdsRole.rawValue == "holds_role")
    #expect(Predicate.appliedToJoin.rawValue == "applied_to_join")
    #expect(Predicate.participatedIn.rawValue == "participated_in")
    #expect(Predicate.allCases.count == 15)
    #expect(StatementKind.allCases.map(\.rawValue) == ["direct", "indirect", "mixed"])
  }
}
