import KnowledgeGraph

/// Small graphs built in code for the exporter tests.
enum Fixtures {
  // MARK: - A small, realistic graph

  /// Two documents with every kind of entity, statement and relation.
  static let extractions: [Extraction] = [documentA, documentB]

  /// The graph merged from ``extractions``.
  static func sampleGraph() throws -> KnowledgeGraph {
    var graph = KnowledgeGraph()
    for extraction in extractions { try graph.merge(extraction) }
    return graph
  }

  static func span(_ text: String, _ start: Int) -> TextSpan {
    TextSpan(text: text, start: start, end: start + text.unicodeScalars.count)
  }

  static let documentA = Extraction(
    document: DocumentInfo(id: "doc-a", path: "seeds/doc-a.txt", date: "2025-02-13"),
    entities: [
      EntityRecord(
        id: "country:russia", type: .country, name: "Russia", aliases: ["Moscow", "Russian"],
        mentions: [
          span("Russia", 10), span("Moscow", 200), span("Russia", 400), span("Russian", 520),
        ]),
      EntityRecord(
        id: "country:ukraine", type: .country, name: "Ukraine", aliases: ["Kyiv"],
        mentions: [span("Ukraine", 24), span("Kyiv", 300), span("Ukraine", 610)]),
      EntityRecord(
        id: "country:united-states", type: .country, name: "United States", aliases: ["U.S."],
        mentions: [span("U.S.", 90)]),
      EntityRecord(
        id: "event:war-in-ukraine", type: .event, name: "war in Ukraine",
        mentions: [span("war in Ukraine", 700)], date: "2022", place: "country:ukraine"),
      EntityRecord(
        id: "group:russian-officials", type: .group, name: "Russian officials",
        mentions: [span("Russian officials", 800)], affiliation: "country:russia"),
      EntityRecord(
        id: "location:donbas", type: .location, name: "Donbas", mentions: [span("Donbas", 50)]),
      EntityRecord(
        id: "organization:nato", type: .organization, name: "North Atlantic Treaty Organization",
        aliases: ["NATO"], mentions: [span("NATO", 330), span("NATO", 450)]),
      EntityRecord(
        id: "person:pete-hegseth", type: .person, name: "Pete Hegseth", aliases: ["Hegseth"],
        mentions: [span("Pete Hegseth", 100), span("Hegseth", 140)]),
      EntityRecord(
        id: "person:vladimir-putin", type: .person, name: "Vladimir Putin",
        aliases: ["Putin", "President Putin"],
        mentions: [span("Vladimir Putin", 150), span("Putin", 250), span("he", 260)]),
    ],
    statements: [
      StatementRecord(
        speaker: .init(entity: "person:pete-hegseth", span: span("Hegseth", 140)),
        cue: span("said", 148),
        content: [
          span("Returning to Ukraine's pre-2014 borders is an unrealistic objective.", 154)
        ],
        kind: .direct, about: ["country:ukraine"]),
      StatementRecord(
        speaker: .init(entity: "person:vladimir-putin", span: span("Putin", 250)),
        cue: span("told reporters", 256),
        content: [span("NATO expansion threatened Russia", 276)],
        kind: .indirect, about: ["organization:nato", "country:russia"],
        stance: ["organization:nato": .opposes, "country:russia": .neutral]),
      StatementRecord(
        speaker: .init(entity: "person:vladimir-putin", span: span("he", 260)),
        cue: span("said", 263),
        content: [span("Kyiv must accept", 300), span("the new realities", 330)],
        kind: .mixed, about: ["country:ukraine"], date: "Tuesday"),
      StatementRecord(
        speaker: .init(entity: nil, span: span("officials", 810)),
        cue: span("said", 820),
        content: [span("the talks were productive", 826)],
        kind: .indirect, about: ["country:ukraine", "country:russia"],
        stance: ["country:ukraine": .supports, "country:russia": .supports]),
      StatementRecord(
        speaker: .init(entity: "group:russian-officials", span: span("Russian officials", 800)),
        cue: span("warned", 860),
        content: [span("sanctions would fail", 867)],
        kind: .indirect, about: ["country:united-states"]),
    ],
    relations: [
      RelationRecord(
        subject: "country:russia", predicate: .invaded, object: "country:ukraine", verb: "invaded",
        date: "2022", place: "location:donbas", evidence: span("Russia invaded Ukraine in 2022", 10)),
      RelationRecord(
        subject: "location:donbas", predicate: .partOf, object: "country:ukraine",
        evidence: span("Ukraine's eastern Donbas region", 24)),
      RelationRecord(
        subject: "person:pete-hegseth", predicate: .holdsRole, object: "country:united-states",
        verb: "Secretary", title: "Defense Secretary",
        evidence: span("U.S. Defense Secretary Pete Hegseth", 90)),
      RelationRecord(
        subject: "person:vladimir-putin", predicate: .holdsRole, object: "country:russia",
        title: "President", evidence: span("Russian President Vladimir Putin", 143)),
    ])

