import ExtractionRecords
import Foundation
import GraphStore

extension BuildJob {
  /// What a source gave, for the summary.
  struct SourceCounts {
    /// Documents read.
    var documents: Int
    /// Inputs and documents skipped (each named on standard error).
    var failures: Int
  }

  /// The fingerprint of merged outputs in the build stamp: shards say
  /// nothing of the extractor that made them, so their store hashes are
  /// hashes of their lines.
  static let mergeFingerprint = "newsgraph merge \(NewsGraphVersion.current)"

  /// Extracts documents into the intake (`build`).
  ///
  /// - Parameters:
  ///   - job: The extraction job.
  ///   - known: The stored documents' content hashes, by id.
  ///   - failed: Documents that failed in an earlier build, by id.
  ///   - intake: Where the extractions go.
  /// - Returns: The counts.
  /// - Throws: ``CLIError`` when the workers cannot run.
  func extract(
    with job: ExtractionJob, known: [String: String], failed: [String: FailedDocument],
    into intake: inout ExtractionIntake
  ) throws(CLIError) -> SourceCounts {
    let result = try job.run(known: known, failed: failed, hashing: intake.store != nil) { delivery in
      intake.note(id: delivery.info.id)
      switch delivery.outcome {
      case .extracted(let extraction):
        intake.add(extraction, text: delivery.text, hash: delivery.hash)
      case .unchanged:
        intake.keep(id: delivery.info.id, text: delivery.text)
      case .failed(let reason):
        intake.recordFailure(
          FailedDocument(id: delivery.info.id, path: delivery.info.path, contentHash: delivery.hash, reason: reason))
      case .knownFailure, .pending, .extractedLine:
        break
      }
      // A store that cannot be written (a full disk) stops the build now.
      return intake.canContinue
    }
    return SourceCounts(documents: result.documents, failures: result.failures)
  }

  /// Reads extraction shards into the intake (`merge`).
  ///
  /// Documents whose stored line is the same are kept as they are. Without
  /// texts in the shards, the graph is made without the steps that read
  /// them, and a warning says so.
  ///
  /// - Parameters:
  ///   - paths: Shard files, folders or `-`.
  ///   - known: The stored documents' hashes, by id.
  ///   - intake: Where the extractions go.
  /// - Returns: The counts.
  func read(shards paths: [String], known: [String: String], into intake: inout ExtractionIntake) -> SourceCounts {
    let reader = ShardReader(paths: paths, excludedFolders: [output.path])
    let contents = reader.read(report: Console.error)
    var hashes: [String: String] = [:]
    var missingTexts = 0
    for document in contents.documents {
      guard intake.canContinue else { break }
      let id = document.record.extraction.document.id
      hashes[id] = document.contentHash
      if document.record.text == nil { missingTexts += 1 }
      if known[id] == document.storeHash {
        intake.keep(id: id, text: document.record.text)
      } else {
        intake.add(document.record.extraction, text: document.record.text, hash: document.storeHash)
      }
    }
    intake.contentHashes = hashes
    if missingTexts > 0 {
      Console.error(
        "newsgraph: \(missingTexts) of \(contents.documents.count) documents came without their text "
          + "(extract --with-text adds it): their names are joined without reading the texts, duplicates "
          + "among them are not found, and the report shows their statements without passages; "
          + "the graph may differ from build's")
    }
    return SourceCounts(documents: contents.documents.count, failures: contents.failures)
  }
}
