import Exporters
import Foundation
import GraphStore
import GraphvizRender
import KnowledgeGraph
import NewsExtraction

/// The main job: documents in, graph, diagram and exports out.
///
/// With the store (the default), extractions are kept in
/// `newsgraph.sqlite` in the output folder, one transaction per batch of
/// documents: unchanged documents are not extracted again, changed ones are
/// replaced, and removed ones are dropped with `prune`. When nothing changed
/// and the outputs exist, nothing is rewritten.
struct BuildJob {
  var paths: [String]
  var output: URL
  var formats: [RenderFormat]
  var diagram: DiagramArguments
  var maxBytes: Int
  var names: NameFinder
  var useStore = true
  var prune = false
  var jobs: Int?
  /// The entity overrides file named with `--entities`, if any.
  var entities: String?
  /// The tables to write besides the graph files (`--format csv,neo4j`).
  var tables: [TableFormat] = []

  /// What a build produced, for the summary line.
  struct Summary {
    var documents: Int
    var extracted: Int
    var failures: Int
    var graph: KnowledgeGraph?
    var seconds: Double
    var files: [String]

    var line: String {
      let documentWord = documents == 1 ? "document" : "documents"
      var parts = ["\(documents) \(documentWord)"]
      if extracted < documents { parts[0] += " (\(documents - extracted) unchanged)" }
      if failures > 0 { parts[0] += " (\(failures) skipped)" }
      guard let graph else {
        return "newsgraph: \(parts[0]); nothing changed, outputs are current; " + String(format: "%.2f s", seconds)
      }
      var counts: [EntityType: Int] = [:]
      for entity in graph.entitiesByID.values { counts[entity.type, default: 0] += 1 }
      let types = EntityType.allCases.compactMap { type in counts[type].map { "\($0) \(type.rawValue)" } }
      return "newsgraph: \(parts[0]); \(graph.entitiesByID.count) entities"
        + (types.isEmpty ? "" : " (\(types.joined(separator: ", ")))")
        + "; \(graph.statements.count) statements; \(graph.relations.count) relations; "
        + String(format: "%.2f s", seconds)
    }
  }

  /// The files every build writes, besides the rendered formats.
  static let exportFiles = [
    "extractions.jsonl", "graph.json", "graph.graphml", "graph.entities.graphml", "graph.dot", "statements.md",
    "index.html",
  ]

  func run() async throws -> Summary {
    let started = Date()
    let job = try ExtractionJob(paths: paths, maxBytes: maxBytes, names: names, jobs: jobs)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let overrides = try OverridesFile(path: entities, folder: output)
    let storeURL = output.appendingPathComponent("newsgraph.sqlite")
    let store = useStore ? try GraphStore(path: storeURL.path) : nil
    let known = try store?.knownDocuments() ?? [:]

    var texts: [String: String] = [:]
    var seen = Set<String>()
    var fresh: [Extraction] = []
    var batch: [(extraction: Extraction, contentHash: String)] = []
    var storeFailure: (any Error)?
    let result = await job.run(known: known, hashing: store != nil) { delivery in
      seen.insert(delivery.id)
      texts[delivery.id] = delivery.text
      guard let extraction = delivery.extraction else { return }
      fresh.append(extraction)
      guard let store, storeFailure == nil else { return }
      batch.append((extraction, delivery.hash))
      if batch.count >= 64 {
        do { try store.replace(contentsOf: batch) } catch { storeFailure = error }
        batch.removeAll()
      }
    }
    if let store, storeFailure == nil, !batch.isEmpty {
      do { try store.replace(contentsOf: batch) } catch { storeFailure = error }
    }
    if let storeFailure { throw CLIError(message: "newsgraph: \(storeFailure)") }
    guard result.documents > 0 else {
      throw CLIError(message: "newsgraph: nothing to build: no document could be read from \(paths.joined(separator: " "))")
    }
    var removed = 0
    if prune, let store { removed = try store.remove(documentIDs: Set(known.keys).subtracting(seen)) }

    // Nothing changed since a build with the same settings: keep the outputs.
    let stampURL = output.appendingPathComponent("newsgraph.sqlite.stamp")
    let stamp = try store.map {
      try buildStamp(documents: $0.knownDocuments(), fingerprint: job.fingerprint, overrides: overrides.text)
    }
    let outputsExist = (Self.exportFiles + formats.map { "graph.\($0.rawValue)" } + tables.flatMap(\.fileNames)).allSatisfy {
      FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path)
    }
    if fresh.isEmpty, removed == 0, outputsExist, let stamp,
      (try? String(contentsOf: stampURL, encoding: .utf8)) == stamp
    {
      return Summary(documents: result.documents, extracted: 0, failures: result.failures, graph: nil,
                     seconds: Date().timeIntervalSince(started), files: [])
    }

