import Foundation
import Testing

@testable import ExtractionRecords

/// The packed form carries every field, so a build that stores packed
/// extractions stores exactly what a JSON round trip would.
@Suite("ExtractionPacking")
struct ExtractionPackingTests {
  /// An extraction with every field set, empty and nil values, non-ASCII
  /// text, newlines and large and negative offsets.
  static let full = Extraction(
    document: {
      var info = DocumentInfo(
        id: "doc-1 \u{1F1FA}\u{1F1E6}", path: "in/doc 1.txt", date: "2025-02-13", warnings: ["w1", ""],
        url: "https://example.org/a?b=c", title: "Headline\nwith a break", source: "Wire")
      info.duplicates = [DocumentInfo(id: "doc-2", path: "in/doc 2.txt"), DocumentInfo(id: "doc-3")]
      return info
    }(),
    entities: [
      EntityRecord(
        id: "person:anna-berg", type: .person, name: "Anna Berg", aliases: ["Berg", "Зеленський"],
        mentions: [TextSpan(text: "Anna Berg", start: 0, end: 9), TextSpan(text: "Berg", start: 1_000_000, end: 1_000_004)],
        date: nil, affiliation: nil, place: nil),
      EntityRecord(
        id: "event:summit", type: .event, name: "summit", date: "2019", affiliation: "country:peru",
        place: "location:lima"),
    ],
    groups: [EntityRecord(id: "group:officials", type: .group, name: "officials", affiliation: "country:norway")],
    statements: [
      StatementRecord(
        speaker: .init(entity: "person:anna-berg", span: TextSpan(text: "she", start: 10, end: 13)),
        cue: TextSpan(text: "said", start: 14, end: 18),
        content: [TextSpan(text: "a \"quote\"\n", start: 19, end: 29), TextSpan(text: "", start: -1, end: 0)],
        kind: .mixed, about: ["event:summit", "event:summit"], date: "Monday", rule: "parse.clausal-complement",
        stance: ["event:summit": .opposes, "person:anna-berg": .supports, "country:\u{1F1FA}": .neutral]),
      StatementRecord(
        speaker: .init(entity: nil, span: TextSpan(text: "x", start: 0, end: 1)), cue: nil, content: [], kind: .direct,
        stance: [:]),
      StatementRecord(speaker: nil, cue: nil, content: [], kind: .indirect, about: []),
    ],
    relations: [
      RelationRecord(
        subject: "person:anna-berg", predicate: .met, object: "group:officials", verb: "met", title: "Minister",
        date: "2025-03-03", place: "location:lima", evidence: TextSpan(text: "met", start: 5, end: 8),
        rule: "relation.verb"),
      RelationRecord(subject: "a", predicate: .holdsRole, object: "b", evidence: TextSpan(text: "", start: 0, end: 0)),
    ])

  @Test func everyFieldSurvivesAPackingRoundTrip() throws {
    #expect(try ExtractionPacking.unpack(ExtractionPacking.pack(Self.full)) == Self.full)
    let empty = Extraction(document: DocumentInfo(id: ""))
    #expect(try ExtractionPacking.unpack(ExtractionPacking.pack(empty)) == empty)
  }

  @Test func damagedBytesAreRefusedNotTrusted() {
    let bytes = ExtractionPacking.pack(Self.full)
    for length in [0, 1, bytes.count / 2, bytes.count - 1] {
      #expect(throws: ExtractionPacking.Malformed.self) { try ExtractionPacking.unpack(Array(bytes.prefix(length))) }
    }
    #expect(throws: ExtractionPacking.Malformed.self) { try ExtractionPacking.unpack(bytes + [0]) }
    #expect(throws: ExtractionPacking.Malformed.self) { try ExtractionPacking.unpack([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]) }
  }

  /// A field added to a record must be added to the packing too: this
  /// counts the stored properties the packing knows about.
  @Test func thePackingKnowsEveryStoredProperty() {
    let speaker = StatementRecord.Speaker(entity: nil, span: TextSpan(text: "", start: 0, end: 0))
    let samples: [String: Any] = [
      "Extraction": Self.full, "DocumentInfo": Self.full.document, "EntityRecord": Self.full.entities[0],
      "TextSpan": TextSpan(text: "", start: 0, end: 0), "StatementRecord": Self.full.statements[0],
      "Speaker": speaker, "RelationRecord": Self.full.relations[0],
    ]
    for (name, sample) in samples {
      #expect(Mirror(reflecting: sample).children.count == ExtractionPacking.fieldCounts[name], "\(name)")
    }
  }

  @Test func packingIsMuchSmallerThanJSON() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = try encoder.encode(Self.full)
    #expect(ExtractionPacking.pack(Self.full).count < json.count / 2)
  }
}