  static let documentB = Extraction(
    document: DocumentInfo(id: "doc-b", path: "seeds/doc-b.txt"),
    entities: [
      EntityRecord(
        id: "country:russia", type: .country, name: "Russia", mentions: [span("Russia", 5)]),
      EntityRecord(
        id: "country:ukraine", type: .country, name: "Ukraine", mentions: [span("Ukraine", 30)]),
      EntityRecord(
        id: "organization:nato", type: .organization, name: "NATO", mentions: [span("NATO", 80)]),
      EntityRecord(
        id: "person:vladimir-putin", type: .person, name: "Putin", mentions: [span("Putin", 120)]),
      EntityRecord(
        id: "person:volodymyr-zelensky", type: .person, name: "Volodymyr Zelensky",
        aliases: ["Zelensky"], mentions: [span("Volodymyr Zelensky", 60), span("Zelensky", 140)]),
    ],
    statements: [
      StatementRecord(
        speaker: .init(entity: "person:volodymyr-zelensky", span: span("Zelensky", 140)),
        cue: span("said", 149),
        content: [span("We will never accept the occupation", 155)],
        kind: .direct, about: ["country:russia"]),
      StatementRecord(
        speaker: .init(entity: "person:volodymyr-zelensky", span: span("he", 200)),
        cue: span("called on", 203),
        content: [span("the alliance to act", 213)],
        kind: .indirect, about: ["organization:nato"]),
      StatementRecord(
        speaker: .init(entity: "person:volodymyr-zelensky", span: span("he", 240)),
        cue: span("Said", 243),
        content: [span("Russia lies", 250)],
        kind: .direct, about: ["country:russia", "person:vladimir-putin"]),
    ],
    relations: [
      RelationRecord(
        subject: "country:russia", predicate: .invaded, object: "country:ukraine", verb: "invaded",
        date: "2014", evidence: span("Russia invaded in 2014", 5)),
      RelationRecord(
        subject: "country:ukraine", predicate: .appliedToJoin, object: "organization:nato",
        verb: "applied to join", date: "2022-09", evidence: span("Ukraine applied to join NATO", 30)
      ),
      RelationRecord(
        subject: "person:volodymyr-zelensky", predicate: .criticized,
        object: "person:vladimir-putin", verb: "criticized",
        evidence: span("Zelensky criticized Putin", 140)),
    ])

  // MARK: - Hostile text

  /// Labels that break naive XML, DOT, CSV and Markdown writers. All are
  /// legal XML 1.0 text, so GraphML round trips keep them exactly.
  static let hostileNames = [
    "Quote \"Q\" O'Neil",
    "Back\\slash \\N \\l",
    "<b>Tag</b> & Co",
    "&amp; &lt; ]]> --",
    "Pipe | star * _u_",
    "🇺🇦 Flag 👩🏽‍💻",
    "مرحبا עברית",
    "  padded  ",
  ]

  /// Text with characters XML 1.0 forbids (and line breaks).
  static let controlName = "Ctl\u{01}\u{1F}\u{FFFE}x\u{7F}"

  /// A graph whose names, ids and texts are hostile.
  static func hostileGraph(includeControlCharacters: Bool = false) throws -> KnowledgeGraph {
    var names = hostileNames
    if includeControlCharacters { names.append(controlName) }
    var entities = names.enumerated().map { index, name in
      EntityRecord(
        id: "person:hostile-\(index)", type: .person, name: name,
        aliases: [name + " alias", "tab\there", "line\nbreak"],
        mentions: [span(name, index * 100)])
    }
    entities.append(
      EntityRecord(
        id: "organization:id with spaces & <brackets> \"quoted\"", type: .organization,
        name: "Spaced ID Org", mentions: [span("Spaced ID Org", 5000)]))
    entities.append(
      EntityRecord(
        id: "country:🇺🇦", type: .country, name: "Emoji ID", mentions: [span("Emoji ID", 5100)]))
    let content = "He said: \"Stop\" & <go> \\N\r\nnew line\ttab | pipe"
    let statements = [
      StatementRecord(
        speaker: .init(entity: "person:hostile-0", span: span(names[0], 0)),
        cue: span("said \"loudly\"", 10),
        content: [span(content, 20), span("  second span  ", 90)],
        kind: .mixed,
        about: [
          "person:hostile-1", "organization:id with spaces & <brackets> \"quoted\"", "country:🇺🇦",
        ],
        date: "<today>"),
      StatementRecord(
        speaker: .init(entity: nil, span: span("they & <them>", 200)), cue: nil,
        content: [span(names.joined(separator: " / "), 220)], kind: .indirect,
        about: entities.prefix(names.count).map(\.id)),
    ]
    let relations = [
      RelationRecord(
        subject: "person:hostile-2", predicate: .criticized, object: "person:hostile-3",
        verb: "slammed <hard>", title: "T & \"T\"", date: "2024\\01",
        evidence: span(content, 20)),
      RelationRecord(
        subject: "organization:id with spaces & <brackets> \"quoted\"", predicate: .memberOf,
        object: "country:🇺🇦", evidence: span("member & <of>", 400)),
    ]
    var graph = KnowledgeGraph()
    try graph.merge(
      Extraction(
        document: DocumentInfo(
          id: "doc with spaces & \"quotes\"", path: "in/<weird> & path.txt", date: nil,
          warnings: ["invalid UTF-8 replaced"]),
        entities: entities, statements: statements, relations: relations))
    return graph
  }
}
