import Foundation
import GraphStore
import NewsExtraction
import Supervision
import DocumentInput

/// The producer side of an ``ExtractionJob``: reads the documents in input
/// order (standard input as a stream), gives each a unique id, decides
/// whether it needs extracting, and hands each document and each input
/// problem to the worker pool as one job.
///
/// It runs on the pool's producer thread, so reading, decoding and hashing
/// overlap with extraction.
struct DocumentFeed: Sendable {
  /// One job's context: a document, or an input that gave none.
  enum Item: Sendable {
    /// A document; `renamedFrom` is its own id when another document had
    /// it first.
    case document(ExtractionJob.Delivery, renamedFrom: String?)
    /// A path or line that gave no document.
    case problem(InputError)
  }

  let source: DocumentSource
  let fingerprint: String
  /// Content hashes of documents already extracted, by id.
  let known: [String: String]
  /// Documents that failed in an earlier build, by id.
  let failed: [String: FailedDocument]
  /// Whether to compute content hashes (for a store).
  let hashing: Bool

  /// Reads every input and adds one job per document or problem.
  ///
  /// - Parameter sink: The pool's queue; reading stops when it refuses.
  func produce(into sink: JobSink<Item>) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    var seen = Set<String>()
    var problems: [InputError] = []
    let files = source.files { problems.append($0) }
    for problem in problems {
      guard sink.add(.problem(problem), request: nil) else { return }
    }
    for file in files {
      for result in source.documents(in: file) {
        let added: Bool
        switch result {
        case .failure(let error):
          added = sink.add(.problem(error), request: nil)
        case .success(let document):
          added = add(document, seen: &seen, encoder: encoder, to: sink)
        }
        guard added else { return }
      }
    }
  }

  /// Adds one document's job.
  private func add(
    _ document: InputDocument, seen: inout Set<String>, encoder: JSONEncoder, to sink: JobSink<Item>
  ) -> Bool {
    var info = document.info
    let original = info.id
    info.id = Self.uniqueID(info, seen: &seen)
    let hash = hashing ? GraphStore.hash(of: fingerprint + "\n" + document.text) : ""
    var delivery = ExtractionJob.Delivery(info: info, text: document.text, hash: hash, outcome: .unchanged)
    var request: [UInt8]?
    if hashing && known[info.id] == hash {
      delivery.outcome = .unchanged
    } else if hashing, let failure = failed[info.id], failure.contentHash == hash {
      delivery.outcome = .knownFailure(failure.reason)
    } else {
      delivery.outcome = .pending
      let body = ExtractionWorker.Request(document: info, text: document.text)
      guard let encoded = try? encoder.encode(body) else {
        return sink.add(.problem(.unreadable(path: info.path ?? info.id, reason: "cannot encode the text")), request: nil)
      }
      request = Array(encoded)
    }
    return sink.add(.document(delivery, renamedFrom: info.id == original ? nil : original), request: request)
  }

  /// The document's id, made unique when an earlier document had it: the
  /// file's folder and name ("2025-article"), then a counter.
  static func uniqueID(_ info: DocumentInfo, seen: inout Set<String>) -> String {
    var id = info.id
    if seen.contains(id), let path = info.path {
      id = URL(fileURLWithPath: path).deletingPathExtension().path
        .split(separator: "/").suffix(2).joined(separator: "-")
    }
    var candidate = id
    var counter = 2
    while seen.contains(candidate) {
      candidate = "\(id)-\(counter)"
      counter += 1
    }
    seen.insert(candidate)
    return candidate
  }
}
