import Foundation
import Testing

@testable import DocumentInput
@testable import NLPCore

#if canImport(Glibc)
  import Glibc
#endif

/// Standard input: JSON Lines read line by line as they arrive, or one
/// plain-text document; nothing is lost to a bad line.
@Suite("DocumentStream")
struct DocumentStreamTests {
  /// The documents and errors of an input, in order.
  func read(_ bytes: [UInt8], maxBytes: Int = 16_000_000) -> (documents: [InputDocument], errors: [InputError]) {
    var documents: [InputDocument] = []
    var errors: [InputError] = []
    for result in DocumentStream(bytes: bytes, maxBytes: maxBytes) {
      switch result {
      case .success(let document): documents.append(document)
      case .failure(let error): errors.append(error)
      }
    }
    return (documents, errors)
  }

  func read(_ text: String, maxBytes: Int = 16_000_000) -> (documents: [InputDocument], errors: [InputError]) {
    read(Array(text.utf8), maxBytes: maxBytes)
  }

  @Test func jsonLinesGiveOneDocumentPerLine() throws {
    let input = """
      {"id": "a1", "text": "First \\u201Cdocument\\u201D.", "path": "feeds/a1.txt", "date": "2025-02-13"}

      {"id": 42, "text": "Second document."}
      {"text": "Third, without an id.\\r\\nWith CRLF."}
      """
    let (documents, errors) = read(input)
    #expect(errors.isEmpty)
    #expect(documents.map(\.info.id) == ["a1", "42", "stdin-4"])
    #expect(documents[0].text == "First \u{201C}document\u{201D}.")
    #expect(documents[0].info.path == "feeds/a1.txt")
    #expect(documents[0].info.date == "2025-02-13")
    #expect(documents[1].info.path == nil)
    #expect(documents[2].text == "Third, without an id.\nWith CRLF.")
  }

  @Test func extraFieldsAreCarriedIntoTheDocument() throws {
    let input = #"{"id": "x", "text": "T.", "url": "https://example.org/x", "title": "A headline", "source": "Example News", "other": 1}"#
    let document = try #require(read(input).documents.first)
    #expect(document.info.url == "https://example.org/x")
    #expect(document.info.title == "A headline")
    #expect(document.info.source == "Example News")
  }

  @Test func jsonLinesWithCRLFLineEndings() {
    #expect(read("{\"id\": \"a\", \"text\": \"A.\"}\r\n{\"id\": \"b\", \"text\": \"B.\"}\r\n").documents.map(\.info.id) == ["a", "b"])
  }

