import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

/// Graph files past the size limits of libxml2's defaults (10 MB for one
/// text node) and of Foundation's `XMLParser`, read by the readers that
/// `render` and `ask` use.
@Suite("Large graph files")
struct LargeGraphReadTests {
  @Test func reads50MBGraphMLWrittenByAnotherTool() throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("large.graphml")
    let contents = try LargeGraphFile.write(to: url, bytes: 50_000_000)
    #expect(contents.bytes >= 50_000_000)
    let started = Date()
    let graph = try GraphFile.read(from: url)
    let seconds = Date().timeIntervalSince(started)
    #expect(graph.entitiesByID.count == contents.entities)
    #expect(graph.statements.count == contents.statements)
    #expect(graph.relations.count == contents.relations)
    let huge = try #require(graph.statements.first { $0.id == "statement:huge" })
    #expect(huge.text == contents.hugeText)
    #expect(huge.speaker == "person:p0")
    let last = contents.entities - 1
    #expect(graph.entity(id: "person:p\(last)")?.name == LargeGraphFile.name(last))
    let entity = try #require(graph.entity(id: "person:p7"))
    #expect(entity.name == LargeGraphFile.name(7))
    #expect(entity.aliases == ["P. 7", "Mr \"7\""])
    #expect(entity.mentionCount == 8)
    let statement = try #require(graph.statements.first { $0.id == "statement:s7" })
    #expect(statement.text == "Person 7 said that <talks> would go on & on.")
    #expect(statement.speaker == "person:p7" && statement.about == ["person:p8"])
    #expect(statement.start == 7 && statement.end == 47 && statement.cue == "said")
    #expect(graph.relations.first?.predicate == .met)
    print("Read \(contents.bytes / 1_000_000) MB of GraphML in \(String(format: "%.2f", seconds)) s")
  }

  @Test func reads50MBGraphJSON() throws {
    // The same kind of graph through graph.json, as `build` writes it (more
    // compact than this GraphML: 64 MB of it make about 53 MB of JSON).
    let directory = try TemporaryDirectory()
    let graphML = directory.file("large.graphml")
    _ = try LargeGraphFile.write(to: graphML, bytes: 64_000_000, hugeTextBytes: 20_000_000)
    let graph = try GraphFile.read(from: graphML)
    let url = directory.file("graph.json")
    try JSONWriter().write(graph, to: url)
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int)
    #expect(size >= 50_000_000)
    #expect(try GraphFile.read(from: url) == graph)
  }
}
