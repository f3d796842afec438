import Foundation
import KnowledgeGraph
import Testing

@testable import Exporters

@Suite("StatementsMarkdownWriter")
struct StatementsMarkdownWriterTests {
  @Test func sampleGraphSnapshot() throws {
    let text = StatementsMarkdownWriter().string(for: try Fixtures.sampleGraph())
    try Snapshot.check(text, named: "sampleGraphSnapshot.md")
  }

  @Test func hostileGraphSnapshot() throws {
    let text = StatementsMarkdownWriter().string(
      for: try Fixtures.hostileGraph(includeControlCharacters: true))
    try Snapshot.check(text, named: "hostileGraphSnapshot.md")
  }

  @Test(arguments: [
    ("plain text", "plain text"),
    ("000_384b snake_case _lead trail_ a_ _", #"000_384b snake_case \_lead trail\_ a\_ \_"#),
    ("a | b", #"a \| b"#),
    ("one\ntwo\r\nthree", "one<br>two<br>three"),
    ("*bold* _it_ `code` [link](x) <b> ~s~", #"\*bold\* \_it\_ \`code\` \[link\](x) \<b\> \~s\~"#),
    (#"back\slash"#, #"back\\slash"#),
    ("AT&T &amp; & Co &#42;", #"AT\&T \&amp; & Co \&#42;"#),
    ("ctl\u{01}x\ttab", "ctlx tab"),
    ("🇺🇦 مرحبا", "🇺🇦 مرحبا"),
  ])
  func escape(text: String, expected: String) {
    #expect(StatementsMarkdownWriter.escape(text) == expected)
  }

  @Test func groupsBySpeakerMostStatementsFirstUnknownLast() throws {
    let text = StatementsMarkdownWriter().string(for: try Fixtures.sampleGraph())
    let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }
    #expect(
      headings == [
        "## Volodymyr Zelensky", "## Vladimir Putin", "## Pete Hegseth", "## Russian officials",
        "## Unknown speaker",
      ])
    #expect(
      text.contains(
        "2 documents · 10 entities · 8 statements (3 direct, 4 indirect, 1 mixed) · 4 speakers · 1 statement without a known speaker"
      ))
    #expect(
      text.contains(
        "| mixed | said | “Kyiv must accept … the new realities” | Ukraine | doc-a 300–347 (Tuesday) |"
      ))
  }

  @Test func everyTableRowHasTheHeaderWidth() throws {
    let text = StatementsMarkdownWriter().string(
      for: try Fixtures.hostileGraph(includeControlCharacters: true))
    var columns = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        columns = 0
        continue
      }
      // Cells are separated by unescaped pipes.
      var count = 0
      var escaped = false
      for scalar in line.unicodeScalars {
        if scalar == "|" && !escaped { count += 1 }
        escaped = scalar == "\\" && !escaped
      }
      if columns == 0 { columns = count }
      #expect(count == columns, "\(line)")
    }
  }

  @Test func emptyGraphSaysSo() {
    let text = StatementsMarkdownWriter().string(for: KnowledgeGraph())
    #expect(text.hasSuffix("No statements were found.\n"))
  }
}
