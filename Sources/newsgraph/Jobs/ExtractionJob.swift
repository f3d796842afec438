import Foundation
import NewsExtraction

/// Reads documents and extracts them on every core, delivering results in
/// input order so output is the same as a single-threaded run.
struct ExtractionJob: Sendable {
  /// What a run did.
  struct Result: Sendable {
    var documents = 0
    var failures = 0
  }

  let source: DocumentSource
  let extractor: Extractor

  init(paths: [String], maxBytes: Int, names: NameFinder) throws {
    source = DocumentSource(paths: paths, maxBytes: maxBytes)
    let lexicon: Lexicon
    do {
      lexicon = try Lexicon.loadShipped()
    } catch {
      throw CLIError(message: "newsgraph: cannot load word lists: \(error)")
    }
    var models: NLPModels?
    if names == .models {
      do {
        models = try NLPModels.loadShipped()
      } catch {
        throw CLIError(message: "newsgraph: cannot load models: \(error)")
      }
    }
    extractor = Extractor(lexicon: lexicon, models: models)
  }

  /// Reads and extracts every document, calling `deliver` in input order.
  ///
  /// Problems with single files are reported on standard error and skipped.
  func run(deliver: (Extraction) -> Void) async -> Result {
    var result = Result()
    let files = source.files { error in
      Console.error("newsgraph: \(error)")
      result.failures += 1
    }
    let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let source = self.source
    let extractor = self.extractor
    var seenIDs = Set<String>()
    await withTaskGroup(of: (Int, [Extraction], [String]).self) { group in
      var next = 0
      var pending: [Int: ([Extraction], [String])] = [:]
      var delivered = 0
      func submit() {
        guard next < files.count else { return }
        let index = next
        let file = files[index]
        next += 1
        group.addTask {
          do {
            let documents = try source.read(file)
            return (index, documents.map { extractor.extract($0.info, text: $0.text) }, [])
          } catch {
            return (index, [], ["newsgraph: \(error)"])
          }
        }
      }
      for _ in 0..<min(width * 2, files.count) { submit() }
      while let (index, extractions, errors) = await group.next() {
        pending[index] = (extractions, errors)
        submit()
        while let ready = pending.removeValue(forKey: delivered) {
          for message in ready.1 {
            Console.error(message)
            result.failures += 1
          }
          for var extraction in ready.0 {
            extraction.document.id = uniqueID(extraction.document, seen: &seenIDs)
            for warning in extraction.document.warnings ?? [] { Console.error("newsgraph: \(warning)") }
            deliver(extraction)
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
