import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("CSVWriter")
struct CSVWriterTests {
  @Test(arguments: CSVTable.allCases)
  func sampleGraphSnapshot(table: CSVTable) throws {
    let text = CSVWriter(table: table).string(for: try Fixtures.sampleGraph())
    try Snapshot.check(text, named: "sampleGraphSnapshot.\(table.fileName)")
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("a,b", "\"a,b\""),
    ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("one\ntwo", "\"one\ntwo\""),
    ("cr\r\nlf", "\"cr\r\nlf\""),
    (" padded ", "\" padded \""),
    ("tab\tkept", "tab\tkept"),
    ("ctl\u{01}\u{7F}x", "ctlx"),
    ("\"\u{301}", "\"\"\"\u{301}\""),
    ("🇺🇦 مرحبا", "🇺🇦 مرحبا"),
    ("", ""),
  ])
  func fieldQuoting(value: String, expected: String) {
    #expect(CSVWriter.field(value) == expected)
  }

  @Test func rowsHaveTheHeaderWidthAndParseBack() throws {
    let graph = try Fixtures.hostileGraph(includeControlCharacters: true)
    for table in CSVTable.allCases {
      let rows = Self.parse(CSVWriter(table: table).string(for: graph))
      let expectedCount: Int
      switch table {
      case .entities: expectedCount = graph.entitiesByID.count
      case .statements: expectedCount = graph.statements.count
      case .relations: expectedCount = graph.relations.count
      }
      #expect(rows.first == table.columns)
      #expect(rows.count == expectedCount + 1)
      for row in rows { #expect(row.count == table.columns.count) }
    }
    let statements = Self.parse(CSVWriter(table: .statements).string(for: graph))
    let text = try #require(statements.dropFirst().first?[9])
    #expect(text == (try #require(graph.statements.first)).text)
  }

  @Test func writeAllWritesThreeFiles() throws {
    let directory = try TemporaryDirectory()
    let urls = try CSVWriter.writeAll(try Fixtures.sampleGraph(), toDirectory: directory.url)
    #expect(urls.map(\.lastPathComponent) == ["entities.csv", "statements.csv", "relations.csv"])
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).sorted()
    #expect(names == ["entities.csv", "relations.csv", "statements.csv"])
  }

  @Test(
    .enabled(
      if: PythonCheck.isAvailable || PythonCheck.isRequired,
      "needs .venv/bin/python3 (scripts/setup.sh --python)"))
  func hostileValuesReadBackByPythonsCSVModule() throws {
    try #require(PythonCheck.isAvailable, "NEWSGRAPH_REQUIRE_PYTHON=1 but .venv/bin/python3 is missing")
    var graph = try Fixtures.hostileGraph(includeControlCharacters: true)
    // A comma, a quote and a line break at the edges of fields, and text
    // past the Basic Multilingual Plane.
    try graph.merge(
      Extraction(
        document: DocumentInfo(id: "edges,\"doc\"\n"),
        entities: [
          EntityRecord(
            id: "person:edge", type: .person, name: "\"Edge\", Name,\n",
            aliases: [",lead", "trail\"", "\n"], mentions: [Fixtures.span("Edge", 0)])
        ],
        statements: [
          StatementRecord(
            speaker: .init(entity: "person:edge", span: Fixtures.span("Edge", 0)),
            cue: Fixtures.span(",", 5), content: [Fixtures.span("\"𝄞 quoted\",\r\n next", 10)],
            kind: .direct, about: ["person:edge"])
        ], relations: []))
    let directory = try TemporaryDirectory()
    let urls = try CSVWriter.writeAll(graph, toDirectory: directory.url)
    let run = try PythonScript.json("read_csv.py", urls.map(\.path))
    #expect(run.status == 0, "\(run.errors)")
    func rows(_ table: CSVTable) throws -> [[String]] {
      let url = try #require(urls.first { $0.lastPathComponent == table.fileName })
      return try #require(run.object[url.path] as? [[String]], "\(table)")
    }
    let cleaned = Neo4jWriterTests.cleaned
    let entities = try rows(.entities)
    #expect(entities.first == CSVTable.entities.columns)
    #expect(entities.dropFirst().map { $0[0] } == graph.entities.map(\.id))
    #expect(entities.dropFirst().map { $0[2] } == graph.entities.map { cleaned($0.name) })
    #expect(entities.dropFirst().map { $0[3] } == graph.entities.map { cleaned($0.aliases.joined(separator: "; ")) })
    #expect(entities.dropFirst().map { $0[5] } == graph.entities.map { cleaned($0.documents.joined(separator: "; ")) })
    let statements = try rows(.statements)
    #expect(statements.first == CSVTable.statements.columns)
    #expect(statements.dropFirst().map { $0[1] } == graph.statements.map { cleaned($0.document) })
    #expect(statements.dropFirst().map { $0[7] } == graph.statements.map { cleaned($0.cue ?? "") })
    #expect(statements.dropFirst().map { $0[9] } == graph.statements.map { cleaned($0.text) })
    let relations = try rows(.relations)
    #expect(relations.first == CSVTable.relations.columns)
    #expect(relations.dropFirst().map { $0[9] } == graph.relations.map { cleaned($0.evidence.text) })
    #expect(relations.dropFirst().map { $0[7] } == graph.relations.map { cleaned($0.title ?? "") })
    for (table, tableRows) in [(CSVTable.entities, entities), (.statements, statements), (.relations, relations)] {
      for row in tableRows { #expect(row.count == table.columns.count, "\(table)") }
    }
  }

  /// A minimal RFC 4180 parser for checking the output.
  static func parse(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    while let scalar = pending ?? scalars.next() {
      pending = nil
      if quoted {
        if scalar == "\"" {
          let next = scalars.next()
          if next == "\"" {
            field += "\""
          } else {
            quoted = false
            pending = next
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
      } else {
        switch scalar {
        case "\"": quoted = true
        case ",":
          row.append(field)
          field = ""
        case "\r":
          let next = scalars.next()
          if next != "\n" {
            field += "\r"
            pending = next
            continue
          }
          row.append(field)
          rows.append(row)
          row = []
          field = ""
        default: field.unicodeScalars.append(scalar)
        }
      }
    }
    if !field.isEmpty || !row.isEmpty {
      row.append(field)
      rows.append(row)
    }
    return rows
  }
}
