import DocumentInput
import ExtractionRecords
import Foundation
import GraphStore
import KnowledgeGraph

/// Reads extraction shards for `merge`: JSON Lines files as `extract`
/// writes them (files, folders of `*.jsonl` read recursively, `-` for
/// standard input), in any order, and gives each document once.
///
/// A line that is no extraction (not JSON, no `document`, a statement or
/// relation naming an entity the line lacks) is reported as
/// `SHARD:LINE: reason` and skipped, as `extract` skips bad input lines.
///
/// The documents are put in the order `build` reads files (by path, then
/// id), so that ids are settled as `build` settles them: a document whose
/// id and text (or, without texts, whole extraction) equal an earlier one's
/// (and path) is the same document read twice and counts once; one that
/// only shares the id is given another, as ``DocumentFeed/uniqueID(_:seen:)`` gives it
/// in a build. Documents with different ids and the same text are kept and
/// counted once by the graph, as duplicates (by content hash).
package struct ShardReader: Sendable {
  /// One document read from a shard.
  package struct Document: Sendable {
    /// Its extraction and text.
    package var record: ShardRecord
    /// Where it was read, `SHARD:LINE`, for messages.
    package var origin: String
    /// The hash of its text ("" without one): equal texts are duplicates.
    package var contentHash: String
    /// What the store keeps for it: the hash of the whole line, so that a
    /// document stays unchanged only when its shard line did.
    package var storeHash: String
  }

  /// What reading gave.
  package struct Contents: Sendable {
    /// Each document once, in build order, ids unique.
    package var documents: [Document] = []
    /// Lines and shards that gave nothing (each reported).
    package var failures = 0
    /// Lines that repeated a document read before (counted once).
    package var repeats = 0
  }

  /// Finds the shard files.
  let source: DocumentSource

  /// Creates a reader.
  ///
  /// - Parameters:
  ///   - paths: Shard files, folders (their `*.jsonl`) or `-`.
  ///   - excludedFolders: Folders never read (the output folder).
  package init(paths: [String], excludedFolders: [String] = []) {
    source = DocumentSource(paths: paths, excludedFolders: excludedFolders, extensions: ["jsonl"])
  }

  /// Reads every shard.
  ///
  /// - Parameter report: Called with each problem (a missing shard, a bad
  ///   line), and with each document that was renamed or read twice.
  /// - Returns: The documents and the counts.
  package func read(report: (String) -> Void) -> Contents {
    var contents = Contents()
    var read: [Document] = []
    for file in source.files(report: { report("newsgraph: \($0)"); contents.failures += 1 }) {
      readLines(of: file, into: &read) { problem in
        report("newsgraph: \(problem)")
        contents.failures += 1
      }
    }
    read.sort { ($0.record.extraction.document.path ?? "", $0.record.extraction.document.id, $0.contentHash, $0.storeHash)
      < ($1.record.extraction.document.path ?? "", $1.record.extraction.document.id, $1.contentHash, $1.storeHash) }
    // The documents kept under each id as read (before any renaming).
    var kept: [String: [Int]] = [:]
    var seen = Set<String>()
    for var document in read {
      let info = document.record.extraction.document
      if let index = kept[info.id]?.first(where: { Self.isRepeat(document, of: contents.documents[$0]) }) {
        contents.repeats += 1
        report(
          "newsgraph: \(document.origin): document \"\(info.id)\" was read before (\(contents.documents[index].origin)); counted once")
        continue
      }
      let id = DocumentFeed.uniqueID(info, seen: &seen)
      if id != info.id {
        report(
          "newsgraph: \(document.origin): the id \"\(info.id)\" is taken by an earlier document; this one is \"\(id)\"")
        document.record.extraction.document.id = id
        document.storeHash = GraphStore.hash(of: document.storeHash + "\n" + id)
      }
      kept[info.id, default: []].append(contents.documents.count)
      contents.documents.append(document)
    }
    return contents
  }

  /// Whether a document is one read before: the same path and the same
  /// text, or without texts the same extraction. (The same text under
  /// another path is another file, a duplicate, as in a build.)
  static func isRepeat(_ document: Document, of earlier: Document) -> Bool {
    guard document.record.extraction.document.path == earlier.record.extraction.document.path else { return false }
    return switch (document.record.text, earlier.record.text) {
    case (let text?, let other?): text == other
    case (nil, nil): document.record.extraction == earlier.record.extraction
    default: false
    }
  }

  /// Reads one shard's lines.
  private func readLines(of file: String, into documents: inout [Document], report: (InputError) -> Void) {
    let name = file == "-" ? "<stdin>" : file
    let descriptor = file == "-" ? STDIN_FILENO : open(file, O_RDONLY)
    guard descriptor >= 0 else {
      report(.unreadable(path: file, reason: String(cString: strerror(errno))))
      return
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    var reader = LineReader(descriptor: descriptor)
    let decoder = JSONDecoder()
    var number = 0
    while let line = reader.next() {
      number += 1
      guard case .text(let bytes) = line else { continue }
      if bytes.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
      switch Self.document(bytes, decoder: decoder, origin: "\(name):\(number)") {
      case .success(let document): documents.append(document)
      case .failure(let reason): report(.badJSONLine(path: name, line: number, reason: reason.text))
      }
    }
  }

  /// Why a line is no document.
  struct LineProblem: Error {
    var text: String
  }

  /// One line's document.
  static func document(_ bytes: [UInt8], decoder: JSONDecoder, origin: String) -> Result<Document, LineProblem> {
    let record: ShardRecord
    do {
      record = try decoder.decode(ShardRecord.self, from: Data(bytes))
    } catch DecodingError.dataCorrupted(let context) where context.codingPath.isEmpty {
      return .failure(LineProblem(text: "not valid JSON"))
    } catch {
      return .failure(LineProblem(text: "not an extraction (\(Self.describe(error)))"))
    }
    do {
      try KnowledgeGraph.validate(record.extraction)
    } catch {
      return .failure(LineProblem(text: "\(error)"))
    }
    let line = String(decoding: bytes, as: UTF8.self)
    return .success(
      Document(
        record: record, origin: origin, contentHash: record.text.map { GraphStore.hash(of: $0) } ?? "",
        storeHash: GraphStore.hash(of: "newsgraph merge\n" + line)))
  }

  /// A decoding error in a few words: what is missing or wrong, and where.
  static func describe(_ error: any Error) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      keys.isEmpty ? "the line" : keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
    }
    switch error {
    case DecodingError.keyNotFound(let key, let context):
      return "no \"\(key.stringValue)\" in \(path(context.codingPath))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "wrong type at \(path(context.codingPath))"
    case DecodingError.dataCorrupted(let context):
      return "bad value at \(path(context.codingPath))"
    default:
      return "\(error)"
    }
  }
}
