import Foundation
import KnowledgeGraph
import Testing

@Suite("cross-document entity resolution")
struct ResolutionTests {
  typealias F = GraphFixtures

  static func document(_ id: String, _ entities: [EntityRecord], statements: [StatementRecord] = [], relations: [RelationRecord] = []) -> Extraction {
    Extraction(document: DocumentInfo(id: id), entities: entities, statements: statements, relations: relations)
  }

  /// Documents about other things, so that what the tested ones share is
  /// rare enough to count as evidence.
  static func filler(_ count: Int) -> [Extraction] {
    (0..<count).map { Self.document("z\($0)", [F.entity("country:peru", .country, "Peru")]) }
  }

  static func resolve(_ extractions: [Extraction], overrides: EntityOverrides = EntityOverrides()) throws -> KnowledgeGraph {
    try KnowledgeGraph.resolving(extractions, overrides: overrides).graph
  }

  @Test func aShortNameJoinsItsOnlyFullName() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:ilse-marten", .person, "Ilse Marten", aliases: ["Marten"])]),
      Self.document("b", [
        F.entity("person:marten", .person, "Marten", mentions: 2),
        F.entity("country:norway", .country, "Norway"),
      ], statements: [F.statement("person:marten", "Marten", "the port would stay open", at: 30, about: ["country:norway"])]),
    ])
    #expect(graph.merges.map(\.from) == ["person:marten"])
    #expect(graph.entity(id: "person:marten") == nil)
    let kept = try #require(graph.entity(id: "person:ilse-marten"))
    #expect(kept.mentionCount == 3)
    #expect(kept.documents == ["a", "b"])
    #expect(graph.statements.first?.speaker == "person:ilse-marten")
    #expect(graph.mergeHistory(of: "person:ilse-marten").first?.reason.contains("only known short form") == true)
  }

  @Test func middleInitialsDoNotSeparatePeople() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:karl-j-hollis", .person, "Karl J. Hollis")]),
      Self.document("b", [F.entity("person:karl-hollis", .person, "Karl Hollis", mentions: 3)]),
    ])
    #expect(graph.entities.map(\.id) == ["person:karl-hollis"])
    #expect(graph.entities.first?.aliases.contains("Karl J. Hollis") == true)
  }

  @Test func anAmbiguousShortNameFollowsItsContext() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:anna-voss", .person, "Anna Voss"), F.entity("country:chile", .country, "Chile")]),
      Self.document("b", [
        F.entity("person:peter-voss", .person, "Peter Voss"), F.entity("country:kenya", .country, "Kenya"),
        F.entity("organization:port-council", .organization, "Port Council"),
      ]),
      Self.document("c", [
        F.entity("person:voss", .person, "Voss"), F.entity("country:kenya", .country, "Kenya"),
        F.entity("organization:port-council", .organization, "Port Council"),
      ]),
      Self.document("e", [F.entity("country:chile", .country, "Chile")]),
    ] + Self.filler(20))
    #expect(graph.entity(id: "person:voss") == nil)
    #expect(graph.entity(id: "person:peter-voss")?.documents == ["b", "c"])
    #expect(graph.entity(id: "person:anna-voss")?.documents == ["a"])
    #expect(graph.assignments.isEmpty)
  }

  @Test func anAmbiguousShortNameWithoutContextStaysApart() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:anna-voss", .person, "Anna Voss")]),
      Self.document("b", [F.entity("person:peter-voss", .person, "Peter Voss")]),
      Self.document("c", [F.entity("person:voss", .person, "Voss")]),
    ])
    #expect(graph.entity(id: "person:anna-voss")?.documents == ["a"])
    #expect(graph.entity(id: "person:peter-voss")?.documents == ["b"])
    #expect(graph.entities.contains { $0.name == "Voss" && $0.documents == ["c"] })
  }

  @Test func differentTypesNeverJoin() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("location:paris", .location, "Paris")]),
      Self.document("b", [F.entity("person:paris-hilton", .person, "Paris Hilton")]),
    ])
    #expect(graph.merges.isEmpty)
    #expect(graph.entities.count == 2)
  }

  @Test func relationsAreRewrittenAndDeduplicated() throws {
    let graph = try Self.resolve([
      Self.document("a", [
        F.entity("person:ilse-marten", .person, "Ilse Marten"), F.entity("person:marten", .person, "Marten"),
        F.entity("country:norway", .country, "Norway"),
      ], relations: [
        F.relation("person:ilse-marten", .holdsRole, "country:norway", "Norwegian minister Ilse Marten", at: 0),
        F.relation("person:marten", .holdsRole, "country:norway", "Norwegian minister Ilse Marten", at: 0),
      ])
    ])
    #expect(graph.relations.count == 1)
    #expect(graph.relations.first?.subject == "person:ilse-marten")
    graph.checkInvariants()
  }

  @Test func mergesSurviveTheJSONRoundTrip() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:ilse-marten", .person, "Ilse Marten")]),
      Self.document("b", [F.entity("person:marten", .person, "Marten")]),
    ])
    let data = try JSONEncoder().encode(graph)
    let decoded = try JSONDecoder().decode(KnowledgeGraph.self, from: data)
    #expect(decoded == graph)
    #expect(decoded.merges.count == 1)
  }
}

