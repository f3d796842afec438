import Foundation
import KnowledgeGraph

@testable import GraphStore

/// A fresh folder for one test's database files, removed when released.
final class ScratchFolder: Sendable {
  let url: URL

  init(_ name: String = #function) {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("graphstore-tests-\(safe)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// The path of a file in the folder.
  func path(_ name: String = "newsgraph.sqlite") -> String {
    url.appendingPathComponent(name).path
  }

  deinit {
    try? FileManager.default.removeItem(at: url)
  }
}

enum Fixtures {
  /// An extraction exercising every field: non-ASCII text, nil and empty
  /// values, unresolved and missing speakers, repeated about-ids.
  static func sample(id: String = "000_seed", version: Int = 1) -> Extraction {
    let putin = EntityRecord(
      id: "person:vladimir-putin", type: .person, name: "Vladimir Putin",
      aliases: ["Putin", "President Putin"],
      mentions: [
        TextSpan(text: "Vladimir Putin", start: 10, end: 24),
        TextSpan(text: "Putin", start: 120, end: 125),
      ])
    let zelensky = EntityRecord(
      id: "person:volodymyr-zelensky", type: .person, name: "Volodymyr Zelensky",
      aliases: ["Zelensky", "Зеленський"],
      mentions: [TextSpan(text: "Зеленський", start: 300, end: 310)])
    let ukraine = EntityRecord(
      id: "country:ukraine", type: .country, name: "Ukraine", aliases: ["Україна", "Kyiv"],
      mentions: [
        TextSpan(text: "Ukraine's", start: 40, end: 49),
        TextSpan(text: "Kyiv 🇺🇦", start: 200, end: 206),
      ])
    let russia = EntityRecord(
      id: "country:russia", type: .country, name: "Russia",
      mentions: [TextSpan(text: "Russia", start: 30, end: 36)])
    let officials = EntityRecord(
      id: "group:russian-officials", type: .group, name: "Russian officials",
      mentions: [TextSpan(text: "Russian officials", start: 400, end: 417)],
      affiliation: "country:russia")
    let war = EntityRecord(
      id: "event:war-in-ukraine", type: .event, name: "war in Ukraine", date: "2022-02",
      affiliation: nil, place: "country:ukraine")
    let nato = EntityRecord(id: "organization:nato", type: .organization, name: "NATO")
    let speech = StatementRecord(
      speaker: .init(
        entity: "person:volodymyr-zelensky",
        span: TextSpan(text: "Zelensky", start: 500, end: 508)),
      cue: TextSpan(text: "said", start: 509, end: 513),
      content: [
        TextSpan(text: "“We will not give up — ever”", start: 470, end: 498),
        TextSpan(text: "“not a single metre”", start: 515, end: 535),
      ],
      kind: .direct, about: ["country:ukraine", "country:russia", "country:ukraine"],
      date: version == 1 ? "2025-02-13" : "2025-02-14", rule: "quote.after-speaker-cue")
    let unattributed = StatementRecord(
      speaker: nil, cue: nil, content: [TextSpan(text: "talks had failed", start: 600, end: 616)],
      kind: .mixed)
    let pronoun = StatementRecord(
      speaker: .init(entity: nil, span: TextSpan(text: "he", start: 700, end: 702)),
      cue: TextSpan(text: "told reporters", start: 703, end: 717),
      content: [TextSpan(text: "Putin was not ready", start: 723, end: 742)],
      kind: .indirect, about: ["person:vladimir-putin"], rule: "parse.clausal-complement",
      stance: ["person:vladimir-putin": .opposes])
    let officialsSaid = StatementRecord(
      speaker: .init(
        entity: "group:russian-officials",
        span: TextSpan(text: "Russian officials", start: 400, end: 417)),
      cue: TextSpan(text: "said", start: 418, end: 422), content: [], kind: .indirect,
      about: [])
    let role = RelationRecord(
      subject: "person:vladimir-putin", predicate: .holdsRole, object: "country:russia",
      title: "President",
      evidence: TextSpan(text: "Russian President Vladimir Putin", start: 2, end: 24), rule: "relation.role")
    let invasion = RelationRecord(
      subject: "country:russia", predicate: .invaded, object: "country:ukraine",
      verb: "invaded", date: "2014", place: "country:ukraine",
      evidence: TextSpan(text: "Russia invaded Ukraine's eastern Donbas", start: 30, end: 69))
    var extraction = Extraction(
      document: DocumentInfo(
        id: id, path: "seeds/\(id).txt", date: "2025-02-13",
        warnings: ["invalid UTF-8 replaced with U+FFFD at byte 12"]),
      entities: [nato, ukraine, russia, putin, war, zelensky]
        .sorted { $0.id < $1.id },
      groups: [officials],
      statements: [speech, unattributed, pronoun, officialsSaid],
      relations: [role, invasion])
    if version != 1 {
      extraction.statements.removeLast()
      extraction.relations.removeFirst()
      extraction.entities[0].aliases.append("version \(version)")
    }
    return extraction
  }

