import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("ExtractionsWriter")
struct ExtractionsWriterTests {
  @Test func sampleExtractionsSnapshot() throws {
    let text = try ExtractionsWriter().string(for: Fixtures.extractions)
    try Snapshot.check(text, named: "sampleExtractionsSnapshot.jsonl")
  }

  @Test func oneCompactObjectPerLineThatDecodesBack() throws {
    let hostile = try Fixtures.hostileGraph(includeControlCharacters: true)
    let extraction = Extraction(
      document: DocumentInfo(id: "x\ny"),
      entities: hostile.entities.map {
        EntityRecord(id: $0.id, type: $0.type, name: $0.name, aliases: $0.aliases)
      })
    let extractions = Fixtures.extractions + [extraction]
    let text = try ExtractionsWriter().string(for: extractions)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == extractions.count + 1)
    #expect(lines.last == "")
    for (line, expected) in zip(lines, extractions) {
      #expect(!line.contains("\n") && !line.hasPrefix(" "))
      #expect(try JSONDecoder().decode(Extraction.self, from: Data(line.utf8)) == expected)
    }
  }

  @Test func keysAreSortedAndSlashesUnescaped() throws {
    let line = try ExtractionsWriter().line(for: Fixtures.documentB)
    #expect(
      line.hasPrefix(
        #"{"document":{"id":"doc-b","path":"seeds/doc-b.txt"},"entities":[{"aliases":[]"#))
  }

  @Test func emptyInputGivesEmptyFile() throws {
    #expect(try ExtractionsWriter().string(for: []) == "")
  }

  @Test func writesFile() throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("extractions.jsonl")
    try ExtractionsWriter().write(Fixtures.extractions, to: url)
    let written = try String(contentsOf: url, encoding: .utf8)
    #expect(written == (try ExtractionsWriter().string(for: Fixtures.extractions)))
  }
}