@Suite("batch merge")
struct BatchMergeTests {
  @Test func mergingABatchEqualsMergingOneByOne() throws {
    let extractions = [GraphFixtures.first, GraphFixtures.second]
    var one = KnowledgeGraph()
    for extraction in extractions { try one.merge(extraction) }
    var batch = KnowledgeGraph()
    try batch.merge(contentsOf: extractions)
    #expect(batch == one)
    // A document given again replaces the earlier version.
    try batch.merge(contentsOf: [GraphFixtures.first])
    try one.merge(GraphFixtures.first)
    #expect(batch.statements == one.statements)
    #expect(batch.relations == one.relations)
  }

  @Test func anInvalidExtractionMergesNothing() throws {
    var graph = KnowledgeGraph()
    let bad = Extraction(
      document: DocumentInfo(id: "bad"), entities: [],
      relations: [GraphFixtures.relation("person:x", .met, "person:y", "x met y", at: 0)])
    #expect(throws: GraphError.self) { try graph.merge(contentsOf: [GraphFixtures.first, bad]) }
    #expect(graph.isEmpty)
  }
}

@Suite("cross-document resolution rules")
struct ResolutionRuleTests {
  typealias F = GraphFixtures
  static func document(_ id: String, _ entities: [EntityRecord], statements: [StatementRecord] = []) -> Extraction {
    ResolutionTests.document(id, entities, statements: statements)
  }

  static func resolve(_ extractions: [Extraction]) throws -> KnowledgeGraph {
    try ResolutionTests.resolve(extractions)
  }

  /// People whose names make "Harald", "Nyberg" and "Stone" known given
  /// names and surnames.
  static let people: [Extraction] = [
    document("p1", [F.entity("person:harald-nyberg", .person, "Harald Nyberg")]),
    document("p2", [F.entity("person:harald-stone", .person, "Harald Stone")]),
    document("p3", [F.entity("person:eva-nyberg", .person, "Eva Nyberg")]),
    document("p4", [F.entity("person:jon-stone", .person, "Jon Stone")]),
  ]

