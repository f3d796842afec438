import Foundation
import Testing

/// `build --format csv,neo4j` on a small invented corpus, and the Neo4j
/// import files loaded into Kùzu (an embedded Cypher database), whose
/// answer to who said what about whom must equal `newsgraph ask --json`.
@Suite("Graph database export")
struct GraphDatabaseExportTests {
  /// Two invented articles: one speaker about two countries, another
  /// speaker about both, quoted and reported.
  static let articles = [
    (
      "a1.txt",
      """
      Maria Lopez criticised Portugal on Monday.

      "Portugal has broken its promise on fishing quotas," Maria Lopez said at a press conference in Madrid.

      Lopez said that Spain would ask the European Union to review the agreement.

      Prime Minister Tomas Varga of Hungary said the dispute between Spain and Portugal should be settled quickly.

      """
    ),
    (
      "a2.txt",
      """
      Tomas Varga met Maria Lopez in Brussels on Tuesday.

      "We cannot let Portugal and Spain drift apart," Varga told reporters.

      Maria Lopez said Portugal had ignored earlier warnings, adding that "the quotas were never fair".

      """
    ),
  ]

  /// Builds the corpus with the tables; returns the output folder.
  static func build(_ name: String = #function) throws -> URL {
    let folder = try CLI.temporaryDirectory(name)
    let input = folder.appendingPathComponent("in")
    try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
    for (file, text) in articles {
      try Data(text.utf8).write(to: input.appendingPathComponent(file))
    }
    let output = folder.appendingPathComponent("out")
    let result = try CLI.run(["build", input.path, "--output", output.path, "--format", "svg,csv,neo4j"])
    #expect(result.status == 0, "\(result.stderr)")
    return output
  }

  @Test func buildWritesTheTablesAndTheNeo4jFolder() throws {
    let output = try Self.build()
    let names = [
      "graph.entities.graphml", "graph.svg", "entities.csv", "statements.csv", "relations.csv",
      "neo4j/entities.csv", "neo4j/statements.csv", "neo4j/said.csv", "neo4j/about.csv",
      "neo4j/relations.csv", "neo4j/load.cypher", "neo4j/kuzu.cypher",
    ]
    for name in names {
      #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(name).path), "\(name)")
    }
    let said = try String(contentsOf: output.appendingPathComponent("neo4j/said.csv"), encoding: .utf8)
    #expect(said.hasPrefix(":START_ID,:END_ID,:TYPE\r\n"))
    #expect(said.contains("person:maria-lopez,statement:a1:"))
    // Nothing changed, same formats: nothing is rewritten.
    let input = output.deletingLastPathComponent().appendingPathComponent("in")
    let again = try CLI.run(["build", input.path, "--output", output.path, "--format", "svg,csv,neo4j"])
    #expect(again.stderr.contains("nothing changed"), "\(again.stderr)")
    // A missing table is written again.
    try FileManager.default.removeItem(at: output.appendingPathComponent("neo4j/about.csv"))
    let repaired = try CLI.run(["build", input.path, "--output", output.path, "--format", "svg,csv,neo4j"])
    #expect(!repaired.stderr.contains("nothing changed"))
    #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("neo4j/about.csv").path))
  }

