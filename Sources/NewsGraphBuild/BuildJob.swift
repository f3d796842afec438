import Exporters
import Foundation
import GraphStore
import GraphvizRender
import KnowledgeGraph
import NewsExtraction
import Lexicon

/// The main job: documents in, graph, diagram and exports out (`build`),
/// or extraction shards in, the same graph and exports out (`merge`).
///
/// The ``source`` is the only difference: documents are extracted in
/// worker processes (``ExtractionJob``), shards are read
/// (``ShardReader``); both feed one ``ExtractionIntake``, and the store,
/// the graph, the stamp and every export are made the same way after it,
/// so a merge of shards of a corpus equals a build of it byte for byte.
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
  /// What to extract, or which shards to read.
  var source: ExtractionSource
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
  ///   - source: The documents to extract, or the shards to read.
  ///   - output: The output folder.
  ///   - formats: The diagram formats to render.
  ///   - diagram: What the diagram shows.
  ///   - maxBytes: The largest document read (documents only).
  ///   - names: How names are found (documents only).
  ///   - useStore: Whether extractions are kept in the store.
  ///   - prune: Whether stored documents no longer among the inputs go
  ///     (always, for shards: the outputs show exactly the shards).
  ///   - jobs: Documents extracted at once (default: one per core).
  ///   - entities: The entity overrides file, if any.
  ///   - timeout: The longest one document may take, in seconds.
  ///   - tables: The tables to write besides the graph files.
  package init(
    source: ExtractionSource, output: URL, formats: [RenderFormat], diagram: DiagramSettings,
    maxBytes: Int = 16_000_000, names: NameFinder = .models, useStore: Bool = true, prune: Bool = false, jobs: Int? = nil, entities: String? = nil,
    timeout: Double? = 30, tables: [TableFormat] = []
  ) {
    self.source = source
    self.output = output
    self.formats = formats
    self.diagram = diagram
    self.maxBytes = maxBytes
    self.names = names
    self.useStore = useStore
    if case .shards = source { self.prune = true } else { self.prune = prune }
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

    var intake = ExtractionIntake(store: store)
    let counts: SourceCounts
    let fingerprint: String
    switch source {
    case .documents(let paths):
      let job = ExtractionJob(
        paths: paths, maxBytes: maxBytes, names: names, jobs: jobs, timeout: timeout,
        excludedFolders: [output.path], answer: .packed)
      fingerprint = job.fingerprint
      counts = try extract(with: job, known: known, failed: failed, into: &intake)
    case .shards(let paths):
      fingerprint = Self.mergeFingerprint
      counts = read(shards: paths, known: known, into: &intake)
    }
    try intake.finish(documents: counts.documents)
    let failures = counts.failures
    guard intake.usable > 0 else {
      throw CLIError(
        message: "newsgraph: nothing to build: no document could be read or extracted from \(source.paths.joined(separator: " "))")
    }
    var removed = 0
    if prune, let store {
      do {
        removed = try store.remove(documentIDs: Set(known.keys).union(failed.keys).subtracting(intake.seen))
      } catch {
        throw CLIError(message: "newsgraph: \(error)")
      }
    }

    // Nothing changed since a build with the same settings: keep the outputs.
    let stampURL = output.appendingPathComponent(Self.stampName)
    let stamp: String?
    do {
      stamp = try store.map {
        try buildStamp(documents: $0.knownDocuments(), fingerprint: fingerprint, overrides: overrides.text)
      }
    } catch {
      throw CLIError(message: "newsgraph: \(error)")
    }
    let outputsExist = (Self.exportFiles + formats.map { "graph.\($0.rawValue)" } + tables.flatMap(\.fileNames)).allSatisfy {
      FileManager.default.fileExists(atPath: output.appendingPathComponent($0).path)
    }
    if intake.freshCount == 0, removed == 0, outputsExist, let stamp,
      (try? String(contentsOf: stampURL, encoding: .utf8)) == stamp
    {
      return Summary(
        documents: counts.documents, extracted: 0, unchanged: intake.unchanged, failures: failures, graph: nil,
        seconds: Date().timeIntervalSince(started), files: [])
    }

    let resolved: ResolvedCorpus
    let graphJSON: Data
    do {
      let texts = intake.texts
      let extractions = try store?.extractions() ?? intake.fresh
      let hashes = try intake.contentHashes ?? store?.knownDocuments() ?? texts.mapValues { GraphStore.hash(of: $0) }
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
        graph: graph, graphJSON: graphJSON, extractions: resolved.extractions, texts: intake.texts, to: staging)
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
      documents: counts.documents, extracted: intake.freshCount, unchanged: intake.unchanged, failures: failures,
      graph: graph, seconds: Date().timeIntervalSince(started), files: files)
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