  @Test func descriptorsAreStrippedAndKeptAsRoles() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:tory-mp-anna-voss", .person, "Tory MP Anna Voss")]),
      Self.document("b", [F.entity("person:anna-voss", .person, "Anna Voss", mentions: 2)]),
      Self.document("c", [F.entity("person:fly-half-anna-voss", .person, "Fly-half Anna Voss")]),
    ])
    let voss = try #require(graph.entity(id: "person:anna-voss"))
    #expect(voss.name == "Anna Voss")
    #expect(voss.documents == ["a", "b", "c"])
    #expect(voss.roles == ["Fly-half", "Tory MP"])
    #expect(graph.mergeHistory(of: voss.id).allSatisfy { $0.reason.contains("descriptor") })
  }

  @Test func aGivenNameBeforeAKnownNameIsNoDescriptor() throws {
    // "Robert De Vries" keeps "Robert" although "De Vries" is someone's name.
    let graph = try Self.resolve(Self.people + [
      Self.document("a", [F.entity("person:robert-de-vries", .person, "Robert De Vries")]),
      Self.document("b", [F.entity("person:de-vries", .person, "De Vries")]),
      Self.document("c", [F.entity("person:robert-nyberg", .person, "Robert Nyberg")]),
      Self.document("d", [F.entity("person:robert-stone", .person, "Robert Stone")]),
    ])
    #expect(graph.entity(id: "person:robert-de-vries")?.roles == nil)
  }

  @Test func aBareFirstNameNeverJoins() throws {
    let graph = try Self.resolve(Self.people + [
      Self.document("a", [F.entity("person:harald", .person, "Harald")]),
      Self.document("b", [F.entity("person:harald", .person, "Harald")]),
    ])
    let haralds = graph.entities.filter { $0.name == "Harald" }
    #expect(haralds.count == 2)
    #expect(haralds.allSatisfy { $0.documents.count == 1 })
    #expect(graph.entity(id: "person:harald-nyberg")?.documents == ["p1"])
  }

  @Test func initialsJoinOnlyFullNamesTheyAgreeWith() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:bjorn-olsen", .person, "Bjorn Olsen")]),
      Self.document("b", [F.entity("person:sven-olsen", .person, "Sven Olsen")]),
      Self.document("c", [F.entity("person:b-olsen", .person, "B Olsen")]),
      Self.document("d", [F.entity("person:m-olsen", .person, "M Olsen")]),
    ])
    #expect(graph.entity(id: "person:bjorn-olsen")?.documents == ["a", "c"])
    #expect(graph.entity(id: "person:sven-olsen")?.documents == ["b"])
    #expect(graph.entity(id: "person:m-olsen")?.documents == ["d"])
    #expect(graph.mergeHistory(of: "person:bjorn-olsen").first?.reason.contains("initial agrees") == true)
  }

  @Test func aPartyAdjectiveJoinsNoPerson() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:tory-treasurer-lord-ashby", .person, "Tory Treasurer Lord Ashby")]),
      Self.document("b", [F.entity("person:tory", .person, "Tory")]),
      Self.document("c", [F.entity("person:tory", .person, "Tory")]),
    ])
    #expect(graph.entity(id: "person:tory-treasurer-lord-ashby")?.documents == ["a"])
  }

  @Test func aSurnameSharedBySeveralPeopleFollowsItsDocument() throws {
    var documents = [
      Self.document("pol1", [
        F.entity("person:tony-marsh", .person, "Tony Marsh"), F.entity("organization:labour", .organization, "Labour"),
        F.entity("person:gina-holt", .person, "Gina Holt"),
      ]),
      Self.document("rug1", [
        F.entity("person:mike-marsh", .person, "Mike Marsh"), F.entity("organization:six-nations", .organization, "Six Nations"),
        F.entity("person:ivo-berg", .person, "Ivo Berg"),
      ]),
      Self.document("pol2", [
        F.entity("person:marsh", .person, "Marsh"), F.entity("organization:labour", .organization, "Labour"),
        F.entity("person:gina-holt", .person, "Gina Holt"),
      ]),
      Self.document("rug2", [
        F.entity("person:marsh", .person, "Marsh"), F.entity("organization:six-nations", .organization, "Six Nations"),
        F.entity("person:ivo-berg", .person, "Ivo Berg"),
      ]),
      Self.document("none", [F.entity("person:marsh", .person, "Marsh")]),
    ]
    documents += ResolutionTests.filler(30)
    let resolved = try KnowledgeGraph.resolving(documents)
    let graph = resolved.graph
    #expect(graph.entity(id: "person:tony-marsh")?.documents == ["pol1", "pol2"])
    #expect(graph.entity(id: "person:mike-marsh")?.documents == ["rug1", "rug2"])
    #expect(graph.entity(id: "person:marsh-in-none")?.documents == ["none"])
    // The same id went to different entities: document-level decisions.
    #expect(graph.assignments.contains { $0.from == "person:marsh" && $0.into == "person:tony-marsh" && $0.documents == ["pol2"] })
    #expect(graph.merges.allSatisfy { $0.from != "person:marsh" })
    // Each document's extraction is rewritten in graph ids.
    let rug2 = try #require(resolved.extractions.first { $0.document.id == "rug2" })
    #expect(rug2.entities.map(\.id).contains("person:mike-marsh"))
  }

  @Test func eventsKeepTheirYearsApart() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("event:1998-world-cup", .event, "1998 World Cup", date: "1998")]),
      Self.document("b", [F.entity("event:2006-world-cup", .event, "2006 World Cup", date: "2006")]),
      Self.document("c", [F.entity("event:world-cup", .event, "World Cup")]),
      Self.document("c2", [F.entity("event:world-cup", .event, "World Cup")]),
      Self.document("c3", [F.entity("event:world-cup", .event, "World Cup", date: "1998")]),
      Self.document("d", [F.entity("event:2000-sydney-olympics", .event, "2000 Sydney Olympics", date: "2000")]),
      Self.document("e", [F.entity("event:sydney-olympics", .event, "Sydney Olympics")]),
      Self.document("f", [F.entity("event:2000-olympics", .event, "2000 Olympics", date: "2000")]),
    ])
    // A World Cup its document dates 1998 is the 1998 one.
    #expect(graph.entity(id: "event:1998-world-cup")?.documents == ["a", "c3"])
    #expect(graph.entity(id: "event:2006-world-cup")?.documents == ["b"])
    // Undated, it could be either: each stays its document's own.
    #expect(graph.entity(id: "event:world-cup-in-c")?.documents == ["c"])
    #expect(graph.entity(id: "event:world-cup-in-c2")?.documents == ["c2"])
    #expect(graph.entity(id: "event:2000-sydney-olympics")?.documents == ["d", "e", "f"])
  }

  @Test func aPersonShapedNameTypedAsAPlaceIsAPerson() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:s-lund", .person, "S Lund")]),
      Self.document("b", [F.entity("location:s-lund", .location, "S Lund")]),
    ])
    #expect(graph.entities.map(\.id) == ["person:s-lund"])
    #expect(graph.mergeHistory(of: "person:s-lund").first?.reason.contains("shape of a person's name") == true)
  }

  @Test func wordListsOutweighARecognizerGuess() throws {
    // Five documents guess a person, one a place: the guesses win, unless
    // the word lists know the name.
    let extractions = ["a", "b", "c", "d", "e"].map { Self.document($0, [F.entity("person:oslo", .person, "Oslo")]) }
      + [Self.document("f", [F.entity("location:oslo", .location, "Oslo")])]
    let plain = try KnowledgeGraph.resolving(extractions).graph
    #expect(plain.entities.map(\.id) == ["person:oslo"])
    let known = try KnowledgeGraph.resolving(extractions, knownNames: ["Oslo": [.location]]).graph
    #expect(known.entities.map(\.id) == ["location:oslo"])
  }

  @Test func duplicateTextsAreOneDocumentWithSeveralPaths() throws {
    func copy(_ id: String) -> Extraction {
      Extraction(
        document: DocumentInfo(id: id, path: "news/\(id).txt"),
        entities: [F.entity("person:anna-voss", .person, "Anna Voss", mentions: 2)],
        statements: [F.statement("person:anna-voss", "Anna Voss", "the bridge will open", at: 40)])
    }
    let resolved = try KnowledgeGraph.resolving(
      [copy("b"), copy("a"), copy("c")], contentHashes: ["a": "h1", "b": "h1", "c": "h2"])
    let graph = resolved.graph
    #expect(graph.documents.map(\.id) == ["a", "c"])
    #expect(graph.documents.first?.duplicates?.map(\.path) == ["news/b.txt"])
    #expect(graph.statements.count == 2)
    #expect(graph.entity(id: "person:anna-voss")?.mentionCount == 4)
    #expect(resolved.extractions.map(\.document.id) == ["a", "b", "c"])
  }

  @Test func namesTheExtractionMissedAreRecoveredFromTheText() throws {
    let text = "The coach praised Wales scrum-half Dwayne Pell after the match."
    let resolved = try KnowledgeGraph.resolving(
      [
        Self.document("a", [F.entity("person:dwayne-pell", .person, "Dwayne Pell")]),
        Self.document("b", [F.entity("person:coach", .person, "coach")]),
      ], texts: ["b": text])
    let b = try #require(resolved.extractions.first { $0.document.id == "b" })
    let pell = try #require(b.entities.first { $0.id == "person:dwayne-pell" })
    #expect(pell.mentions.map(\.start) == [35])
    #expect(resolved.graph.entity(id: "person:dwayne-pell")?.documents == ["a", "b"])
  }

  /// A document of one text whose entities are named at the first place
  /// their name is written.
  static func written(_ id: String, _ text: String, _ entities: [(String, EntityType, String)]) -> Extraction {
    Self.document(id, entities.map { id, type, name in
      let start = text.unicodeScalars.count - (text.range(of: name).map { text[$0.lowerBound...].unicodeScalars.count } ?? 0)
      return EntityRecord(id: id, type: type, name: name, mentions: [TextSpan(text: name, start: start, end: start + name.unicodeScalars.count)])
    })
  }

  @Test func aPlaceUsedAsATeamIsTheTeam() throws {
    let texts = [
      "a": "Tarnby have won their last four games at home.",
      "b": "The new bridge in Tarnby opened on Monday.",
      "c": "Tarnby winger Olo Brant is out for a month.",
      "d": "Services in Tarnby were closed by the strike.",
      "e": "Fans of Brask wept as the club went down.",
      "f": "Rovers and Tarnby are level on points.",
      "g": "Kells and Tarnby are twin towns.",
      "h": "Brask were beaten again.",
    ]
    let place = ("location:tarnby", EntityType.location, "Tarnby")
    let extractions = texts.keys.sorted().map { id in
      switch id {
      case "e": Self.written(id, texts[id]!, [("person:brask", .person, "Brask")])
      case "f": Self.written(id, texts[id]!, [place, ("organization:rovers", .organization, "Rovers")])
      case "g": Self.written(id, texts[id]!, [place, ("location:kells", .location, "Kells")])
      case "h": Self.written(id, texts[id]!, [("location:brask", .location, "Brask")])
      default: Self.written(id, texts[id]!, [place])
      }
    }
    let known: [String: Set<EntityType>] = ["Tarnby": [.location], "Kells": [.location]]
    let graph = try KnowledgeGraph.resolving(extractions, knownNames: known, texts: texts).graph
    // A known place: its team apart, the place where no team is meant.
    let team = try #require(graph.entities.first { $0.type == .organization && $0.name == "Tarnby" })
    #expect(team.documents == ["a", "c", "f"])
    #expect(graph.entities.first { $0.type == .location && $0.name == "Tarnby" }?.documents == ["b", "d", "g"])
    // A name the word lists do not know: the team, where a person was guessed too.
    #expect(graph.entities.first { $0.name == "Brask" }?.type == .organization)
    #expect(graph.entities.first { $0.name == "Brask" }?.documents == ["e", "h"])
    #expect((graph.merges + graph.assignments).contains { $0.reason.contains("as a team's name") })
    // Without the texts, nothing tells the team from the place.
    let blind = try KnowledgeGraph.resolving(extractions, knownNames: known).graph
    #expect(!blind.entities.contains { $0.type == .organization && $0.name == "Tarnby" })
  }

  @Test func aShortenedOrganizationNameJoinsTheOneItShortens() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("organization:westby-united", .organization, "Westby United")]),
      Self.document("b", [F.entity("organization:west-utd", .organization, "West Utd")]),
      Self.document("c", [F.entity("organization:westby-city", .organization, "Westby City")]),
      Self.document("d", [F.entity("organization:bel-utd", .organization, "Bel Utd")]),
      Self.document("e", [F.entity("organization:belmont-united", .organization, "Belmont United")]),
      Self.document("f", [F.entity("organization:belford-united", .organization, "Belford United")]),
      Self.document("g", [F.entity("organization:w-united", .organization, "W United")]),
      Self.document("h", [F.entity("organization:norder-bank", .organization, "Norder Bank")]),
      Self.document("i", [F.entity("organization:norder-grossbank", .organization, "Norder Grossbank")]),
    ])
    #expect(graph.entity(id: "organization:westby-united")?.documents == ["a", "b"])
    #expect(graph.mergeHistory(of: "organization:westby-united").first?.reason.contains("abbreviates") == true)
    // Two names it may shorten: neither; an initial alone shortens nothing.
    #expect(graph.entity(id: "organization:bel-utd")?.documents == ["d"])
    #expect(graph.entity(id: "organization:w-united")?.documents == ["g"])
    #expect(graph.entity(id: "organization:westby-city")?.documents == ["c"])
    // A word ending another is no shortening of it.
    #expect(graph.entity(id: "organization:norder-bank")?.documents == ["h"])
  }

  @Test func wordsBeforeAnInnerHonorificAreADescriptor() throws {
    let graph = try Self.resolve([
      Self.document("a", [F.entity("person:anna-falk", .person, "Anna Falk")]),
      Self.document("b", [F.entity("person:musing-mr-falk", .person, "Musing Mr Falk")]),
    ])
    #expect(graph.entities.map(\.id) == ["person:anna-falk"])
    #expect(graph.entity(id: "person:anna-falk")?.documents == ["a", "b"])
  }

  @Test func aTitleBeforeASurnamePicksTheOneCalledSo() throws {
    let texts = ["c": "On Monday President Korn opened the dam.", "d": "Yesterday Coach Korn left."]
    let extractions = [
      Self.document("a", [F.entity("person:ada-korn", .person, "Ada Korn", aliases: ["the president"])]),
      Self.document("b", [F.entity("person:mika-korn", .person, "Mika Korn", aliases: ["the singer"])]),
      Self.written("c", texts["c"]!, [("person:korn", .person, "Korn")]),
      Self.written("d", texts["d"]!, [("person:korn", .person, "Korn")]),
    ]
    let graph = try KnowledgeGraph.resolving(extractions, texts: texts).graph
    #expect(graph.entity(id: "person:ada-korn")?.documents == ["a", "c"])
    #expect(graph.entity(id: "person:mika-korn")?.documents == ["b"])
    // A title no candidate is called stays without evidence.
    #expect(graph.entities.contains { $0.name == "Korn" && $0.documents == ["d"] })
  }
}
