import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

/// The exporters write their files a piece at a time; the bytes are those
/// of the whole text, as `JSONEncoder` and ``GraphWriter/string(for:)``
/// give them.
@Suite("Streaming writers")
struct StreamingWriterTests {
  /// A graph whose people are joined across documents, so that it has
  /// merges as well as every other list.
  static func mergedGraph() throws -> KnowledgeGraph {
    let later = Extraction(
      document: DocumentInfo(id: "doc-c", path: "seeds/doc-c.txt"),
      entities: [
        EntityRecord(
          id: "person:hegseth", type: .person, name: "Hegseth",
          mentions: [Fixtures.span("Hegseth", 0), Fixtures.span("Hegseth", 40)])
      ])
    return try KnowledgeGraph.resolving(Fixtures.extractions + [later]).graph
  }

  static func graphs() throws -> [KnowledgeGraph] {
    [try Fixtures.sampleGraph(), try mergedGraph(), try Fixtures.hostileGraph(includeControlCharacters: true), KnowledgeGraph()]
  }

  @Test func graphJSONIsTheEncoderTextOfTheWholeGraph() throws {
    #expect(!(try Self.mergedGraph().merges.isEmpty))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    for graph in try Self.graphs() {
      let whole = String(decoding: try encoder.encode(graph), as: UTF8.self) + "\n"
      #expect(try JSONWriter().string(for: graph) == whole)
    }
  }

  @Test func extractionLinesAreTheEncoderTextOfEachExtraction() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let empty = Extraction(document: DocumentInfo(id: "empty"))
    for extraction in Fixtures.extractions + [ReportFixtures.documentA, ReportFixtures.documentB, empty] {
      let whole = String(decoding: try encoder.encode(extraction), as: UTF8.self)
      #expect(try ExtractionsWriter().line(for: extraction) == whole)
    }
  }

  @Test func reportDataIsTheEncoderTextOfTheWholeData() throws {
    let graph = try ReportFixtures.graph()
    let data = HTMLReportData(graph: graph, texts: ReportFixtures.texts, diagramEntities: ["location:donbas"])
    var streamed = ""
    try HTMLReportData.writeScriptText(
      for: graph, texts: ReportFixtures.texts, entities: data.entities, into: &streamed)
    #expect(streamed == (try data.scriptText()))
  }

  @Test func filesHoldTheTextOfEachWriter() throws {
    let directory = try TemporaryDirectory()
    let writers: [(String, any GraphWriter)] = [
      ("graph.json", JSONWriter()), ("graph.graphml", GraphMLWriter()), ("statements.md", StatementsMarkdownWriter()),
      ("index.html", HTMLReportWriter(diagramSVG: nil, documents: ReportFixtures.texts)),
      ("graph.dot", DOTWriter()),
    ]
    for graph in try Self.graphs() + [try ReportFixtures.graph()] {
      for (name, writer) in writers {
        let url = directory.file(name)
        try writer.write(graph, to: url)
        #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == (try writer.string(for: graph)), "\(name)")
      }
    }
    let url = directory.file("extractions.jsonl")
    try ExtractionsWriter().write(Fixtures.extractions, to: url)
    #expect(String(decoding: try Data(contentsOf: url), as: UTF8.self) == (try ExtractionsWriter().string(for: Fixtures.extractions)))
  }

  @Test func streamLargerThanItsBufferIsWrittenWhole() throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("big.txt")
    let piece = String(repeating: "0123456789abcdef\u{201C}\u{1F600}", count: 700)
    try AtomicFile.write(to: url) { stream in
      for _ in 0..<200 { stream.write(piece) }
    }
    #expect(try Data(contentsOf: url) == Data(String(repeating: piece, count: 200).utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["big.txt"])
  }

  @Test func failedStreamLeavesTheOldFileAndNoTemporaryFile() throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("graph.json")
    try AtomicFile.write(Data("old".utf8), to: url)
    #expect(throws: ExportError.self) {
      try AtomicFile.write(to: url) { (stream) throws(ExportError) in
        stream.write(String(repeating: "x", count: 200_000))
        throw .encoding(format: "JSON", reason: "test")
      }
    }
    #expect(try Data(contentsOf: url) == Data("old".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["graph.json"])
  }
}
