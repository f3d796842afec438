import Foundation
import Testing

@testable import GraphStore

/// A small tmpfs mounted for one test (needs root, or the right to mount);
/// unmounted when released.
final class SmallDisk {
  let url: URL

  /// Whether this machine lets the tests mount a tmpfs.
  static let isAvailable: Bool = {
    guard let probe = SmallDisk(kilobytes: 64) else { return false }
    _ = probe
    return true
  }()

  init?(kilobytes: Int) {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("smalldisk-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    guard Self.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", url.path]) == 0 else {
      try? FileManager.default.removeItem(at: url)
      return nil
    }
  }

  deinit {
    _ = Self.run("/bin/umount", [url.path])
    try? FileManager.default.removeItem(at: url)
  }

  static func run(_ tool: String, _ arguments: [String]) -> Int32 {
    guard FileManager.default.isExecutableFile(atPath: tool) else { return -1 }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
  }
}

@Suite(.enabled(if: SmallDisk.isAvailable, "needs the right to mount a tmpfs"))
struct FullDiskTests {
  @Test func aFullDiskIsReportedAsSuchAndKeepsWhatWasCommitted() throws {
    let disk = try #require(SmallDisk(kilobytes: 400))
    let store = try GraphStore(path: disk.url.appendingPathComponent("newsgraph.sqlite").path)
    var stored = 0
    var failure: StoreError?
    for index in 0..<2_000 {
      do {
        try store.replace(Fixtures.sample(id: "doc-\(index)"), contentHash: "h\(index)")
        stored += 1
      } catch {
        failure = error
        break
      }
    }
    let error = try #require(failure)
    guard case .full = error else {
      Issue.record("expected a full-disk error, got \(error)")
      return
    }
    #expect(error.description.contains("the disk is full"))
    #expect(stored > 0)
    // Every document committed before the failure is still there.
    #expect(try store.knownDocuments().count == stored)
  }
}
