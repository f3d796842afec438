import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("GraphFile")
struct GraphFileTests {
  @Test func readsJSONAndGraphMLWhateverTheName() throws {
    let graph = try Fixtures.sampleGraph()
    let directory = try TemporaryDirectory()
    let json = directory.file("graph.data")
    let graphml = directory.file("graph.other")
    try JSONWriter().write(graph, to: json)
    try GraphMLWriter().write(graph, to: graphml)
    #expect(try GraphFile.read(from: json) == graph)
    #expect(try GraphFile.read(from: graphml) == graph)
  }

  @Test func rejectsOtherFiles() throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("graph.dot")
    try DOTWriter().write(try Fixtures.sampleGraph(), to: url)
    #expect(
      throws: ExportError.read(
        path: url.path, reason: "not a graph file: expected graph.json or graph.graphml")
    ) {
      _ = try GraphFile.read(from: url)
    }
    #expect(throws: ExportError.self) {
      _ = try GraphFile.read(from: directory.file("missing.json"))
    }
  }
}
