import ExtractionRecords
import Foundation
import GraphStore
import NewsExtraction
import Supervision
import DocumentInput

/// Reads documents and extracts them in worker processes, delivering the
/// results in input order, so output is the same for any number of workers.
///
/// Each worker (`newsgraph worker`, see ``ExtractionWorker``) loads the
/// models once and extracts one document at a time; a `WorkerPool`
/// supervises them. A document that crashes its worker or runs past the
/// time budget is reported by name and lost alone: the worker is replaced
/// and the run goes on. With a table of known content hashes, documents
/// whose text (and the extractor) did not change are delivered as
/// unchanged without being extracted, and documents that failed before
/// with the same hash are skipped.
///
/// Every problem is written to standard error as it is delivered, in input
/// order, and counted in ``Result/failures``.
package struct ExtractionJob: Sendable {
  /// What a run did.
  package struct Result: Sendable {
    /// Documents read (extracted, unchanged or failed).
    package var documents = 0
    /// Documents extracted in this run.
    package var extracted = 0
    /// Inputs and documents that gave no extraction: unreadable or bad
    /// input, crashes, time-outs, failures remembered from a build before.
    package var failures = 0
    /// Whether `deliver` stopped the run early.
    package var stopped = false
    /// What the workers did.
    package var workers = WorkerPool.Report()
  }

  /// One document's outcome, in input order.
  package struct Delivery: Sendable {
    /// The document's id (unique in the run), path, date and notes.
    package var info: DocumentInfo
    /// Its text, as analysed.
    package var text: String
    /// The hash of the extractor fingerprint and the text ("" without a
    /// store).
    package var hash: String
    /// What came of it.
    package var outcome: Outcome

    /// The name used in messages: its path, or its id.
    package var label: String { info.path ?? "document \"\(info.id)\"" }
  }

  /// What came of one document.
  package enum Outcome: Sendable {
    /// Waiting for its worker (never delivered so).
    case pending
    /// Extracted, as a JSON line (as `extract` writes it), with
    /// ``ExtractionWorker/Answer/json`` answers.
    case extractedLine([UInt8])
    /// Extracted, with ``ExtractionWorker/Answer/packed`` answers.
    case extracted(Extraction)
    /// The stored extraction is current.
    case unchanged
    /// Its extraction crashed or ran out of time in this run.
    case failed(String)
    /// It failed the same way in an earlier build and was not retried.
    case knownFailure(String)
  }

  let source: DocumentSource
  let names: NameFinder
  /// What identifies this extractor's output: a changed binary, word list
  /// or model re-extracts everything.
  let fingerprint: String
  /// How many workers run at once.
  let width: Int
  /// Seconds one document may take; nil for no limit.
  let timeout: Double?
  /// The form the workers answer in.
  let answer: ExtractionWorker.Answer

  /// Creates a job.
  ///
  /// - Parameters:
  ///   - paths: Files, folders or "-".
  ///   - maxBytes: The largest document accepted.
  ///   - names: How names are found.
  ///   - jobs: Workers at once (default: one per core).
  ///   - timeout: Seconds one document may take (nil or 0: no limit).
  ///   - excludedFolders: Folders never read (the output folder).
  ///   - answer: `.json` to get each extraction's JSON line, `.packed` to
  ///     get ``Extraction`` values.
  package init(
    paths: [String], maxBytes: Int, names: NameFinder, jobs: Int? = nil, timeout: Double? = 30,
    excludedFolders: [String] = [], answer: ExtractionWorker.Answer = .json
  ) {
    self.answer = answer
    source = DocumentSource(paths: paths, maxBytes: maxBytes, excludedFolders: excludedFolders)
    self.names = names
    width = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    self.timeout = timeout.flatMap { $0 > 0 ? $0 : nil }
    fingerprint = Self.fingerprint(names: names)
  }

  /// The executable's size and modification time, and the name finder.
  static func fingerprint(names: NameFinder) -> String {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    let attributes = (try? FileManager.default.attributesOfItem(atPath: executable)) ?? [:]
    let size = (attributes[.size] as? Int) ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "newsgraph \(NewsGraphVersion.current) \(names.rawValue) \(size) \(Int(modified))"
  }

  /// The worker processes' command: this executable's `worker` subcommand.
  var workerCommand: WorkerCommand {
    var environment: [String: String] = [:]
    // A crashing worker is expected and reported by name: skip the runtime's
    // slow crash report unless the user asked for one.
    if ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] == nil {
      environment["SWIFT_BACKTRACE"] = "enable=no"
    }
    return WorkerCommand(
      executable: Self.executablePath, arguments: ["worker", "--names", names.rawValue, "--answer", answer.rawValue],
      environment: environment)
  }

  /// This program's path, for starting workers.
  static var executablePath: String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return path
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
  }

  /// Reads and extracts every document, calling `deliver` in input order.
  ///
  /// - Parameters:
  ///   - known: Content hashes of documents already extracted, by id.
  ///   - failed: Documents that failed in an earlier build, by id.
  ///   - hashing: Whether to compute content hashes (for a store).
  ///   - deliver: Called once per document, in input order; returns false
  ///     to stop the run (the workers are killed).
  /// - Returns: What the run did.
  /// - Throws: ``CLIError`` when the workers cannot run at all.
  package func run(
    known: [String: String] = [:], failed: [String: FailedDocument] = [:], hashing: Bool = false,
    deliver: (Delivery) -> Bool
  ) throws(CLIError) -> Result {
    let feed = DocumentFeed(source: source, fingerprint: fingerprint, known: known, failed: failed, hashing: hashing)
    let pool = WorkerPool(command: workerCommand, size: width, timeout: timeout)
    var result = Result()
    do {
      result.workers = try pool.run(produce: { feed.produce(into: $0) }) { item, answer in
        switch item {
        case .problem(let error):
          Console.error("newsgraph: \(error)")
          result.failures += 1
          return .proceed
        case .document(var delivery, let renamedFrom):
          if let renamedFrom {
            Console.error(
              "newsgraph: \(delivery.label): the id \"\(renamedFrom)\" is taken by an earlier document; "
                + "this one is \"\(delivery.info.id)\"")
          }
          delivery.outcome = outcome(of: delivery, answer: answer)
          result.documents += 1
          switch delivery.outcome {
          case .extracted, .extractedLine:
            result.extracted += 1
          case .failed, .knownFailure:
            result.failures += 1
          case .unchanged, .pending:
            break
          }
          if result.documents % 16 == 0 { Console.progress("extracting: \(result.documents) documents") }
          return deliver(delivery) ? .proceed : .stop
        }
      }
    } catch {
      Console.endProgress()
      throw CLIError(message: "newsgraph: \(error)")
    }
    Console.endProgress()
    result.stopped = result.workers.stopped
    return result
  }

  /// A document's outcome from its worker's answer, with its messages
  /// written to standard error.
  private func outcome(of delivery: Delivery, answer: WorkerResult?) -> Outcome {
    switch answer {
    case nil:
      if case .knownFailure(let reason) = delivery.outcome {
        Console.error(
          "newsgraph: \(delivery.label): skipped: it failed in an earlier build (\(reason)); "
            + "not retried until the file or newsgraph changes")
      }
      return delivery.outcome
    case .failed(let failure)?:
      let hint = if case .timedOut = failure { " (raise --document-timeout to allow more)" } else { "" }
      Console.error("newsgraph: \(delivery.label): \(failure)\(hint); skipped, the other documents go on")
      return .failed(failure.description)
    case .answered(let line, let messages)?:
      if !messages.isEmpty { Console.error(messages.hasSuffix("\n") ? String(messages.dropLast()) : messages) }
      if line.starts(with: Array(#"{"error""#.utf8)) {
        let reason = String(decoding: line, as: UTF8.self)
        Console.error("newsgraph: \(delivery.label): the worker refused it: \(reason); skipped")
        return .failed("worker protocol error: \(reason)")
      }
      let outcome: Outcome
      switch self.answer {
      case .json:
        outcome = .extractedLine(line)
      case .packed:
        guard let bytes = Data(base64Encoded: Data(line)), let extraction = try? ExtractionPacking.unpack(Array(bytes))
        else {
          Console.error("newsgraph: \(delivery.label): the worker's answer could not be read; skipped")
          return .failed("worker protocol error: unreadable answer")
        }
        outcome = .extracted(extraction)
      }
      for warning in delivery.info.warnings ?? [] { Console.error("newsgraph: \(warning)") }
      return outcome
    }
  }
}

/// An error the CLI reports as one message and a failure status.
package struct CLIError: Error, CustomStringConvertible {
  /// The whole message, as printed.
  package var message: String
  /// Creates an error.
  ///
  /// - Parameter message: The whole message, as printed.
  package init(message: String) { self.message = message }
  package var description: String { message }
}
