import Foundation
import Testing

@testable import NewsExtraction

@Suite("DocumentSource")
struct DocumentSourceTests {
  /// Collects the problems a source reports.
  final class Reports: @unchecked Sendable {
    var errors: [InputError] = []
    func add(_ error: InputError) { errors.append(error) }
  }

  // MARK: - Finding files

  @Test func foldersAreReadRecursivelyForTextAndMarkdownSorted() throws {
    let folder = try TemporaryFolder()
    try folder.write("b.txt", "B")
    try folder.write("a.md", "A")
    try folder.write("z/deeper/c.txt", "C")
    try folder.write("m/d.TXT", "D")
    try folder.write("image.png", [0x89, 0x50])
    try folder.write("notes.pdf", "pdf")
    try folder.write("m/readme", "no extension")
    let reports = Reports()
    let files = DocumentSource(paths: [folder.url.path]).files(report: reports.add)
    let base = folder.url.path
    #expect(files == ["\(base)/a.md", "\(base)/b.txt", "\(base)/m/d.TXT", "\(base)/z/deeper/c.txt"])
    #expect(reports.errors.isEmpty)
  }

  @Test func aTrailingSlashDoesNotDoubleTheSeparator() throws {
    let folder = try TemporaryFolder()
    try folder.write("a.txt", "A")
    let files = DocumentSource(paths: [folder.url.path + "/"]).files(report: { _ in })
    #expect(files == [folder.url.path + "/a.txt"])
  }

  @Test func filesAndStandardInputAreKeptInTheGivenOrder() throws {
    let folder = try TemporaryFolder()
    let named = try folder.write("article.html", "<p>text</p>")
    let other = try folder.write("sub/one.txt", "one")
    let files = DocumentSource(paths: [named, "-", folder.url.appendingPathComponent("sub").path]).files(report: { _ in })
    // A file named explicitly is read whatever its extension.
    #expect(files == [named, "-", other])
  }

  @Test func missingPathsAreReportedAndTheRestRead() throws {
    let folder = try TemporaryFolder()
    let good = try folder.write("good.txt", "Good.")
    let missing = folder.url.appendingPathComponent("missing.txt").path
    let reports = Reports()
    let files = DocumentSource(paths: [missing, good]).files(report: reports.add)
    #expect(files == [good])
    #expect(reports.errors == [.notFound(path: missing)])
    #expect(InputError.notFound(path: missing).description == "\(missing): no such file or folder")
  }

  @Test func emptyFolderGivesNoFiles() throws {
    let folder = try TemporaryFolder()
    #expect(DocumentSource(paths: [folder.url.path]).files(report: { _ in }).isEmpty)
  }

  // MARK: - Reading files

