import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

/// The HTML report in a real browser: `Scripts/check_report.py` opens it in
/// headless Chromium, checks that the diagram rendered and that filtering
/// (by the URL fragment, a node click, the keyboard, the search box) lists
/// exactly the right statements, and takes a screenshot.
///
/// Skipped when Chromium, Python or Graphviz's `dot` is missing, unless
/// `NEWSGRAPH_REQUIRE_BROWSER=1` (set by `scripts/test.sh`, which installs
/// them). With `NEWSGRAPH_UPDATE_SNAPSHOTS=1` the seed report's screenshot
/// replaces `docs/report.png`.
@Suite(
  "HTMLReportWriter in Chromium", .enabled(if: BrowserCheck.isAvailable || BrowserCheck.isRequired))
struct HTMLReportBrowserTests {
  @Test func filtersAndRendersTheSampleReport() throws {
    let graph = try ReportFixtures.graph()
    let result = try BrowserCheck.run(
      graph: graph, documents: ReportFixtures.texts,
      arguments: [
        "--speaker", "person:pete-hegseth", "--expect-rows", "2",
        "--click", "person:vladimir-putin", "--key", "organization:nato", "--search", "zelen",
      ])
    #expect(result.status == 0, "\(result.output)\n\(result.errors)")
  }

  @Test func hostileNamesStayTextInTheBrowser() throws {
    let graph = try ReportFixtures.hostileGraph()
    let result = try BrowserCheck.run(
      graph: graph, documents: ReportFixtures.hostileTexts,
      arguments: [
        "--speaker", ReportFixtures.hostileID, "--expect-rows", "1",
        "--click", "group:script", "--key", "person:constructor", "--search", "<b>",
        "--expect-title", "Who said what about whom",
      ])
    #expect(result.status == 0, "\(result.output)\n\(result.errors)")
  }

  /// The committed seed outputs (`output/graph.json`, `output/graph.svg`)
  /// and the seed text: the page `newsgraph build` writes as
  /// `output/index.html`, and the README's screenshot.
  @Test func seedReportAndScreenshot() throws {
    let root = ExternalTool.packageRoot
    let graphURL = root.appendingPathComponent("output/graph.json")
    let svgURL = root.appendingPathComponent("output/graph.svg")
    guard FileManager.default.fileExists(atPath: graphURL.path),
      FileManager.default.fileExists(atPath: svgURL.path)
    else { return }
    let graph = try JSONReader.read(from: graphURL)
    var texts: [String: String] = [:]
    for document in graph.documents {
      guard let path = document.path else { continue }
      let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
      texts[document.id] = text.replacingOccurrences(of: "\r\n", with: "\n")
    }
    // The speaker with the most statements, as the filter to check.
    var counts: [String: Int] = [:]
    for speaker in graph.statements.compactMap(\.speaker) { counts[speaker, default: 0] += 1 }
    let speaker = try #require(counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key)

    let directory = try TemporaryDirectory()
    let screenshot = directory.file("report.png")
    let result = try BrowserCheck.run(
      graph: graph, documents: texts,
      svg: try String(contentsOf: svgURL, encoding: .utf8),
      arguments: [
        "--speaker", speaker, "--expect-rows", String(counts[speaker] ?? 0),
        "--screenshot", screenshot.path,
      ])
    #expect(result.status == 0, "\(result.output)\n\(result.errors)")
    if result.status == 0, Snapshot.isUpdating {
      let docs = root.appendingPathComponent("docs")
      try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
      let target = docs.appendingPathComponent("report.png")
      try? FileManager.default.removeItem(at: target)
      try FileManager.default.copyItem(at: screenshot, to: target)
      Issue.record("docs/report.png rewritten; run again without NEWSGRAPH_UPDATE_SNAPSHOTS")
    }
  }
}

/// Headless Chromium, Python and `dot`, for ``HTMLReportBrowserTests``.
enum BrowserCheck {
  static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().appendingPathComponent("Scripts/check_report.py")

  static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
    .first(where: ExternalTool.exists)
  static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(
    where: ExternalTool.exists)

  static var isAvailable: Bool {
    chromium != nil && python != nil && ExternalTool.exists("/usr/bin/dot")
  }

  static var isRequired: Bool {
    ProcessInfo.processInfo.environment["NEWSGRAPH_REQUIRE_BROWSER"] == "1"
  }

  /// Writes the report for a graph (diagram rendered by `dot` unless given)
  /// to a temporary directory and runs the check script on it.
  static func run(
    graph: KnowledgeGraph, documents: [String: String], svg: String? = nil, arguments: [String]
  ) throws -> ExternalTool.Result {
    let chromium = try #require(
      chromium, "NEWSGRAPH_REQUIRE_BROWSER=1 but chromium is missing (run scripts/test.sh)")
    let python = try #require(python, "python3 is missing")
    let diagram = try #require(try svg ?? ReportSVG.rendered(graph), "Graphviz's dot is missing")
    let directory = try TemporaryDirectory()
    let report = directory.file("index.html")
    try HTMLReportWriter(diagramSVG: diagram, documents: documents).write(graph, to: report)
    return try ExternalTool.run(
      python, [script.path, report.path, "--chromium", chromium] + arguments)
  }
}
