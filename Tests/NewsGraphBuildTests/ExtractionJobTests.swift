import Foundation
import GraphStore
import Testing

@testable import NewsGraphBuild

/// An extraction job over a temporary folder whose documents the store
/// already holds: it reads and hashes every file, names duplicates apart,
/// reports the bad ones, and starts no worker.
@Suite("Extraction job")
struct ExtractionJobTests {
  @Test func knownDocumentsAreDeliveredUnchangedAndProblemsCounted() throws {
    let folder = try TemporaryFolder()
    let text = "Anna Berg said the talks would resume.\n"
    try folder.write("a.txt", text)
    try folder.write("b/a.txt", text)
    try folder.write("empty.txt", "   \n")
    try folder.write("notes.csv", "not read,at all\n")
    let job = ExtractionJob(paths: [folder.url.path], maxBytes: 1_000_000, names: .rules, jobs: 1)
    let hash = GraphStore.hash(of: job.fingerprint + "\n" + text)
    var delivered: [String: ExtractionJob.Outcome] = [:]
    let result = try job.run(known: ["a": hash, "b-a": hash], hashing: true) { delivery in
      delivered[delivery.info.id] = delivery.outcome
      #expect(delivery.hash == hash)
      return true
    }
    #expect(Set(delivered.keys) == ["a", "b-a"])
    for outcome in delivered.values {
      guard case .unchanged = outcome else {
        Issue.record("expected unchanged, got \(outcome)")
        continue
      }
    }
    #expect(result.failures == 1)
    #expect(result.extracted == 0)
  }

  @Test func duplicateIDsTakeTheirFolderThenACounter() {
    var seen = Set<String>()
    let first = DocumentFeed.uniqueID(.init(id: "a", path: "/x/one/a.txt"), seen: &seen)
    let second = DocumentFeed.uniqueID(.init(id: "a", path: "/x/two/a.txt"), seen: &seen)
    let third = DocumentFeed.uniqueID(.init(id: "a", path: "/y/two/a.txt"), seen: &seen)
    #expect([first, second, third] == ["a", "two-a", "two-a-2"])
  }

  @Test func overridesFileIsReadFromTheOutputFolder() throws {
    let folder = try TemporaryFolder()
    #expect(try OverridesFile(path: nil, folder: folder.url).text == nil)
    let rules = "alias\tBoris\tBoris Castell\n"
    try folder.write(OverridesFile.defaultName, rules)
    #expect(try OverridesFile(path: nil, folder: folder.url).text == rules)
    #expect(throws: CLIError.self) {
      try OverridesFile(path: folder.url.appendingPathComponent("missing.tsv").path, folder: folder.url)
    }
  }
}

/// A fresh temporary folder, removed when the value is deinitialised.
final class TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("newsgraphbuild-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes UTF-8 text to a relative path, creating folders.
  func write(_ relative: String, _ text: String) throws {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }
}
