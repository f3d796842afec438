import ExtractionRecords
import GraphStore

/// What a build gathers from its source of extractions (documents it
/// extracts, or shards it reads) before it makes the graph: the texts, the
/// extractions (in the store, in batches, or in memory without one) and
/// the counts of the summary.
///
/// A store write that fails (a full disk) is kept in ``storeFailure``; the
/// source stops at once and ``finish()`` throws it.
struct ExtractionIntake {
  /// Where the extractions are kept, if anywhere.
  let store: GraphStore?
  /// Each usable document's text, by id (for the graph and the report).
  var texts: [String: String] = [:]
  /// Every document id the source gave, usable or not.
  var seen = Set<String>()
  /// Without a store, the extractions themselves.
  var fresh: [Extraction] = []
  /// Documents extracted or read that were not current in the store.
  var freshCount = 0
  /// Documents in the graph from this run: fresh and unchanged.
  var usable = 0
  /// Documents whose stored extraction was current.
  var unchanged = 0
  /// The content hashes the graph joins duplicates by, when the source
  /// gives them (shards); nil to use the store's (a build's).
  var contentHashes: [String: String]?
  /// The first store write that failed.
  private(set) var storeFailure: StoreError?
  /// Extractions not yet written to the store.
  private var batch: [(extraction: Extraction, contentHash: String)] = []

  /// Creates an empty intake.
  ///
  /// - Parameter store: Where to keep the extractions, if anywhere.
  init(store: GraphStore?) {
    self.store = store
  }

  /// Whether the source may go on (no store write failed).
  var canContinue: Bool { storeFailure == nil }

  /// Takes a document's new extraction.
  ///
  /// - Parameters:
  ///   - extraction: The extraction.
  ///   - text: The document's text, when known.
  ///   - hash: What the store keeps to tell whether it changed.
  mutating func add(_ extraction: Extraction, text: String?, hash: String) {
    let id = extraction.document.id
    seen.insert(id)
    if let text { texts[id] = text }
    freshCount += 1
    usable += 1
    if store != nil {
      batch.append((extraction, hash))
      if batch.count >= 64 { flush() }
    } else {
      fresh.append(extraction)
    }
  }

  /// Takes a document whose stored extraction is current.
  ///
  /// - Parameters:
  ///   - id: The document id.
  ///   - text: The document's text, when known.
  mutating func keep(id: String, text: String?) {
    seen.insert(id)
    if let text { texts[id] = text }
    usable += 1
    unchanged += 1
  }

  /// Records a document whose extraction failed (with a store).
  ///
  /// - Parameter failure: The document and why.
  mutating func recordFailure(_ failure: FailedDocument) {
    seen.insert(failure.id)
    guard let store else { return }
    do throws(StoreError) { try store.recordFailure(failure) } catch { storeFailure = error }
  }

  /// Notes a document id that gave nothing usable.
  ///
  /// - Parameter id: The document id.
  mutating func note(id: String) {
    seen.insert(id)
  }

  /// Writes the extractions not yet stored.
  mutating func flush() {
    guard let store, !batch.isEmpty, storeFailure == nil else { return }
    do throws(StoreError) { try store.replace(contentsOf: batch) } catch { storeFailure = error }
    batch.removeAll()
  }

  /// Writes what is left, and throws the first store failure.
  ///
  /// - Parameter documents: How many documents were read, for the message.
  /// - Throws: ``CLIError`` when a store write failed.
  mutating func finish(documents: Int) throws(CLIError) {
    flush()
    if let storeFailure {
      throw CLIError(message: "newsgraph: \(storeFailure) (stopped after \(documents) documents; no output was changed)")
    }
  }
}
