import Foundation
import KnowledgeGraph

/// Graphs with their document texts for the HTML report tests. Spans are
/// found in the texts, so every offset is real.
enum ReportFixtures {
  // MARK: - A small news graph

  static let textA = """
    Russia invaded Ukraine's eastern Donbas region in 2014. U.S. Defense Secretary Pete Hegseth \
    spoke in Brussels on Thursday.
    "Returning to Ukraine's pre-2014 borders is an unrealistic objective," Hegseth said. He added \
    that NATO membership was not a realistic outcome.
    Russian President Vladimir Putin told reporters that NATO expansion threatened Russia. "Kyiv \
    must accept," he said, "the new realities."
    Ukrainian President Volodymyr Zelensky said: "We will never accept the occupation." He called \
    on the alliance to act.
    Officials said the talks were productive.

    """

  /// The texts by document id; `report-b` is left out on purpose.
  static let texts = ["report-a": textA]

  /// The span of the first occurrence of `needle` in `text` at or after
  /// the scalar offset `from`.
  static func span(_ needle: String, in text: String, from: Int = 0) -> TextSpan {
    let haystack = Array(text.unicodeScalars)
    let target = Array(needle.unicodeScalars)
    var start = from
    while start + target.count <= haystack.count {
      if Array(haystack[start..<start + target.count]) == target {
        return TextSpan(text: needle, start: start, end: start + target.count)
      }
      start += 1
    }
    preconditionFailure("\(needle) not in the text")
  }

  static func entity(
    _ id: String, _ type: EntityType, _ name: String, aliases: [String] = [], in text: String
  ) -> EntityRecord {
    EntityRecord(
      id: id, type: type, name: name, aliases: aliases,
      mentions: ([name] + aliases).compactMap { mention in
        text.contains(mention) ? span(mention, in: text) : nil
      })
  }

  static var documentA: Extraction {
    let t = textA
    return Extraction(
      document: DocumentInfo(id: "report-a", path: "seeds/report-a.txt", date: "2025-02-13"),
      entities: [
        entity("country:russia", .country, "Russia", in: t),
        entity("country:ukraine", .country, "Ukraine", aliases: ["Kyiv"], in: t),
        entity("country:united-states", .country, "United States", aliases: ["U.S."], in: t),
        entity("location:donbas", .location, "Donbas", in: t),
        entity("organization:nato", .organization, "NATO", aliases: ["the alliance"], in: t),
        entity("person:pete-hegseth", .person, "Pete Hegseth", aliases: ["Hegseth"], in: t),
        entity("person:vladimir-putin", .person, "Vladimir Putin", in: t),
        entity("person:volodymyr-zelensky", .person, "Volodymyr Zelensky", in: t),
      ],
      statements: [
        StatementRecord(
          speaker: .init(entity: "person:pete-hegseth", span: span("Hegseth said", in: t)),
          cue: span("said", in: t, from: 150),
          content: [
            span("Returning to Ukraine's pre-2014 borders is an unrealistic objective,", in: t)
          ],
          kind: .direct, about: ["country:ukraine"]),
        StatementRecord(
          speaker: .init(entity: "person:pete-hegseth", span: span("He added", in: t)),
          cue: span("added", in: t),
          content: [span("NATO membership was not a realistic outcome", in: t)],
          kind: .indirect, about: ["organization:nato"]),
        StatementRecord(
          speaker: .init(entity: "person:vladimir-putin", span: span("Vladimir Putin", in: t)),
          cue: span("told reporters", in: t),
          content: [span("NATO expansion threatened Russia", in: t)],
          kind: .indirect, about: ["country:russia", "organization:nato"]),
        StatementRecord(
          speaker: .init(entity: "person:vladimir-putin", span: span("he said", in: t)),
          cue: span("said", in: t, from: span("he said", in: t).start),
          content: [span("Kyiv must accept,", in: t), span("the new realities.", in: t)],
          kind: .direct, about: ["country:ukraine"], date: "Thursday"),
        StatementRecord(
          speaker: .init(entity: "person:volodymyr-zelensky", span: span("Zelensky", in: t)),
          cue: span("said:", in: t),
          content: [span("We will never accept the occupation.", in: t)],
          kind: .direct, about: ["country:russia"]),
        StatementRecord(
          speaker: .init(entity: "person:volodymyr-zelensky", span: span("He called", in: t)),
          cue: span("called on", in: t),
          content: [span("the alliance to act", in: t)],
          kind: .indirect, about: ["organization:nato"]),
        StatementRecord(
          speaker: .init(entity: nil, span: span("Officials", in: t)),
          cue: span("said", in: t, from: span("Officials", in: t).start),
          content: [span("the talks were productive", in: t)],
          kind: .indirect, about: []),
      ],
      relations: [
        RelationRecord(
          subject: "country:russia", predicate: .invaded, object: "country:ukraine",
          verb: "invaded", date: "2014", evidence: span("Russia invaded Ukraine", in: t)),
        RelationRecord(
          subject: "location:donbas", predicate: .partOf, object: "country:ukraine",
          evidence: span("Ukraine's eastern Donbas region", in: t)),
        RelationRecord(
          subject: "person:pete-hegseth", predicate: .holdsRole, object: "country:united-states",
          title: "Defense Secretary",
          evidence: span("U.S. Defense Secretary Pete Hegseth", in: t)),
      ])
  }

