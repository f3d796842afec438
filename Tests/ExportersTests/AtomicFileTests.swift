import Foundation
import Testing

@testable import Exporters

@Suite("AtomicFile")
struct AtomicFileTests {
  @Test func replacesContentsAndLeavesNoTemporaryFile() throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("graph.svg")
    try AtomicFile.write(Data([0, 1, 2]), to: url)
    try AtomicFile.write(Data("new".utf8), to: url)
    #expect(try Data(contentsOf: url) == Data("new".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["graph.svg"])
  }

  @Test func concurrentWritersNeverLeaveAPartialFile() async throws {
    let directory = try TemporaryDirectory()
    let url = directory.file("out.txt")
    let contents = (0..<8).map { Data(String(repeating: "\($0)", count: 100_000).utf8) }
    try await withThrowingTaskGroup(of: Void.self) { group in
      for data in contents { group.addTask { try AtomicFile.write(data, to: url) } }
      try await group.waitForAll()
    }
    #expect(contents.contains(try Data(contentsOf: url)))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["out.txt"])
  }

  @Test func missingDirectoryIsAWriteErrorNamingTheFile() {
    let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/graph.png")
    #expect {
      try AtomicFile.write(Data(), to: url)
    } throws: { error in
      guard case .write(let path, let reason) = error as? ExportError else { return false }
      return path == url.path && reason.contains("No such file")
    }
  }
}