  @Test func readingAFileGivesOneDocumentNamedAfterIt() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("2025/article-01.txt", "Line one.\r\nLine two.\r\n")
    let documents = try DocumentSource(paths: [path]).read(path)
    let document = try #require(documents.first)
    #expect(documents.count == 1)
    #expect(document.info.id == "article-01")
    #expect(document.info.path == path)
    #expect(document.info.warnings == nil)
    #expect(document.text == "Line one.\nLine two.\n")
  }

  @Test func invalidUTF8IsReadWithAWarning() throws {
    let folder = try TemporaryFolder()
    let path = try folder.write("bad.txt", [0x4F, 0x4B, 0xC0, 0x2E])
    let document = try #require(try DocumentSource(paths: [path]).read(path).first)
    #expect(document.text == "OK\u{FFFD}.")
    #expect(document.info.warnings?.count == 1)
    #expect(document.info.warnings?.first?.hasPrefix(path) == true)
  }

  @Test func binaryEmptyAndTooLargeFilesAreRefusedByName() throws {
    let folder = try TemporaryFolder()
    let binary = try folder.write("x.txt", [0x00, 0x01, 0x02, 0x41])
    let empty = try folder.write("empty.txt", "")
    let blank = try folder.write("blank.md", "  \n\n ")
    let large = try folder.write("large.txt", String(repeating: "word ", count: 30))
    let source = DocumentSource(paths: [folder.url.path], maxBytes: 100)
    #expect(throws: InputError.binary(path: binary)) { try source.read(binary) }
    #expect(throws: InputError.empty(path: empty)) { try source.read(empty) }
    #expect(throws: InputError.empty(path: blank)) { try source.read(blank) }
    #expect(throws: InputError.tooLarge(path: large, bytes: 150, limit: 100)) { try source.read(large) }
    // Exactly at the limit is fine.
    let limit = try folder.write("limit.txt", String(repeating: "a", count: 100))
    #expect(try source.read(limit).first?.text.unicodeScalars.count == 100)
  }

  @Test func tooLargeMessageNamesTheFileAndTheLimit() {
    let message = InputError.tooLarge(path: "big.txt", bytes: 52_000_000, limit: 16_000_000).description
    #expect(message.hasPrefix("big.txt: 52 MB"))
    #expect(message.contains("16 MB"))
  }

  @Test func unreadablePathIsAnError() throws {
    let folder = try TemporaryFolder()
    // A folder passed to read() is not a regular file.
    let path = folder.url.appendingPathComponent("sub.txt").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    #expect(throws: InputError.self) { try DocumentSource(paths: []).read(path) }
  }

  // MARK: - Standard input

  func parse(_ text: String, maxBytes: Int = 16_000_000) throws(InputError) -> [InputDocument] {
    try DocumentSource(paths: ["-"], maxBytes: maxBytes).parseStandardInput(Array(text.utf8))
  }

  @Test func jsonLinesGiveOneDocumentPerLine() throws {
    let input = """
      {"id": "a1", "text": "First \\u201Cdocument\\u201D.", "path": "feeds/a1.txt", "date": "2025-02-13"}

      {"id": 42, "text": "Second document."}
      {"text": "Third, without an id.\\r\\nWith CRLF."}
      """
    let documents = try parse(input)
    #expect(documents.map(\.info.id) == ["a1", "42", "stdin-4"])
    #expect(documents[0].text == "First \u{201C}document\u{201D}.")
    #expect(documents[0].info.path == "feeds/a1.txt")
    #expect(documents[0].info.date == "2025-02-13")
    #expect(documents[1].info.path == nil)
    #expect(documents[2].text == "Third, without an id.\nWith CRLF.")
  }

  @Test func jsonLinesWithCRLFLineEndings() throws {
    let documents = try parse("{\"id\": \"a\", \"text\": \"A.\"}\r\n{\"id\": \"b\", \"text\": \"B.\"}\r\n")
    #expect(documents.map(\.info.id) == ["a", "b"])
  }

  @Test func badJSONLinesAreReportedWithTheirLineNumber() {
    #expect(throws: InputError.badJSONLine(path: "<stdin>", line: 2, reason: "not a JSON object")) {
      try parse("{\"text\": \"ok\"}\n{not json}\n")
    }
    #expect(throws: InputError.badJSONLine(path: "<stdin>", line: 1, reason: "no \"text\" string")) {
      try parse("{\"id\": \"a\", \"body\": \"no text field\"}")
    }
    #expect(throws: InputError.badJSONLine(path: "<stdin>", line: 1, reason: "no \"text\" string")) {
      try parse("{\"id\": \"a\", \"text\": 12}")
    }
    #expect(
      InputError.badJSONLine(path: "<stdin>", line: 2, reason: "not a JSON object").description
        == "<stdin>:2: not a JSON object")
  }

  @Test func plainTextIsOneDocument() throws {
    let documents = try parse("  Plain text, not JSON.\r\nSecond line {with braces}.")
    #expect(documents.count == 1)
    #expect(documents[0].info.id == "stdin")
    #expect(documents[0].text == "  Plain text, not JSON.\nSecond line {with braces}.")
  }

  @Test func standardInputIsCheckedLikeAFile() {
    #expect(throws: InputError.empty(path: "<stdin>")) { try parse(" \n ") }
    #expect(throws: InputError.tooLarge(path: "<stdin>", bytes: 11, limit: 10)) { try parse("eleven byte", maxBytes: 10) }
    #expect(throws: InputError.binary(path: "<stdin>")) {
      try DocumentSource(paths: ["-"]).parseStandardInput([0x41, 0x00, 0x42])
    }
  }

  @Test func invalidUTF8OnStandardInputIsReplacedWithAWarning() throws {
    let documents = try DocumentSource(paths: ["-"]).parseStandardInput([0x48, 0x69, 0xFF])
    #expect(documents.first?.text == "Hi\u{FFFD}")
    #expect(documents.first?.info.warnings?.first?.hasPrefix("<stdin>") == true)
  }
}
