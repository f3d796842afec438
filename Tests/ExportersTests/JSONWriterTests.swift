import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("JSONWriter")
struct JSONWriterTests {
  @Test func sampleGraphSnapshot() throws {
    let text = try JSONWriter().string(for: try Fixtures.sampleGraph())
    try Snapshot.check(text, named: "sampleGraphSnapshot.json")
  }

  @Test func outputIsByteStable() throws {
    let graph = try Fixtures.sampleGraph()
    var reversed = KnowledgeGraph()
    for extraction in Fixtures.extractions.reversed() { try reversed.merge(extraction) }
    let first = try JSONWriter().string(for: graph)
    #expect(try JSONWriter().string(for: graph) == first)
    // Merge order changes nothing but canonical-name choice ties, which the
    // fixtures avoid.
    #expect(try JSONWriter().string(for: reversed) == first)
  }

  @Test func roundTripsThroughJSONReader() throws {
    for graph in [
      try Fixtures.sampleGraph(), try Fixtures.hostileGraph(includeControlCharacters: true),
      KnowledgeGraph(),
    ] {
      let text = try JSONWriter().string(for: graph)
      let read = try JSONReader.graph(from: Data(text.utf8))
      #expect(read == graph)
    }
  }

  @Test func writesAtomicallyAndLeavesNoTemporaryFiles() throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("graph.json")
    try Data("old".utf8).write(to: url)
    try JSONWriter().write(try Fixtures.sampleGraph(), to: url)
    #expect(try JSONReader.read(from: url) == (try Fixtures.sampleGraph()))
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
    #expect(names == ["graph.json"])
  }

  @Test func writeIntoMissingDirectoryThrowsNamingTheFile() throws {
    let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/graph.json")
    #expect {
      try JSONWriter().write(KnowledgeGraph(), to: url)
    } throws: { error in
      guard case .write(let path, _) = error as? ExportError else { return false }
      return path == url.path && (error as? ExportError)?.description.hasPrefix(url.path) == true
    }
  }

  @Test func failedWriteKeepsThePreviousFile() throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("graph.json")
    // A directory in the way makes the final rename fail.
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent("child"), withIntermediateDirectories: true)
    #expect(throws: ExportError.self) { try JSONWriter().write(KnowledgeGraph(), to: url) }
    var isDirectory: ObjCBool = false
    #expect(FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory))
    #expect(isDirectory.boolValue)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["graph.json"])
  }
}