  @Test func aBadLineIsReportedWithItsNumberAndTheOthersAreRead() {
    let input = """
      {"id": "a", "text": "ok"}
      {not json}
      {"id": "c", "body": "no text field"}
      {"id": "d", "text": 12}
      ["an", "array"]
      {"id": "f", "text": "also ok"}
      """
    let (documents, errors) = read(input)
    #expect(documents.map(\.info.id) == ["a", "f"])
    #expect(
      errors == [
        .badJSONLine(path: "<stdin>", line: 2, reason: "not valid JSON"),
        .badJSONLine(path: "<stdin>", line: 3, reason: "no \"text\" string"),
        .badJSONLine(path: "<stdin>", line: 4, reason: "no \"text\" string"),
        .badJSONLine(path: "<stdin>", line: 5, reason: "not a JSON object"),
      ])
    #expect(
      InputError.badJSONLine(path: "<stdin>", line: 2, reason: "not a JSON object").description
        == "<stdin>:2: not a JSON object, skipped")
  }

  @Test func theSizeCapAppliesToEachLineNotToTheStream() {
    let long = String(repeating: "word ", count: 100)
    let input = (0..<50).map { #"{"id": "d\#($0)", "text": "Short text \#($0)."}"# }
      + [#"{"id": "long", "text": "\#(long)"}"#, #"{"id": "after", "text": "Still read."}"#]
    let (documents, errors) = read(input.joined(separator: "\n"), maxBytes: 200)
    // The stream is far over the cap; only the one long line is refused.
    #expect(documents.count == 51)
    #expect(documents.last?.info.id == "after")
    #expect(errors == [.tooLarge(path: "<stdin>:51", bytes: input[50].utf8.count, limit: 200)])
  }

  @Test func aByteOrderMarkIsSkippedBeforeTellingJSONLinesFromText() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let (documents, errors) = read(bom + Array("{\"id\": \"a\", \"text\": \"A.\"}\n".utf8))
    #expect(errors.isEmpty)
    #expect(documents.map(\.info.id) == ["a"])
    // Plain text keeps it, as a file read in Python's text mode would.
    let plain = read(bom + Array("Plain.".utf8)).documents
    #expect(plain.first?.text == "\u{FEFF}Plain.")
  }

  @Test func utf16InputIsDecoded() throws {
    let lines = "{\"id\": \"a\", \"text\": \"\u{201C}A\u{201D}\"}\n{\"id\": \"b\", \"text\": \"B\"}\n"
    let (documents, errors) = read([0xFF, 0xFE] + lines.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    #expect(errors.isEmpty)
    #expect(documents.map(\.text) == ["\u{201C}A\u{201D}", "B"])
    let plain = read([0xFE, 0xFF] + "Plain text.".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    #expect(plain.documents.map(\.text) == ["Plain text."])
  }

  @Test func plainTextIsOneDocument() {
    let documents = read("  Plain text, not JSON.\r\nSecond line {with braces}.").documents
    #expect(documents.count == 1)
    #expect(documents[0].info.id == "stdin")
    #expect(documents[0].text == "  Plain text, not JSON.\nSecond line {with braces}.")
  }

  @Test func plainTextIsCheckedLikeAFile() {
    #expect(read(" \n ").errors == [.empty(path: "<stdin>")])
    #expect(read("eleven byte", maxBytes: 10).errors == [.tooLarge(path: "<stdin>", bytes: 11, limit: 10)])
    #expect(read([0x41, 0x00, 0x42]).errors == [.binary(path: "<stdin>")])
    let invalid = read([0x48, 0x69, 0xFF]).documents
    #expect(invalid.first?.text == "Hi\u{FFFD}")
    #expect(invalid.first?.info.warnings?.first?.hasPrefix("<stdin>") == true)
  }

  @Test func linesAreHandedOnAsTheyArriveFromAPipe() throws {
    var descriptors: [Int32] = [0, 0]
    #expect(pipe(&descriptors) == 0)
    defer { close(descriptors[0]) }
    let writer = descriptors[1]
    func send(_ text: String) {
      _ = text.utf8CString.withUnsafeBufferPointer { write(writer, $0.baseAddress, $0.count - 1) }
    }
    var stream = DocumentStream(descriptor: descriptors[0], maxBytes: 1_000)
    send("{\"id\": \"first\", \"text\": \"One.\"}\n")
    // The writer is still open: the first document must come without
    // waiting for the end of the input.
    let first = stream.next()
    #expect((try? first?.get())?.info.id == "first")
    send("{\"id\": \"second\", \"text\": \"Two.\"}\n")
    close(writer)
    #expect((try? stream.next()?.get())?.info.id == "second")
    #expect(stream.next() == nil)
  }

  @Test func theCompatibilityParserReportsAndKeepsTheRest() {
    var errors: [InputError] = []
    let documents = DocumentSource(paths: ["-"]).parseStandardInput(
      Array("{\"text\": \"ok\"}\n{bad\n".utf8), report: { errors.append($0) })
    #expect(documents.count == 1)
    #expect(errors.count == 1)
  }
}

@Suite("LineReader")
struct LineReaderTests {
  func lines(_ bytes: [UInt8], maxLength: Int = .max) -> [LineReader.Line] {
    var reader = LineReader(bytes: bytes, maxLength: maxLength)
    var lines: [LineReader.Line] = []
    while let line = reader.next() { lines.append(line) }
    return lines
  }

  @Test func splitsLinesAndKeepsALastLineWithoutNewline() {
    #expect(lines(Array("a\n\nbc\nd".utf8)) == [.text([97]), .text([]), .text([98, 99]), .text([100])])
    #expect(lines(Array("a\n".utf8)) == [.text([97])])
    #expect(lines([]).isEmpty)
  }

  @Test func aLineOverTheLimitIsCountedAndDropped() {
    let input = Array("short\n".utf8) + Array(repeating: 120, count: 300_000) + Array("\nafter".utf8)
    #expect(lines(input, maxLength: 1_000) == [.text(Array("short".utf8)), .tooLong(bytes: 300_000), .text(Array("after".utf8))])
  }

  @Test func longLinesFromADescriptorAreDroppedWithoutHoldingThem() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("linereader-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let content = Array(repeating: UInt8(97), count: 500_000) + [10] + Array("tail".utf8)
    try Data(content).write(to: folder)
    let descriptor = open(folder.path, O_RDONLY)
    defer { close(descriptor) }
    var reader = LineReader(descriptor: descriptor, maxLength: 100_000)
    #expect(reader.next() == .tooLong(bytes: 500_000))
    #expect(reader.next() == .text(Array("tail".utf8)))
    #expect(reader.next() == nil)
  }
}
