import Exporters
import Foundation
import NewsExtraction
import ExtractionRecords
import Lexicon
import DocumentInput

/// The worker side of extraction in separate processes (`newsgraph
/// worker`): loads the word lists and models once, says it is ready, then
/// answers each request line on standard input with the document's
/// extraction line (exactly the line `newsgraph extract` writes) on standard
/// output, one document at a time, until its input ends.
///
/// A request is `{"document": {"id": ..., "path": ..., ...}, "text": ...}`
/// (``Request``); an answer is the extraction's JSON line (``Answer/json``,
/// for `extract`, which passes it on as it is), or its packed binary form
/// in base64 (``Answer/packed``, for `build`, which stores it: about twenty
/// times cheaper to write and read than JSON), or `{"error": "..."}` for a
/// request that could not be read. The
/// supervisor (``ExtractionJob``, through `WorkerPool`) attributes a crash
/// to the request in work and replaces the worker.
///
/// Two environment variables exist **for tests only**: a document whose
/// text contains the value of `NEWSGRAPH_TEST_TRAP_MARKER` traps (a Swift
/// `fatalError`, as a failed runtime check would), and one containing the
/// value of `NEWSGRAPH_TEST_LOOP_MARKER` spins forever, so that the
/// isolation of crashes and time-outs can be checked end to end.
package struct ExtractionWorker {
  /// One document to extract.
  struct Request: Codable, Sendable {
    /// The document's id (already unique in the run), path, date and notes.
    var document: DocumentInfo
    /// Its text.
    var text: String
  }

  /// The form of the answers.
  package enum Answer: String, Sendable, CaseIterable {
    /// The extraction's JSON line, as `extract` writes it.
    case json
    /// `ExtractionPacking` bytes in base64.
    case packed
  }

  /// The line a worker writes when its models are loaded.
  static let readyLine = #"{"ready":true}"#

  let extractor: Extractor
  /// The form of the answers.
  let answer: Answer
  /// Test-only marker that makes extraction trap.
  let trapMarker: String?
  /// Test-only marker that makes extraction loop forever.
  let loopMarker: String?

  /// Loads the extractor.
  ///
  /// - Parameters:
  ///   - names: How names are found (the models are loaded for `models`).
  ///   - answer: The form of the answers.
  ///   - environment: Where the test-only markers are read.
  /// - Throws: ``CLIError`` when the word lists or models cannot be loaded.
  package init(
    names: NameFinder, answer: Answer = .json,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws {
    self.answer = answer
    let lexicon: Lexicon
    do {
      lexicon = try Lexicon.loadShipped()
    } catch {
      throw CLIError(message: "newsgraph: cannot load word lists: \(error)")
    }
    extractor = try ExtractorLoader(lexicon: lexicon, usesModels: names == .models).extractor()
    trapMarker = environment["NEWSGRAPH_TEST_TRAP_MARKER"].flatMap { $0.isEmpty ? nil : $0 }
    loopMarker = environment["NEWSGRAPH_TEST_LOOP_MARKER"].flatMap { $0.isEmpty ? nil : $0 }
  }

  /// Answers requests from standard input until it ends.
  package func run() {
    Self.exitWhenOrphaned()
    write(Self.readyLine)
    var reader = LineReader(descriptor: STDIN_FILENO)
    let decoder = JSONDecoder()
    let writer = ExtractionsWriter()
    while let line = reader.next() {
      guard case .text(let bytes) = line, !bytes.isEmpty else { continue }
      guard let request = try? decoder.decode(Request.self, from: Data(bytes)) else {
        write(#"{"error":"the request is not a document"}"#)
        continue
      }
      checkTestMarkers(request.text)
      let extraction = extractor.extract(request.document, text: request.text)
      switch answer {
      case .packed:
        write(Data(ExtractionPacking.pack(extraction)).base64EncodedString())
      case .json:
        do {
          write(try writer.line(for: extraction))
        } catch {
          write(#"{"error":"the extraction could not be encoded"}"#)
        }
      }
    }
  }

  /// The test-only hooks: trap, or spin forever.
  private func checkTestMarkers(_ text: String) {
    if let trapMarker, text.contains(trapMarker) {
      fatalError("NEWSGRAPH_TEST_TRAP_MARKER found: trapping as a failed runtime check would")
    }
    if let loopMarker, text.contains(loopMarker) {
      while true { sched_yield() }
    }
  }

  /// Writes one line to standard output.
  private func write(_ line: String) {
    var data = Data(line.utf8)
    data.append(10)
    // A supervisor that is gone ends the worker (SIGPIPE or this exit).
    do { try FileHandle.standardOutput.write(contentsOf: data) } catch { exit(1) }
  }

  /// Ends the worker when its supervisor dies (it is then re-parented), so
  /// that a worker stuck in a long document never outlives the build.
  private static func exitWhenOrphaned() {
    let parent = getppid()
    let watcher = Thread {
      while getppid() == parent { sleep(1) }
      exit(1)
    }
    watcher.start()
  }
}
