import Foundation
import Testing

/// The BBC corpus diagram in headless Chromium, fitted to a 1920 × 1080
/// screen: every node's name at least 9 pixels high, at most 60 edges
/// (`Tests/ExportersTests/Scripts/check_diagram.py`), and a screenshot, which
/// `NEWSGRAPH_UPDATE_SNAPSHOTS=1` copies to `docs/bbc-diagram.png` for the
/// README.
///
/// The diagram comes from `NEWSGRAPH_BBC_OUTPUT` (a folder `newsgraph build
/// ../shared/corpus/bbc` wrote), or from a build of `../shared/corpus/bbc`
/// with the release binary (`swift build -c release`; the debug one would
/// take many minutes). Skipped without the corpus, a release binary or
/// Chromium (unless `NEWSGRAPH_REQUIRE_BROWSER=1`, for Chromium).
@Suite("BBC diagram in Chromium")
struct BBCDiagramTests {
  static let corpus = CLI.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/bbc")
  static let release = CLI.packageRoot.appendingPathComponent(".build/release/newsgraph")
  static let script = CLI.packageRoot.appendingPathComponent("Tests/ExportersTests/Scripts/check_diagram.py")
  static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// The folder holding the BBC diagram, built when needed; nil to skip.
  static func output() throws -> URL? {
    if let given = ProcessInfo.processInfo.environment["NEWSGRAPH_BBC_OUTPUT"] {
      return URL(fileURLWithPath: given)
    }
    guard FileManager.default.fileExists(atPath: corpus.path),
      FileManager.default.isExecutableFile(atPath: release.path)
    else { return nil }
    let output = try CLI.temporaryDirectory("bbc")
    let process = Process()
    process.executableURL = release
    process.arguments = ["build", corpus.path, "-o", output.path, "--no-store"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return output
  }

  @Test func theDiagramIsReadableFittedToAScreen() throws {
    guard let output = try Self.output() else { return }
    guard let chromium = Self.chromium else {
      #expect(ProcessInfo.processInfo.environment["NEWSGRAPH_REQUIRE_BROWSER"] != "1", "chromium is missing")
      return
    }
    let screenshot = try CLI.temporaryDirectory("shot").appendingPathComponent("bbc-diagram.png")
    let svg = output.appendingPathComponent("graph.svg")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = [
      Self.script.path, svg.path, "--min-label", "9", "--max-edges", "60", "--screenshot", screenshot.path,
      "--chromium", chromium,
    ]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    if process.terminationStatus == 0, ProcessInfo.processInfo.environment["NEWSGRAPH_UPDATE_SNAPSHOTS"] == "1" {
      let target = CLI.packageRoot.appendingPathComponent("docs/bbc-diagram.png")
      try? FileManager.default.removeItem(at: target)
      try FileManager.default.copyItem(at: screenshot, to: target)
      Issue.record("docs/bbc-diagram.png rewritten; run again without NEWSGRAPH_UPDATE_SNAPSHOTS")
    }
  }
}
