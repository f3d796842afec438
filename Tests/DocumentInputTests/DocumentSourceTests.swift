import Foundation
import NewsGraphTestSupport
import Testing

@testable import DocumentInput
@testable import NLPCore

@Suite("DocumentSource")
struct DocumentSourceTests {
  /// Collects the problems a source reports.
  final class Reports: @unchecked Sendable {
    var errors: [InputError] = []
    func add(_ error: InputError) { errors.append(error) }
  }

  // MARK: - Finding files

  @Test func foldersAreReadRecursivelyForTextAndMarkdownSorted() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
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
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
    try folder.write("a.txt", "A")
    let files = DocumentSource(paths: [folder.url.path + "/"]).files(report: { _ in })
    #expect(files == [folder.url.path + "/a.txt"])
  }

  @Test func filesAndStandardInputAreKeptInTheGivenOrder() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
    let named = try folder.write("article.html", "<p>text</p>")
    let other = try folder.write("sub/one.txt", "one")
    let files = DocumentSource(paths: [named, "-", folder.url.appendingPathComponent("sub").path]).files(report: { _ in })
    // A file named explicitly is read whatever its extension.
    #expect(files == [named, "-", other])
  }

  @Test func missingPathsAreReportedAndTheRestRead() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
    let good = try folder.write("good.txt", "Good.")
    let missing = folder.url.appendingPathComponent("missing.txt").path
    let reports = Reports()
    let files = DocumentSource(paths: [missing, good]).files(report: reports.add)
    #expect(files == [good])
    #expect(reports.errors == [.notFound(path: missing)])
    #expect(InputError.notFound(path: missing).description == "\(missing): no such file or folder")
  }

  @Test func emptyFolderGivesNoFiles() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
    #expect(DocumentSource(paths: [folder.url.path]).files(report: { _ in }).isEmpty)
  }

  @Test func aFolderNamedThroughASymbolicLinkIsRead() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
    try folder.write("real/a.txt", "A")
    try folder.write("real/sub/b.md", "B")
    let link = folder.url.appendingPathComponent("link").path
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.url.appendingPathComponent("real").path)
    let reports = Reports()
    let files = DocumentSource(paths: [link]).files(report: reports.add)
    #expect(files == ["\(link)/a.txt", "\(link)/sub/b.md"])
    #expect(reports.errors.isEmpty)
  }

  @Test func symbolicLinksInsideAFolderAreReportedNotFollowed() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
    let target = try folder.write("elsewhere/story.txt", "Story")
    try folder.write("corpus/a.txt", "A")
    let corpus = folder.url.appendingPathComponent("corpus").path
    try FileManager.default.createSymbolicLink(atPath: corpus + "/linked.txt", withDestinationPath: target)
    try FileManager.default.createSymbolicLink(
      atPath: corpus + "/more", withDestinationPath: folder.url.appendingPathComponent("elsewhere").path)
    // A link back up would loop if it were followed.
    try FileManager.default.createSymbolicLink(atPath: corpus + "/loop", withDestinationPath: corpus)
    try FileManager.default.createSymbolicLink(atPath: corpus + "/picture.png", withDestinationPath: target)
    let reports = Reports()
    let files = DocumentSource(paths: [corpus]).files(report: reports.add)
    #expect(files == [corpus + "/a.txt"])
    let expected: Set<InputError> = [
      .symbolicLink(path: corpus + "/linked.txt"), .symbolicLink(path: corpus + "/more"),
      .symbolicLink(path: corpus + "/loop"),
    ]
    #expect(Set(reports.errors) == expected)
    #expect(InputError.symbolicLink(path: "x/y.txt").description.hasPrefix("x/y.txt: symbolic link inside a folder, not followed"))
  }

  @Test func excludedFoldersAreNeverRead() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
    try folder.write("a.txt", "A")
    try folder.write("output/statements.md", "Outputs")
    try folder.write("output/deeper/x.txt", "Outputs")
    let base = folder.url.path
    // Excluded by its real path, however it is spelled.
    let source = DocumentSource(paths: [base], excludedFolders: [base + "/./output/"])
    #expect(source.files(report: { _ in }) == [base + "/a.txt"])
    // Naming the excluded folder itself gives nothing either.
    #expect(DocumentSource(paths: [base + "/output"], excludedFolders: [base + "/output"]).files(report: { _ in }).isEmpty)
  }

  // MARK: - Reading files

  @Test func readingAFileGivesOneDocumentNamedAfterIt() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
    let path = try folder.write("2025/article-01.txt", "Line one.\r\nLine two.\r\n")
    let document = try DocumentSource(paths: [path]).read(path)
    #expect(document.info.id == "article-01")
    #expect(document.info.path == path)
    #expect(document.info.warnings == nil)
    #expect(document.text == "Line one.\nLine two.\n")
    let streamed = Array(DocumentSource(paths: [path]).documents(in: path))
    #expect(streamed.count == 1)
    #expect((try? streamed.first?.get())?.text == "Line one.\nLine two.\n")
  }

  @Test func invalidUTF8IsReadWithAWarning() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
    let path = try folder.write("bad.txt", [0x4F, 0x4B, 0xC0, 0x2E])
    let document = try DocumentSource(paths: [path]).read(path)
    #expect(document.text == "OK\u{FFFD}.")
    #expect(document.info.warnings?.count == 1)
    #expect(document.info.warnings?.first?.hasPrefix(path) == true)
  }

  @Test func utf16FilesWithAByteOrderMarkAreDecoded() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
    let text = "The minister said \u{201C}Kyiv\u{201D} would hold. \u{1F1FA}\u{1F1E6}\r\nNext line."
    let little = try folder.write("le.txt", [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
    let big = try folder.write("be.txt", [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] })
    for path in [little, big] {
      let document = try DocumentSource(paths: [path]).read(path)
      #expect(document.text == "The minister said \u{201C}Kyiv\u{201D} would hold. \u{1F1FA}\u{1F1E6}\nNext line.")
      #expect(document.info.warnings == nil)
    }
  }

  @Test func binaryEmptyAndTooLargeFilesAreRefusedByName() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
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
    #expect(try source.read(limit).text.unicodeScalars.count == 100)
  }

  @Test func tooLargeMessageNamesTheFileAndTheLimit() {
    let message = InputError.tooLarge(path: "big.txt", bytes: 52_000_000, limit: 16_000_000).description
    #expect(message.hasPrefix("big.txt: 52 MB"))
    #expect(message.contains("16 MB"))
  }

  @Test func unreadablePathIsAnError() throws {
    let folder = try TemporaryFolder(prefix: "documentinput-tests")
    // A folder passed to read() is not a regular file.
    let path = folder.url.appendingPathComponent("sub.txt").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    #expect(throws: InputError.self) { try DocumentSource(paths: []).read(path) }
  }
}