  /// A document with nothing found in it, no path, no date, and an empty
  /// (not missing) warning list.
  static func empty(id: String = "empty") -> Extraction {
    Extraction(document: DocumentInfo(id: id, path: nil, date: nil, warnings: []))
  }

  /// A synthetic extraction shaped like an average BBC article's (about 16
  /// entities with 2 mentions each, 6 statements, 1 relation), made from
  /// `seed` so that each document differs.
  static func synthetic(index: Int, version: Int = 1) -> Extraction {
    let id = String(format: "bbc_%04d", index)
    var entities: [EntityRecord] = []
    let types: [EntityType] = [.person, .country, .organization, .event, .location, .group]
    for n in 0..<16 {
      // Shared ids across documents, as in a real corpus.
      let type = types[n % types.count]
      let name = "\(type.rawValue.capitalized) \((index * 7 + n * 13) % 400)"
      entities.append(
        EntityRecord(
          id: EntitySlug.id(type: type, name: name), type: type, name: name,
          aliases: n % 3 == 0 ? [] : ["\(name.split(separator: " ").last ?? "")"],
          mentions: (0..<2).map { m in
            TextSpan(text: name, start: n * 100 + m * 40, end: n * 100 + m * 40 + name.count)
          },
          date: type == .event ? "2005" : nil,
          affiliation: type == .group ? entities.first { $0.type == .country }?.id : nil))
    }
    entities.sort { $0.id < $1.id }
    // Two entities may share an id by construction; keep the first.
    var seen = Set<String>()
    entities = entities.filter { seen.insert($0.id).inserted }
    let people = entities.filter { $0.type == .person }
    let statements = (0..<6).map { n -> StatementRecord in
      let speaker = n % 5 == 4 ? nil : people[n % people.count]
      return StatementRecord(
        speaker: speaker.map {
          .init(
            entity: $0.id, span: TextSpan(text: $0.name, start: 2000 + n * 200, end: 2010 + n * 200)
          )
        },
        cue: TextSpan(text: "said", start: 2011 + n * 200, end: 2015 + n * 200),
        content: [
          TextSpan(
            text: "The talks on trade would resume next week, version \(version)",
            start: 2020 + n * 200, end: 2080 + n * 200),
          TextSpan(text: "officials added", start: 2090 + n * 200, end: 2105 + n * 200),
        ],
        kind: [StatementKind.direct, .indirect, .mixed][n % 3],
        about: [entities[(n * 3) % entities.count].id])
    }
    let relations = [
      RelationRecord(
        subject: people[0].id, predicate: .criticized, object: entities[1].id, verb: "criticised",
        evidence: TextSpan(text: "criticised the plan", start: 3000, end: 3019))
    ]
    return Extraction(
      document: DocumentInfo(id: id, path: "bbc/\(id).txt"), entities: entities.filter { $0.type != .group },
      groups: entities.filter { $0.type == .group }, statements: statements, relations: relations)
  }
}