  /// A second document whose text the report is not given.
  static let documentB = Extraction(
    document: DocumentInfo(id: "report-b", path: "seeds/report-b.txt"),
    entities: [
      EntityRecord(
        id: "person:vladimir-putin", type: .person, name: "Vladimir Putin",
        mentions: [TextSpan(text: "Putin", start: 0, end: 5)]),
      EntityRecord(
        id: "country:united-states", type: .country, name: "United States",
        mentions: [TextSpan(text: "Washington", start: 40, end: 50)]),
    ],
    statements: [
      StatementRecord(
        speaker: .init(
          entity: "person:vladimir-putin", span: TextSpan(text: "Putin", start: 0, end: 5)),
        cue: TextSpan(text: "said", start: 6, end: 10),
        content: [TextSpan(text: "the sanctions had failed", start: 16, end: 40)],
        kind: .indirect, about: ["country:united-states"])
    ])

  /// The graph of both documents.
  static func graph() throws -> KnowledgeGraph {
    var graph = KnowledgeGraph()
    try graph.merge(documentA)
    try graph.merge(documentB)
    return graph
  }

  // MARK: - Hostile text

  /// A name that is markup running a script.
  static let imageName = "<img src=x onerror=\"window.__ngPwned=1\">"
  /// A name that would end the page's script element.
  static let scriptName = "</script><script>window.__ngPwned=2</script><!--"
  /// An entity id with fragment syntax, quotes and markup.
  static let hostileID = "person:a&speaker=person:b \"q\" <b>x</b> %41"

  static let hostileText = """
    \(imageName) said: "</script><!-- \u{2028}line\u{2029}para & <b>bold</b> ]]> \\N"
    The \(scriptName) group told reporters that <i>nothing</i> & 'everything' had changed.
    Proto and Constructor were mentioned too. Émile 🇺🇦 said "مرحبا עברית" quietly.

    """

  /// A graph whose names, ids, texts and document id are hostile.
  static func hostileGraph() throws -> KnowledgeGraph {
    let t = hostileText
    let document = "doc <b>&\"x\"</b>"
    var graph = KnowledgeGraph()
    try graph.merge(
      Extraction(
        document: DocumentInfo(id: document, path: "in/<weird> & \"path\".txt"),
        entities: [
          EntityRecord(
            id: hostileID, type: .person, name: imageName,
            aliases: ["<b>bold</b>", "line\u{2028}sep"], mentions: [span(imageName, in: t)]),
          EntityRecord(
            id: "group:script", type: .group, name: scriptName,
            mentions: [span(scriptName, in: t)]),
          EntityRecord(
            id: "organization:__proto__", type: .organization, name: "Proto",
            mentions: [span("Proto", in: t)]),
          EntityRecord(
            id: "person:constructor", type: .person, name: "Constructor",
            mentions: [span("Constructor", in: t)]),
          EntityRecord(
            id: "person:émile-🇺🇦", type: .person, name: "Émile 🇺🇦",
            mentions: [span("Émile 🇺🇦", in: t)]),
        ],
        statements: [
          StatementRecord(
            speaker: .init(entity: hostileID, span: span(imageName, in: t)),
            cue: span("said:", in: t),
            content: [
              span(
                "</script><!-- \u{2028}line\u{2029}para & <b>bold</b> ]]> \\N", in: t)
            ],
            kind: .direct, about: ["group:script", "organization:__proto__"]),
          StatementRecord(
            speaker: .init(entity: "group:script", span: span(scriptName, in: t)),
            cue: span("told reporters", in: t),
            content: [span("<i>nothing</i> & 'everything' had changed", in: t)],
            kind: .indirect, about: [hostileID, "person:constructor"]),
          StatementRecord(
            speaker: .init(entity: "person:émile-🇺🇦", span: span("Émile 🇺🇦", in: t)),
            cue: span("said", in: t, from: span("Émile", in: t).start),
            content: [span("مرحبا עברית", in: t)],
            kind: .direct, about: ["person:constructor"]),
        ],
        relations: [
          RelationRecord(
            subject: hostileID, predicate: .criticized, object: "group:script",
            evidence: span(imageName, in: t))
        ]))
    return graph
  }

  /// The texts for ``hostileGraph()``.
  static let hostileTexts = ["doc <b>&\"x\"</b>": hostileText]
}
