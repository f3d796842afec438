import KnowledgeGraph

/// Small extractions built in code for the graph tests. Names are invented.
enum GraphFixtures {
  /// A span whose end is computed from its text's scalars.
  static func span(_ text: String, _ start: Int) -> TextSpan {
    TextSpan(text: text, start: start, end: start + text.unicodeScalars.count)
  }

  static func entity(
    _ id: String, _ type: EntityType, _ name: String, aliases: [String] = [], mentions: Int = 1,
    date: String? = nil, affiliation: String? = nil
  ) -> EntityRecord {
    EntityRecord(
      id: id, type: type, name: name, aliases: aliases,
      mentions: (0..<mentions).map { span(name, $0 * 100) }, date: date, affiliation: affiliation)
  }

  static func statement(
    _ speaker: String?, _ speakerText: String?, cue: String? = "said", _ content: String, at start: Int,
    kind: StatementKind = .indirect, about: [String] = [], date: String? = nil
  ) -> StatementRecord {
    StatementRecord(
      speaker: speakerText.map { .init(entity: speaker, span: span($0, max(0, start - 20))) },
      cue: cue.map { span($0, max(0, start - 5)) }, content: [span(content, start)], kind: kind, about: about,
      date: date)
  }

  static func relation(
    _ subject: String, _ predicate: Predicate, _ object: String, _ evidence: String, at start: Int,
    verb: String? = nil, title: String? = nil, date: String? = nil
  ) -> RelationRecord {
    RelationRecord(
      subject: subject, predicate: predicate, object: object, verb: verb, title: title, date: date,
      evidence: span(evidence, start))
  }

  // MARK: - Two documents about the same people

  /// Maria Delgado, mayor of a Portuguese town, talks about Spain and a
  /// bridge summit.
  static let first = Extraction(
    document: DocumentInfo(id: "doc-1", path: "news/doc-1.txt", date: "2025-03-01"),
    entities: [
      entity("person:maria-delgado", .person, "Maria Delgado", aliases: ["Delgado"], mentions: 3),
      entity("person:tomas-berg", .person, "Tomas Berg", aliases: ["Berg"], mentions: 2),
      entity("country:portugal", .country, "Portugal", aliases: ["Portuguese", "Lisbon"], mentions: 2),
      entity("country:spain", .country, "Spain", aliases: ["Madrid"], mentions: 1),
      entity("organization:river-council", .organization, "River Council", mentions: 1),
      entity("event:bridge-summit", .event, "Bridge Summit", mentions: 1, date: "2025"),
      entity("location:harbour-district", .location, "Harbour District", mentions: 1),
      entity("group:portuguese-officials", .group, "Portuguese officials", affiliation: "country:portugal"),
    ],
    statements: [
      statement(
        "person:maria-delgado", "Maria Delgado", "the bridge would reopen in March", at: 40,
        about: ["country:spain", "country:spain"]),
      statement(
        "person:tomas-berg", "Berg", cue: nil, "We will not pay for it.", at: 200, kind: .direct,
        about: ["person:maria-delgado", "organization:river-council"]),
      statement(
        "group:portuguese-officials", "Portuguese officials", "Spain must share the cost", at: 400,
        about: ["country:spain"]),
      statement(nil, nil, cue: nil, "Nobody knows when it will open.", at: 600, kind: .direct),
    ],
    relations: [
      relation(
        "person:maria-delgado", .holdsRole, "country:portugal", "Portuguese Mayor Maria Delgado", at: 10,
        verb: "Mayor", title: "Mayor"),
      relation("country:spain", .supported, "organization:river-council", "Spain backed the River Council", at: 300),
      relation("country:spain", .supported, "organization:river-council", "Spain backed the River Council", at: 300),
      relation(
        "event:bridge-summit", .locatedIn, "location:harbour-district", "Bridge Summit in Harbour District",
        at: 500),
      relation("location:harbour-district", .partOf, "country:portugal", "Portugal's Harbour District", at: 700),
    ])

  /// A second document: the same people, one longer name, one new person.
  static let second = Extraction(
    document: DocumentInfo(id: "doc-2", path: "news/doc-2.txt"),
    entities: [
      entity("person:maria-delgado", .person, "Maria Delgado", aliases: ["Mayor Delgado"], mentions: 2),
      entity("person:tomas-berg", .person, "Tomas Berg", aliases: ["Berg"], mentions: 1),
      entity("person:anna-kowalski", .person, "Anna Kowalski", mentions: 1),
      entity("country:spain", .country, "Kingdom of Spain", aliases: ["Spain", "Spanish"], mentions: 2),
    ],
    statements: [
      statement(
        "person:anna-kowalski", "Anna Kowalski", "Delgado and Berg should meet again", at: 50,
        about: ["person:maria-delgado", "person:tomas-berg"]),
      statement("person:maria-delgado", "she", "Spain had agreed to pay half", at: 150, about: ["country:spain"]),
    ],
    relations: [
      relation("person:maria-delgado", .called, "person:tomas-berg", "Delgado called Berg", at: 20, date: "March 3"),
      relation("person:anna-kowalski", .criticized, "country:spain", "Kowalski criticized Spain", at: 100),
    ])

  /// The graph merged from both documents.
  static func graph() throws -> KnowledgeGraph {
    var graph = KnowledgeGraph()
    try graph.merge(first)
    try graph.merge(second)
    return graph
  }
}
