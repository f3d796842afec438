import Exporters
import Foundation
import GraphStore
import GraphvizRender
import KnowledgeGraph
import NewsExtraction
import Lexicon

/// The main job: documents in, graph, diagram and exports out.
///
/// With the store (the default), extractions are kept in
/// `newsgraph.sqlite` in the output folder, one transaction per batch of
/// documents: unchanged documents are not extracted again, changed ones are
/// replaced, and removed ones are dropped with `prune`. Documents whose
/// extraction crashed or timed out are recorded there too, and skipped by
/// later builds until their text or the extractor changes. When nothing
/// changed and the outputs exist, nothing is rewritten.
///
/// The exports are written into a staging folder and published as one set
/// (``OutputFolder``); a store write that fails (a full disk) stops the
/// build at once.
package struct BuildJob {
  var paths: [String]
  var output: URL
  var formats: [RenderFormat]
  var diagram: DiagramSettings
  var maxBytes: Int
  var names: NameFinder
  var useStore = true
  var prune = false
  var jobs: Int?
  /// The entity overrides file named with `--entities`, if any.
  var entities: String?
  var timeout: Double? = 30
  /// The tables to write besides the graph files (`--format csv,neo4j`).
  var tables: [TableFormat] = []

  /// Creates a build.
  ///
  /// - Parameters:
  ///   - paths: Files, folders or `-`.
  ///   - output: The output folder.
  ///   - formats: The diagram formats to render.
  ///   - diagram: What the diagram shows.
  ///   - maxBytes: The largest document read.
  ///   - names: How names are found.
  ///   - useStore: Whether extractions are kept in the store.
  ///   - prune: Whether stored documents no longer among the inputs go.
  ///   - jobs: Documents extracted at once (default: one per core).
  ///   - entities: The entity overrides file, if any.
  ///   - timeout: The longest one document may take, in seconds.
  ///   - tables: The tables to write besides the graph files.
  package init(
    paths: [String], output: URL, formats: [RenderFormat], diagram: DiagramSettings, maxBytes: Int,
    names: NameFinder, useStore: Bool = true, prune: Bool = false, jobs: Int? = nil, entities: String? = nil,
    timeout: Double? = 30, tables: [TableFormat] = []
  ) {
    self.paths = paths
    self.output = output
    self.formats = formats
    self.diagram = diagram
    self.maxBytes = maxBytes
    self.names = names
    self.useStore = useStore
    self.prune = prune
    self.jobs = jobs
    self.entities = entities
    self.timeout = timeout
    self.tables = tables
  }

  /// What a build produced, for the summary line.
  package struct Summary {
    var documents: Int
    var extracted: Int
    var unchanged: Int
    package var failures: Int
    var graph: KnowledgeGraph?
    var seconds: Double
    var files: [String]

    package var line: String {
      let documentWord = documents == 1 ? "document" : "documents"
      var parts = ["\(documents) \(documentWord)"]
      if unchanged > 0 { parts[0] += " (\(unchanged) unchanged)" }
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
  /// The stamp that says which store state and settings the outputs show.
  static let stampName = "newsgraph.sqlite.stamp"

  package func run() throws -> Summary {
    let started = Date()
    let folder: OutputFolder
    do {
      folder = try OutputFolder(output) {
        Console.error("newsgraph: another build is writing to \(output.path); waiting for it")
      }
    } catch {
      throw CLIError(message: "newsgraph: \(error)")
    }
    let overrides = try OverridesFile(path: entities, folder: output)
    let job = ExtractionJob(
      paths: paths, maxBytes: maxBytes, names: names, jobs: jobs, timeout: timeout,
      excludedFolders: [output.path], answer: .packed)
    let storeURL = output.appendingPathComponent("newsgraph.sqlite")
    let store: GraphStore?
    let known: [String: String]
    let failed: [String: FailedDocument]
    do {
      store = useStore ? try GraphStore(path: storeURL.path) : nil
      known = try store?.knownDocuments() ?? [:]
      failed = try store?.failedDocuments() ?? [:]
    } catch {
      throw CLIError(message: "newsgraph: \(error)")
    }

    var texts: [String: String] = [:]
    var seen = Set<String>()
    // Without a store, the extractions themselves; with one, only how many
    // there were (the store holds them).
    var fresh: [Extraction] = []
    var freshCount = 0
    var batch: [(extraction: Extraction, contentHash: String)] = []
    var storeFailure: StoreError?
    var usable = 0
    var unchanged = 0
    func flush() {
      guard let store, !batch.isEmpty else { return }
      do throws(StoreError) { try store.replace(contentsOf: batch) } catch { storeFailure = error }
      batch.removeAll()
    }
    let result = try job.run(known: known, failed: failed, hashing: store != nil) { delivery in
      seen.insert(delivery.info.id)
      switch delivery.outcome {
      case .extracted(let extraction):
        texts[delivery.info.id] = delivery.text
        freshCount += 1
        usable += 1
        if store != nil {
          batch.append((extraction, delivery.hash))
          if batch.count >= 64 { flush() }
        } else {
          fresh.append(extraction)
        }
      case .unchanged:
        texts[delivery.info.id] = delivery.text
        usable += 1
        unchanged += 1
      case .failed(let reason):
        guard let store else { break }
        do throws(StoreError) {
          try store.recordFailure(
            FailedDocument(id: delivery.info.id, path: delivery.info.path, contentHash: delivery.hash, reason: reason))
        } catch {
          storeFailure = error
        }
      case .knownFailure, .pending, .extractedLine:
        break
      }
      // A store that cannot be written (a full disk) stops the build now.
      return storeFailure == nil
    }
    if storeFailure == nil { flush() }
    if let storeFailure {
      throw CLIError(
        message: "newsgraph: \(storeFailure) (stopped after \(result.documents) documents; no output was changed)")
    }
    let failures = result.failures
    guard usable > 0 else {
      throw CLIError(
        message: "newsgraph: nothing to build: no document could be read or extracted from \(paths.joined(separator: " "))")
    }
    var removed = 0
    if prune, let store {
      do {
        removed = try store.remove(documentIDs: Set(known.keys).union(failed.keys).subtracting(seen))
      } catch {
        throw CLIError(message: "newsgraph: \(error)")
      }
    }

    // Nothing changed since a build with the same settings: keep the outputs.
    let stampURL = output.appendingPathComponent(Self.stampName)
    let stamp: String?
    do {
      stamp = try store.map {
        try buildStamp(documents: $0.knownDocuments(), fingerprint: job.fingerprint, overrides: overrides.text)
      }
    } catch {
      throw CLIError(message: "newsgraph: \(error)")
    }
    let outputsExist = (Self.exportFiles + formats.map { "graph.\($0.rawValue)" } + tables.flatMap(\.fileNames)).allSatisfy {
      FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path)
    }
    if freshCount == 0, removed == 0, outputsExist, let stamp,
      (try? String(contentsOf: stampURL, encoding: .utf8)) == stamp
    {
      return Summary(documents: result.documents, extracted: 0, unchanged: unchanged, failures: failures, graph: nil,
                     seconds: Date().timeIntervalSince(started), files: [])
    }

    let resolved: ResolvedCorpus
    let graphJSON: Data
    do {
      let extractions = try store?.extractions() ?? fresh
      let hashes = try store?.knownDocuments() ?? texts.mapValues { GraphStore.hash(of: $0) }
      let lexicon = try Lexicon.loadShipped()
      resolved = try KnowledgeGraph.resolving(
        extractions, overrides: overrides.overrides, contentHashes: hashes, knownNames: lexicon.knownNames(),
        texts: texts)
      graphJSON = Data(try JSONWriter().string(for: resolved.graph).utf8)
    } catch {
      throw CLIError(message: "newsgraph: \(error)")
    }
    let graph = resolved.graph
    let files: [String]
    do {
      let staging = try folder.stage()
      var names = try writeOutputs(
        graph: graph, graphJSON: graphJSON, extractions: resolved.extractions, texts: texts, to: staging)
      if let stamp {
        try AtomicFile.write(Data(stamp.utf8), to: staging.appendingPathComponent(Self.stampName))
        names.append(Self.stampName)
      }
      // The store's graph answers `ask`: written before the files are
      // published, so a stamp never vouches for a graph the store lacks.
      try store?.replaceGraph(graph, json: graphJSON)
      try folder.publish(names)
      files = names
    } catch {
      folder.discardStaging()
      throw CLIError(message: "newsgraph: \(Self.describe(error, in: output)); the previous outputs are unchanged")
    }
    return Summary(
      documents: result.documents, extracted: freshCount, unchanged: unchanged, failures: failures, graph: graph,
      seconds: Date().timeIntervalSince(started), files: files)
  }

  /// An export error, naming the output file rather than its staged copy.
  static func describe(_ error: any Error, in output: URL) -> String {
    guard case .write(let path, let reason) = error as? ExportError, path.contains(OutputFolder.stagingName) else {
      return "\(error)"
    }
    // The path below the staging folder (`neo4j/entities.csv` stays so).
    let marker = OutputFolder.stagingName + "/"
    let name = path.range(of: marker).map { String(path[$0.upperBound...]) } ?? URL(fileURLWithPath: path).lastPathComponent
    return "\(output.appendingPathComponent(name).path): cannot write: \(reason)"
  }

  /// Writes every export and rendering into a folder; returns the file
  /// names.
  ///
  /// The exports are independent and each streams its own file, so they
  /// are written two at a time.
  func writeOutputs(
    graph: KnowledgeGraph, graphJSON: Data, extractions: [Extraction], texts: [String: String], to folder: URL
  ) throws -> [String] {
    @Sendable func file(_ name: String) -> URL { folder.appendingPathComponent(name) }
    let shown = diagram.dated(graph)
    let options = try diagram.options(for: shown)
    let rendered = formats.filter { $0 != .dot }
    let ids = Set(graph.documents.map(\.id))
    let documents = texts.filter { id, _ in ids.contains(id) }
    let exports: [@Sendable () throws -> Void] = [
      { try ExtractionsWriter().write(extractions, to: file("extractions.jsonl")) },
      { try AtomicFile.write(graphJSON, to: file("graph.json")) },
      { try GraphMLWriter().write(graph, to: file("graph.graphml")) },
      { try StatementsMarkdownWriter().write(graph, to: file("statements.md")) },
      {
        // Every drawing, the fitting attempts included, is made in a fresh
        // process: see DiagramProcess.
        let fitted = try DiagramFit.render(shown, options: options) { dot, layout in
          try DiagramProcess.render(
            dot: dot, engine: LayoutEngine(rawValue: layout.rawValue) ?? .sfdp, format: .svg, scratch: folder)
        }
        let dotFile = file("graph.dot")
        try AtomicFile.write(Data(fitted.dot.utf8), to: dotFile)
        let engine = LayoutEngine(rawValue: fitted.layout.rawValue) ?? .sfdp
        for format in rendered {
          if format == .svg {
            try AtomicFile.write(Data(fitted.svg), to: file("graph.svg"))
          } else {
            try DiagramProcess.render(
              dotFile: dotFile, engine: engine, format: format, to: file("graph.\(format.rawValue)"))
          }
        }
        let report = HTMLReportWriter(diagramSVG: String(decoding: fitted.svg, as: UTF8.self), documents: documents)
        try report.write(graph, to: file("index.html"))
      },
      { try EntityGraphMLWriter().write(graph, to: file("graph.entities.graphml")) },
    ] + tables.map { table in { try table.write(graph, into: folder) } }
    // Two lanes of about equal work: graph.json, GraphML, Markdown and the
    // tables, beside the diagram, the report, the JSON Lines and the entity
    // network. More threads would each keep memory of their own for little
    // gain on two cores.
    let lanes = [[1, 2, 3] + Array(6..<exports.count), [4, 0, 5]]
    let failures = ExportFailures(count: exports.count)
    DispatchQueue.concurrentPerform(iterations: lanes.count) { lane in
      for index in lanes[lane] {
        do { try exports[index]() } catch { failures.record(error, at: index) }
      }
    }
    if let failure = failures.first { throw failure }
    return ["extractions.jsonl", "graph.json", "graph.graphml", "graph.entities.graphml", "statements.md", "graph.dot"]
      + tables.flatMap(\.fileNames) + rendered.map { "graph.\($0.rawValue)" } + ["index.html"]
  }

  /// What the outputs depend on: settings, extractor and stored documents.
  func buildStamp(documents: [String: String], fingerprint: String, overrides: String?) throws -> String {
    var text = "\(fingerprint)\nentities=\(overrides.map { GraphStore.hash(of: $0) } ?? "")\nformats=\((formats.map(\.rawValue) + tables.map(\.rawValue)).joined(separator: ","))\n"
    text += diagram.stampLine + "\n"
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
