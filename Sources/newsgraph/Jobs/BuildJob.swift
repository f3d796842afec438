import Exporters
import Foundation
import GraphvizRender
import KnowledgeGraph
import NewsExtraction

/// The main job: documents in, graph, diagram and exports out.
struct BuildJob {
  var paths: [String]
  var output: URL
  var formats: [RenderFormat]
  var diagram: DiagramArguments
  var maxBytes: Int
  var names: NameFinder

  /// What a build produced, for the summary line.
  struct Summary {
    var documents: Int
    var failures: Int
    var graph: KnowledgeGraph
    var seconds: Double
    var files: [String]

    var line: String {
      var counts: [EntityType: Int] = [:]
      for entity in graph.entitiesByID.values { counts[entity.type, default: 0] += 1 }
      let types = EntityType.allCases.compactMap { type in counts[type].map { "\($0) \(type.rawValue)" } }
      let documentWord = documents == 1 ? "document" : "documents"
      let skipped = failures > 0 ? " (\(failures) skipped)" : ""
      return "newsgraph: \(documents) \(documentWord)\(skipped); \(graph.entitiesByID.count) entities"
        + (types.isEmpty ? "" : " (\(types.joined(separator: ", ")))")
        + "; \(graph.statements.count) statements; \(graph.relations.count) relations; "
        + String(format: "%.2f s", seconds)
    }
  }

  func run() async throws -> Summary {
    let started = Date()
    let job = try ExtractionJob(paths: paths, maxBytes: maxBytes, names: names)
    var extractions: [Extraction] = []
    var graph = KnowledgeGraph()
    var mergeErrors = 0
    let result = await job.run { extraction in
      do {
        try graph.merge(extraction)
        extractions.append(extraction)
      } catch {
        Console.error("newsgraph: \(error)")
        mergeErrors += 1
      }
    }
    graph.resolveAcrossDocuments()
    guard !extractions.isEmpty else {
      throw CLIError(message: "newsgraph: nothing to build: no document could be read from \(paths.joined(separator: " "))")
    }
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    var written: [String] = []
    func file(_ name: String) -> URL {
      written.append(name)
      return output.appendingPathComponent(name)
    }
    try ExtractionsWriter().write(extractions, to: file("extractions.jsonl"))
    try JSONWriter().write(graph, to: file("graph.json"))
    try GraphMLWriter().write(graph, to: file("graph.graphml"))
    try StatementsMarkdownWriter().write(graph, to: file("statements.md"))
    let options = try diagram.options(for: graph)
    let writer = DOTWriter(options: options)
    let dot = writer.string(for: graph)
    try AtomicFile.write(Data(dot.utf8), to: file("graph.dot"))
    let engine = LayoutEngine(rawValue: writer.layout(for: graph).rawValue) ?? .sfdp
    for format in formats where format != .dot {
      let bytes = try Renderer.render(dot: dot, engine: engine, format: format)
      try AtomicFile.write(Data(bytes), to: file("graph.\(format.rawValue)"))
    }
    return Summary(
      documents: result.documents, failures: result.failures + mergeErrors, graph: graph,
      seconds: Date().timeIntervalSince(started), files: written)
  }
}
