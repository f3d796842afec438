import Exporters
import Foundation
import KnowledgeGraph

/// The graph reader harness: one input is a graph file, read as `render`,
/// `ask` and `explain` read one (JSON or GraphML by its first character),
/// then drawn, tabled and asked as they do.
enum GraphReaderFuzzing {
  /// Reads one graph file and uses the graph.
  ///
  /// - Parameter bytes: The file's bytes.
  static func run(_ bytes: [UInt8]) {
    let data = Data(bytes)
    let first = bytes.first { !" \t\r\n".utf8.contains($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
    var graph: KnowledgeGraph
    do {
      if first == UInt8(ascii: "<") {
        graph = try GraphMLReader.graph(from: data)
      } else {
        graph = try JSONReader.graph(from: data)
      }
    } catch {
      return
    }
    graph.checkInvariants()
    _ = DOTWriter().string(for: graph)
    _ = DOTWriter(options: .full).string(for: graph)
    _ = StatementsMarkdownWriter().string(for: graph)
    let name = graph.entities.first?.name ?? ""
    _ = graph.entities(named: name)
    _ = graph.statements(speaker: name, about: graph.entities.last?.name)
    for entity in graph.entities.prefix(3) {
      _ = graph.relations(involving: entity.id)
      _ = DOTWriter(options: DiagramOptions(focus: entity.id, depth: 2)).string(for: graph)
    }
    _ = graph.topEntities(limit: 5)
    _ = graph.dated(since: "2020", until: "2024-06")
    let source = GraphAnswerSource(graph: graph)
    _ = Answer(speaker: name, about: graph.entities.last?.name, source: source)
    _ = Answer(speaker: nil, about: String(name.prefix(4)), kinds: [.direct], source: source)
    _ = source.suggestions(for: NameKey(name + "x"))
    graph.checkInvariants()
  }
}
