import Foundation
import GraphStore
import NewsExtraction

/// Reads documents and extracts them on every core, delivering results in
/// input order so output is the same as a single-threaded run.
///
/// With a table of known content hashes, documents whose text (and the
/// extractor) did not change are delivered as unchanged without being
/// extracted again.
struct ExtractionJob: Sendable {
  /// What a run did.
  struct Result: Sendable {
    var documents = 0
    var failures = 0
  }

  /// One document's outcome, in input order.
  struct Delivery: Sendable {
    /// The document's (unique) id.
    var id: String
    /// Its text, as analysed.
    var text: String
    /// The hash of the extractor fingerprint and the text.
    var hash: String
    /// The extraction, or nil when the stored one is still current.
    var extraction: Extraction?
  }

  let source: DocumentSource
  /// The extractor, loaded when the first document needs extracting.
  let loader: ExtractorLoader
  /// What identifies this extractor's output: a changed binary, word list
  /// or model re-extracts everything.
  let fingerprint: String

  /// How many documents are extracted at once.
  let width: Int
  /// The word lists, also read by cross-document resolution.
  let lexicon: Lexicon

  init(paths: [String], maxBytes: Int, names: NameFinder, jobs: Int? = nil) throws {
    source = DocumentSource(paths: paths, maxBytes: maxBytes)
    width = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    let lexicon: Lexicon
    do {
      lexicon = try Lexicon.loadShipped()
    } catch {
      throw CLIError(message: "newsgraph: cannot load word lists: \(error)")
    }
    self.lexicon = lexicon
    loader = ExtractorLoader(lexicon: lexicon, usesModels: names == .models)
    fingerprint = Self.fingerprint(names: names)
  }

  /// The executable's size and modification time, and the name finder.
  static func fingerprint(names: NameFinder) -> String {
    let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    let attributes = (try? FileManager.default.attributesOfItem(atPath: executable)) ?? [:]
    let size = (attributes[.size] as? Int) ?? 0
    let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "newsgraph \(NewsGraphCommand.configuration.version) \(names.rawValue) \(size) \(Int(modified))"
  }

  /// Reads and extracts every document, calling `deliver` in input order.
  ///
  /// Problems with single files are reported on standard error and skipped.
  /// - Parameters:
  ///   - known: Content hashes of documents already extracted, by id.
  ///   - hashing: Whether to compute content hashes (for a store).
  ///   - deliver: Called once per document, in input order.
  func run(known: [String: String] = [:], hashing: Bool = false, deliver: (Delivery) -> Void) async -> Result {
    var result = Result()
    let files = source.files { error in
      Console.error("newsgraph: \(error)")
      result.failures += 1
    }
    let width = self.width
    let source = self.source
    let loader = self.loader
    let fingerprint = self.fingerprint
    var seenIDs = Set<String>()
    await withTaskGroup(of: (Int, [Delivery], [String]).self) { group in
      var next = 0
      var pending: [Int: ([Delivery], [String])] = [:]
      var delivered = 0
      func submit() {
        guard next < files.count else { return }
        let index = next
        let file = files[index]
        next += 1
        group.addTask {
          do {
            let documents = try source.read(file)
            let deliveries = try documents.map { document in
              let hash = hashing ? GraphStore.hash(of: fingerprint + "\n" + document.text) : ""
              let unchanged = hashing && known[document.info.id] == hash
              return Delivery(
                id: document.info.id, text: document.text, hash: hash,
                extraction: unchanged ? nil : try loader.extractor().extract(document.info, text: document.text))
            }
            return (index, deliveries, [])
          } catch {
            return (index, [], ["newsgraph: \(error)"])
          }
        }
      }
      for _ in 0..<min(width == 1 ? 1 : width * 2, files.count) { submit() }
      while let (index, deliveries, errors) = await group.next() {
        pending[index] = (deliveries, errors)
        submit()
        while let ready = pending.removeValue(forKey: delivered) {
          for message in ready.1 {
            Console.error(message)
            result.failures += 1
          }
          for var delivery in ready.0 {
            if var extraction = delivery.extraction {
              extraction.document.id = uniqueID(extraction.document, seen: &seenIDs)
              delivery.id = extraction.document.id
              for warning in extraction.document.warnings ?? [] { Console.error("newsgraph: \(warning)") }
              delivery.extraction = extraction
            } else {
              seenIDs.insert(delivery.id)
            }
            deliver(delivery)
            result.documents += 1
          }
          delivered += 1
          if files.count >= 20 { Console.progress("extracting: \(delivered)/\(files.count) files") }
        }
      }
    }
    if files.count >= 20 { Console.endProgress() }
    return result
  }

  /// The document's id, made unique when two files share a name.
  private func uniqueID(_ info: DocumentInfo, seen: inout Set<String>) -> String {
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

/// An error the CLI reports as one message and a failure status.
struct CLIError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}
