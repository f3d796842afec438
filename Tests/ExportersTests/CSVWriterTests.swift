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
