import Foundation
import Testing

/// Byte-for-byte comparison of exporter output with files in `Snapshots/`.
///
/// Set `NEWSGRAPH_UPDATE_SNAPSHOTS=1` to rewrite the files instead (the test
/// then records an issue so that a snapshot update never passes silently).
enum Snapshot {
  /// `Tests/ExportersTests/Snapshots`, found from this file's path.
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  /// Whether snapshots are being rewritten.
  static var isUpdating: Bool {
    ProcessInfo.processInfo.environment["NEWSGRAPH_UPDATE_SNAPSHOTS"] == "1"
  }

  /// Checks `text` against `Snapshots/<name>`.
  static func check(
    _ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    let actual = Data(text.utf8)
    if isUpdating {
      try actual.write(to: url)
      Issue.record(
        "Snapshot \(name) rewritten; run again without NEWSGRAPH_UPDATE_SNAPSHOTS",
        sourceLocation: sourceLocation)
      return
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
      try actual.write(to: url)
      Issue.record(
        "Snapshot \(name) was missing and has been recorded", sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let failed = FileManager.default.temporaryDirectory.appendingPathComponent("failed-\(name)")
      try? actual.write(to: failed)
      Issue.record(
        "Output differs from Snapshots/\(name) (actual written to \(failed.path)); set NEWSGRAPH_UPDATE_SNAPSHOTS=1 to accept",
        sourceLocation: sourceLocation)
    }
  }
}
