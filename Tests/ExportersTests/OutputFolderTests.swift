import Foundation
import Testing

@testable import Exporters

/// Exports change as one set: staged, then published; an interrupted
/// build's leftovers are finished or thrown away by the next.
@Suite("OutputFolder")
struct OutputFolderTests {
  static func folder(_ name: String = #function) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("outputfolder-\(name.filter(\.isLetter))-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func contents(_ url: URL, _ name: String) -> String? {
    FileManager.default.contents(atPath: url.appendingPathComponent(name).path).map { String(decoding: $0, as: UTF8.self) }
  }

  static func write(_ text: String, _ url: URL) throws {
    try Data(text.utf8).write(to: url)
  }

  @Test func stagedFilesArePublishedTogether() throws {
    let url = try Self.folder()
    try Self.write("old a", url.appendingPathComponent("a.txt"))
    try Self.write("old b", url.appendingPathComponent("b.txt"))
    let output = try OutputFolder(url)
    let staging = try output.stage()
    try AtomicFile.write(Data("new a".utf8), to: staging.appendingPathComponent("a.txt"))
    // Until published, the old set is what a reader sees.
    #expect(Self.contents(url, "a.txt") == "old a")
    try AtomicFile.write(Data("new b".utf8), to: staging.appendingPathComponent("b.txt"))
    try output.publish(["a.txt", "b.txt"])
    #expect(Self.contents(url, "a.txt") == "new a")
    #expect(Self.contents(url, "b.txt") == "new b")
    #expect(!FileManager.default.fileExists(atPath: output.stagingURL.path))
  }

  @Test func anInterruptionBeforeTheCommitKeepsTheOldSet() throws {
    let url = try Self.folder()
    try Self.write("old a", url.appendingPathComponent("a.txt"))
    // A build staged one file of two, then died.
    let staging = url.appendingPathComponent(OutputFolder.stagingName)
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    try Self.write("new a", staging.appendingPathComponent("a.txt"))
    _ = try OutputFolder(url)
    #expect(Self.contents(url, "a.txt") == "old a")
    #expect(!FileManager.default.fileExists(atPath: staging.path))
  }

  @Test func anInterruptionAfterTheCommitIsFinishedByTheNextOpening() throws {
    let url = try Self.folder()
    try Self.write("old a", url.appendingPathComponent("a.txt"))
    try Self.write("new b", url.appendingPathComponent("b.txt"))  // already moved
    // A build committed {a, b}, moved b, then died before a.
    let staging = url.appendingPathComponent(OutputFolder.stagingName)
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    try Self.write("new a", staging.appendingPathComponent("a.txt"))
    try Self.write("a.txt\nb.txt\n", staging.appendingPathComponent("PUBLISH"))
    _ = try OutputFolder(url)
    #expect(Self.contents(url, "a.txt") == "new a")
    #expect(Self.contents(url, "b.txt") == "new b")
    #expect(!FileManager.default.fileExists(atPath: staging.path))
  }

  @Test func staleTemporaryFilesAreRemoved() throws {
    let url = try Self.folder()
    let stale = ".graph.json.\(UUID().uuidString).tmp"
    try Self.write("half", url.appendingPathComponent(stale))
    try Self.write("mine", url.appendingPathComponent(".notes.tmp"))
    try Self.write("keep", url.appendingPathComponent("graph.json"))
    _ = try OutputFolder(url)
    let names = Set(try FileManager.default.contentsOfDirectory(atPath: url.path))
    #expect(names == [".notes.tmp", "graph.json"])
    #expect(OutputFolder.isTemporaryFile(".index.html.\(UUID().uuidString).tmp"))
    #expect(!OutputFolder.isTemporaryFile(".tmp"))
    #expect(!OutputFolder.isTemporaryFile("graph.json"))
  }

  @Test func aSecondWriterWaitsForTheFirst() throws {
    let url = try Self.folder()
    var first: OutputFolder? = try OutputFolder(url)
    let waited = DispatchSemaphore(value: 0)
    let opened = DispatchSemaphore(value: 0)
    Thread {
      let second = try? OutputFolder(url, waiting: { waited.signal() })
      if second != nil { opened.signal() }
    }.start()
    #expect(waited.wait(timeout: .now() + 60) == .success)
    // Still held by the first.
    #expect(opened.wait(timeout: .now() + 0.3) == .timedOut)
    _ = first
    first = nil
    #expect(opened.wait(timeout: .now() + 60) == .success)
  }
}

