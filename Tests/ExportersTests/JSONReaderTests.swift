import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("JSONReader")
struct JSONReaderTests {
  @Test func readsMissingArraysAsEmpty() throws {
    let graph = try JSONReader.graph(from: Data("{}".utf8))
    #expect(graph.isEmpty)
  }

  @Test(arguments: [
    ("not json", "invalid JSON"),
    (#"{"entities": [{"id": "person:x"}]}"#, "missing field 'type'"),
    (#"{"entities": 3}"#, "expected"),
    (
      #"{"relations": [{"subject": "a", "predicate": "met", "object": "b", "document": "d", "evidence": {"text": "", "start": 0, "end": 0}}]}"#,
      "unknown entity 'a'"
    ),
  ])
  func reportsProblemsWithThePath(json: String, fragment: String) throws {
    #expect {
      _ = try JSONReader.graph(from: Data(json.utf8), path: "in/graph.json")
    } throws: { error in
      guard case .read(let path, let reason) = error as? ExportError else { return false }
      return path == "in/graph.json" && reason.contains(fragment)
    }
  }

  @Test func missingFileIsAReadError() {
    #expect(throws: ExportError.self) {
      _ = try JSONReader.read(from: URL(fileURLWithPath: "/nonexistent/graph.json"))
    }
  }
}
