import Foundation
import KnowledgeGraph
import Testing

@testable import GraphStore

@Suite struct StoreAnswerSourceTests {
  /// A store holding the sample and synthetic documents, with the resolved
  /// graph stored as a build stores it.
  static func populated(_ folder: ScratchFolder) throws -> (GraphStore, KnowledgeGraph) {
    let store = try GraphStore(path: folder.path())
    try store.replace(Fixtures.sample(id: "seed"), contentHash: "s")
    for index in 0..<12 {
      let extraction = Fixtures.synthetic(index: index)
      try store.replace(extraction, contentHash: extraction.document.id)
    }
    let graph = try KnowledgeGraph.resolving(try store.extractions(), contentHashes: try store.knownDocuments()).graph
    let encoder = JSONEncoder()
    try store.replaceGraph(graph, json: try encoder.encode(graph))
    return (store, graph)
  }

  @Test func theStoreAnswersAsTheGraphDoes() throws {
    let folder = ScratchFolder()
    let (store, graph) = try Self.populated(folder)
    #expect(try store.hasGraph())
    let memory = GraphAnswerSource(graph: graph)
    let indexed = StoreAnswerSource(store: store)
    let speakers = Set(graph.statements.compactMap(\.speaker)).compactMap { graph.entity(id: $0)?.name }
    let topics = Set(graph.statements.flatMap(\.about)).compactMap { graph.entity(id: $0)?.name }
    #expect(speakers.count > 3 && topics.count > 3)
    for (speaker, topic) in zip(speakers.sorted(), topics.sorted()) + speakers.map({ ($0, nil) }) + topics.map({ (nil, $0) }) {
      let a = Answer(speaker: speaker, about: topic, source: memory)
      let b = Answer(speaker: speaker, about: topic, source: indexed)
      #expect(a.speaker?.chosen?.entity.id == b.speaker?.chosen?.entity.id)
      #expect(a.speaker?.chosen?.entity.name == b.speaker?.chosen?.entity.name)
      #expect(a.speaker?.chosen?.entity.mentionCount == b.speaker?.chosen?.entity.mentionCount)
      #expect(a.topic?.chosen?.entity.id == b.topic?.chosen?.entity.id)
      #expect(a.speaker?.alternatives.map(\.entity.id) == b.speaker?.alternatives.map(\.entity.id))
      #expect(a.groups.map(\.statements) == b.groups.map(\.statements), "\(speaker ?? "-") about \(topic ?? "-")")
      #expect(a.groups.map(\.document.id) == b.groups.map(\.document.id))
    }
  }

  @Test func theSnapshotIsTheGraph() throws {
    let folder = ScratchFolder()
    let (store, graph) = try Self.populated(folder)
    let data = try #require(try store.graphSnapshot())
    #expect(try JSONDecoder().decode(KnowledgeGraph.self, from: data) == graph)
  }

  @Test func suggestionsAreAlike() throws {
    let folder = ScratchFolder()
    let (store, graph) = try Self.populated(folder)
    for name in graph.entities.prefix(20).map(\.name) {
      let typo = NameKey(String(name.dropLast()) + "x")
      #expect(
        GraphAnswerSource(graph: graph).suggestions(for: typo).map(\.id)
          == StoreAnswerSource(store: store).suggestions(for: typo).map(\.id))
    }
  }
}