    let extractions = try store?.extractions() ?? fresh
    let hashes = try store?.knownDocuments() ?? texts.mapValues { GraphStore.hash(of: $0) }
    let resolved = try KnowledgeGraph.resolving(
      extractions, overrides: overrides.overrides, contentHashes: hashes, knownNames: job.lexicon.knownNames(),
      texts: texts)
    let graph = resolved.graph
    let graphJSON = Data(try JSONWriter().string(for: graph).utf8)
    let files = try writeOutputs(graph: graph, graphJSON: graphJSON, extractions: resolved.extractions, texts: texts)
    try store?.replaceGraph(graph, json: graphJSON)
    if let stamp { try AtomicFile.write(Data(stamp.utf8), to: stampURL) }
    return Summary(
      documents: result.documents, extracted: fresh.count, failures: result.failures, graph: graph,
      seconds: Date().timeIntervalSince(started), files: files)
  }

  /// Writes every export and rendering; returns the file names.
  func writeOutputs(
    graph: KnowledgeGraph, graphJSON: Data, extractions: [Extraction], texts: [String: String]
  ) throws -> [String] {
    var written: [String] = []
    func file(_ name: String) -> URL {
      written.append(name)
      return output.appendingPathComponent(name)
    }
    try ExtractionsWriter().write(extractions, to: file("extractions.jsonl"))
    try AtomicFile.write(graphJSON, to: file("graph.json"))
    try GraphMLWriter().write(graph, to: file("graph.graphml"))
    try EntityGraphMLWriter().write(graph, to: file("graph.entities.graphml"))
    for table in tables {
      try table.write(graph, into: output)
      written += table.fileNames
    }
    try StatementsMarkdownWriter().write(graph, to: file("statements.md"))
    let shown = diagram.dated(graph)
    let fitted = try DiagramFit.render(shown, options: try diagram.options(for: shown)) { dot, layout in
      try Renderer.render(dot: dot, engine: LayoutEngine(rawValue: layout.rawValue) ?? .sfdp, format: .svg)
    }
    try AtomicFile.write(Data(fitted.dot.utf8), to: file("graph.dot"))
    let engine = LayoutEngine(rawValue: fitted.layout.rawValue) ?? .sfdp
    let svg: [UInt8]? = fitted.svg
    for format in formats where format != .dot {
      let bytes = format == .svg ? fitted.svg : try Renderer.render(dot: fitted.dot, engine: engine, format: format)
      try AtomicFile.write(Data(bytes), to: file("graph.\(format.rawValue)"))
    }
    let documents = texts.filter { id, _ in graph.documents.contains { $0.id == id } }
    let report = HTMLReportWriter(diagramSVG: svg.map { String(decoding: $0, as: UTF8.self) }, documents: documents)
    try report.write(graph, to: file("index.html"))
    return written
  }

  /// What the outputs depend on: settings, extractor and stored documents.
  func buildStamp(documents: [String: String], fingerprint: String, overrides: String?) throws -> String {
    var text = "\(fingerprint)\nentities=\(overrides.map { GraphStore.hash(of: $0) } ?? "")\nformats=\((formats.map(\.rawValue) + tables.map(\.rawValue)).joined(separator: ","))\n"
    text += "layout=\(diagram.layout) focus=\(diagram.focus ?? "") depth=\(diagram.depth) types=\(diagram.types ?? "") top=\(diagram.top) since=\(diagram.since ?? "") until=\(diagram.until ?? "")\n"
    for (id, hash) in documents.sorted(by: { $0.key < $1.key }) { text += "\(id) \(hash)\n" }
    return GraphStore.hash(of: text) + "\n"
  }
}