  @Test func anUnknownFormatIsRefused() throws {
    let result = try CLI.run(["build", "seeds", "--output", try CLI.temporaryDirectory().path, "--format", "svg,xls"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("Use svg, png, pdf, csv or neo4j"))
  }

  static let python = CLI.packageRoot.appendingPathComponent(".venv/bin/python3").path

  static let hasKuzu: Bool = {
    (try? CLI.tool(python, ["-c", "import kuzu"])) == 0
  }()

  static var pythonRequired: Bool {
    ProcessInfo.processInfo.environment["NEWSGRAPH_REQUIRE_PYTHON"] == "1"
  }

  /// A statement as a row: id, speaker name, cue, kind, text, document,
  /// start, end (nil where a value is missing).
  typealias Row = [String?]

  /// The rows of `ask --json`, in document and offset order.
  static func askRows(_ output: URL, _ question: String) throws -> [Row] {
    let result = try CLI.run(["ask", "--graph", output.appendingPathComponent("newsgraph.sqlite").path, "--json", question])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    let items = try #require(object["statements"] as? [[String: Any]])
    #expect(object["total"] as? Int == items.count)
    return items.map { item in
      let spans = (item["content"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
      return [
        item["id"] as? String, item["speaker"] as? String, item["cue"] as? String, item["kind"] as? String,
        spans.joined(separator: " … "), item["document"] as? String, (item["start"] as? Int).map(String.init),
        (item["end"] as? Int).map(String.init),
      ]
    }.sorted { ($0[5] ?? "", Int($0[6] ?? "") ?? 0) < ($1[5] ?? "", Int($1[6] ?? "") ?? 0) }
  }

  /// Who said what about whom in Cypher: the same query runs on Neo4j.
  static func cypher(speaker: String?, topic: String) -> String {
    let speakerMatch =
      speaker.map { "MATCH (p:Entity)-[:SAID]->(s) WHERE p.name = '\($0)'" } ?? "OPTIONAL MATCH (p:Entity)-[:SAID]->(s)"
    return """
      MATCH (s:Statement)-[:ABOUT]->(t:Entity) WHERE t.name = '\(topic)'
      \(speakerMatch)
      RETURN s.id, p.name, s.cue, s.kind, s.text, s.document, s.`start`, s.`end`
      ORDER BY s.document, s.`start`
      """
  }

  @Test(
    .enabled(
      if: hasKuzu || pythonRequired, "needs .venv with kuzu (scripts/setup.sh --python)"))
  func kuzuAnswersWhoSaidWhatAboutWhomAsAskDoes() throws {
    try #require(Self.hasKuzu, "NEWSGRAPH_REQUIRE_PYTHON=1 but .venv/bin/python3 cannot import kuzu")
    let output = try Self.build()
    let questions: [(String?, String, String)] = [
      ("Maria Lopez", "Portugal", "what did Maria Lopez say about Portugal"),
      (nil, "Spain", "who said what about Spain"),
      ("Tomas Varga", "Portugal", "what did Tomas Varga say about Portugal"),
    ]
    var arguments = [
      CLI.packageRoot.appendingPathComponent("Tests/ExportersTests/Scripts/check_neo4j.py").path,
      output.appendingPathComponent("neo4j").path, output.appendingPathComponent("kuzu-db").path,
    ]
    for (speaker, topic, _) in questions { arguments += ["--query", Self.cypher(speaker: speaker, topic: topic)] }
    let run = try Self.runPython(arguments)
    #expect(run.status == 0, "\(run.text)\n\(run.errors)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.text.utf8)) as? [String: Any])
    let answers = try #require(object["queries"] as? [[[Any]]])
    try #require(answers.count == questions.count)
    for (index, (_, _, question)) in questions.enumerated() {
      let rows: [Row] = answers[index].map { row in
        row.map { value in
          switch value {
          case let text as String: text
          case let number as Int: String(number)
          default: nil
          }
        }
      }
      let asked = try Self.askRows(output, question)
      #expect(!asked.isEmpty, "\(question)")
      #expect(rows == asked, "\(question)")
      print("\(question):\n" + rows.map { $0.map { $0 ?? "null" }.joined(separator: " | ") }.joined(separator: "\n"))
    }
  }

  /// Runs the package's Python with arguments; output captured in files.
  static func runPython(_ arguments: [String]) throws -> (status: Int32, text: String, errors: String) {
    let folder = try CLI.temporaryDirectory("python")
    let out = folder.appendingPathComponent("out")
    let err = folder.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = arguments
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    process.waitUntilExit()
    return (
      process.terminationStatus, try String(contentsOf: out, encoding: .utf8),
      try String(contentsOf: err, encoding: .utf8)
    )
  }
}
