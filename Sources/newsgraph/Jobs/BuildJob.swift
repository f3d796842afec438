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
  static let exportFiles = ["extractions.jsonl", "graph.json", "graph.graphml", "graph.dot", "statements.md", "index.html"]

  func run() async throws -> Summary {
    let started = Date()
    let job = try ExtractionJob(paths: paths, maxBytes: maxBytes, names: names, jobs: jobs)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    let storeURL = output.appendingPathComponent("newsgraph.sqlite")
    let store = useStore ? try GraphStore(path: storeURL.path) : nil
    let known = try store?.knownDocuments() ?? [:]

    var texts: [String: String] = [:]
    var seen = Set<String>()
    // Without a store, the extractions themselves; with one, only how many
    // there were (the store holds them).
    var fresh: [Extraction] = []
    var freshCount = 0
    var batch: [(extraction: Extraction, contentHash: String)] = []
    var storeFailure: (any Error)?
    let result = await job.run(known: known, hashing: store != nil) { delivery in
      seen.insert(delivery.id)
      texts[delivery.id] = delivery.text
      guard let extraction = delivery.extraction else { return }
      freshCount += 1
      guard let store else {
        fresh.append(extraction)
        return
      }
      guard storeFailure == nil else { return }
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
    let stamp = try store.map { try buildStamp(documents: $0.knownDocuments(), fingerprint: job.fingerprint) }
    let outputsExist = (Self.exportFiles + formats.map { "graph.\($0.rawValue)" }).allSatisfy {
      FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path)
    }
    if freshCount == 0, removed == 0, outputsExist, let stamp,
      (try? String(contentsOf: stampURL, encoding: .utf8)) == stamp
    {
      return Summary(documents: result.documents, extracted: 0, failures: result.failures, graph: nil,
                     seconds: Date().timeIntervalSince(started), files: [])
    }

    // Extraction is over: the models are not needed for the exports.
    job.loader.unload()
    let extractions = try store?.extractions() ?? fresh
    fresh = []
    var graph = KnowledgeGraph()
    try graph.merge(contentsOf: extractions)
    graph.resolveAcrossDocuments()
    let files = try writeOutputs(graph: graph, extractions: extractions, texts: texts)
    if let stamp { try AtomicFile.write(Data(stamp.utf8), to: stampURL) }
    return Summary(
      documents: result.documents, extracted: freshCount, failures: result.failures, graph: graph,
      seconds: Date().timeIntervalSince(started), files: files)
  }

  /// Writes every export and rendering; returns the file names.
  ///
  /// The exports are independent and each streams its own file, so they
  /// are written two at a time.
  func writeOutputs(graph: KnowledgeGraph, extractions: [Extraction], texts: [String: String]) throws -> [String] {
    let output = self.output
    @Sendable func file(_ name: String) -> URL { output.appendingPathComponent(name) }
    let shown = diagram.dated(graph)
    let options = try diagram.options(for: shown)
    let writer = DOTWriter(options: options)
    let dot = writer.string(for: shown)
    let engine = LayoutEngine(rawValue: writer.layout(for: shown).rawValue) ?? .sfdp
    let rendered = formats.filter { $0 != .dot }
    let ids = Set(graph.documents.map(\.id))
    let documents = texts.filter { id, _ in ids.contains(id) }
    let exports: [@Sendable () throws -> Void] = [
      { try ExtractionsWriter().write(extractions, to: file("extractions.jsonl")) },
      { try JSONWriter().write(graph, to: file("graph.json")) },
      { try GraphMLWriter().write(graph, to: file("graph.graphml")) },
      { try StatementsMarkdownWriter().write(graph, to: file("statements.md")) },
      {
        try AtomicFile.write(Data(dot.utf8), to: file("graph.dot"))
        var svg: [UInt8]?
        for format in rendered {
          let bytes = try Renderer.render(dot: dot, engine: engine, format: format)
          if format == .svg { svg = bytes }
          try AtomicFile.write(Data(bytes), to: file("graph.\(format.rawValue)"))
        }
        if svg == nil { svg = try Renderer.render(dot: dot, engine: engine, format: .svg) }
        let report = HTMLReportWriter(diagramSVG: svg.map { String(decoding: $0, as: UTF8.self) }, documents: documents)
        try report.write(graph, to: file("index.html"))
      },
    ]
    // Two lanes of about equal work: graph.json, GraphML and Markdown, beside
    // the diagram, the report and the JSON Lines. More threads would each
    // keep memory of their own for little gain on two cores.
    let lanes = [[1, 2, 3], [4, 0]]
    let failures = ExportFailures(count: exports.count)
    DispatchQueue.concurrentPerform(iterations: lanes.count) { lane in
      for index in lanes[lane] {
        do { try exports[index]() } catch { failures.record(error, at: index) }
      }
    }
    if let failure = failures.first { throw failure }
    return ["extractions.jsonl", "graph.json", "graph.graphml", "statements.md", "graph.dot"]
      + rendered.map { "graph.\($0.rawValue)" } + ["index.html"]
  }

  /// What the outputs depend on: settings, extractor and stored documents.
  func buildStamp(documents: [String: String], fingerprint: String) throws -> String {
    var text = "\(fingerprint)\nformats=\(formats.map(\.rawValue).joined(separator: ","))\n"
    text += "layout=\(diagram.layout) focus=\(diagram.focus ?? "") depth=\(diagram.depth) types=\(diagram.types ?? "") top=\(diagram.top) since=\(diagram.since ?? "") until=\(diagram.until ?? "")\n"
    for (id, hash) in documents.sorted(by: { $0.key < $1.key }) { text += "\(id) \(hash)\n" }
    return GraphStore.hash(of: text) + "\n"
  }
}

/// The errors of exports written at the same time, by export.
private final class ExportFailures: @unchecked Sendable {
  /// Guards `errors`.
  private let lock = NSLock()
  /// Each export's error, if it failed.
  private var errors: [(any Error)?]

  init(count: Int) {
    errors = Array(repeating: nil, count: count)
  }

  /// Records the error of one export.
  func record(_ error: any Error, at index: Int) {
    lock.lock()
    defer { lock.unlock() }
    errors[index] = error
  }

  /// The error of the first export (in the order given) that failed.
  var first: (any Error)? {
    lock.lock()
    defer { lock.unlock() }
    return errors.lazy.compactMap { $0 }.first
  }
}
