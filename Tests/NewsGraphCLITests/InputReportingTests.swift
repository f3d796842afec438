import Foundation
import Testing

/// Input never disappears silently: every file or line that gives no
/// document is named, and the output folder is never read as input.
@Suite("input reporting")
struct InputReportingTests {
  static func write(_ text: String, _ name: String, in folder: URL) throws {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  static func ids(_ result: CLI.Result) throws -> [String] {
    try CLI.jsonLines(result.stdout).compactMap { ($0["document"] as? [String: Any])?["id"] as? String }
  }

  @Test func buildingTheCurrentFolderNeverReadsItsOwnOutput() throws {
    let folder = try CLI.temporaryDirectory()
    try Self.write("The minister said the budget would pass.", "a.txt", in: folder)
    try Self.write("Officials said the bridge would reopen.", "notes/b.md", in: folder)
    let first = try CLI.run(["build", ".", "--names", "rules"], in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stderr.contains("2 documents"))
    // output/statements.md is Markdown, but it is ours: not an input.
    let second = try CLI.run(["build", ".", "--names", "rules"], in: folder)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stderr.contains("2 documents (2 unchanged); nothing changed"), "\(second.stderr)")
  }

  @Test func aFolderNamedThroughALinkIsReadAndLinksInsideAreNamed() throws {
    let folder = try CLI.temporaryDirectory()
    try Self.write("The minister said the budget would pass.", "real/a.txt", in: folder)
    try Self.write("Officials said the bridge would reopen.", "other/b.txt", in: folder)
    let manager = FileManager.default
    try manager.createSymbolicLink(
      atPath: folder.appendingPathComponent("corpus").path, withDestinationPath: folder.appendingPathComponent("real").path)
    try manager.createSymbolicLink(
      atPath: folder.appendingPathComponent("real/linked.txt").path,
      withDestinationPath: folder.appendingPathComponent("other/b.txt").path)
    let result = try CLI.run(["extract", folder.appendingPathComponent("corpus").path, "--names", "rules"])
    #expect(result.status == 2)
    #expect(try Self.ids(result) == ["a"])
    #expect(result.stderr.contains("corpus/linked.txt: symbolic link inside a folder, not followed"), "\(result.stderr)")
  }

  @Test(.enabled(if: CLI.canRunUnprivileged, "as root, runs as nobody, who must be able to reach the binary"))
  func anUnreadableSubfolderIsNamed() throws {
    let folder = try CLI.temporaryDirectory()
    try Self.write("The minister said the budget would pass.", "a.txt", in: folder)
    try Self.write("Officials said the bridge would reopen.", "locked/b.txt", in: folder)
    let locked = folder.appendingPathComponent("locked").path
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked) }
    // As root every folder is readable: run as nobody then.
    let result = try CLI.run(["extract", folder.path, "--names", "rules"], unprivileged: true)
    #expect(result.status == 2, "\(result.stderr)")
    #expect(try Self.ids(result) == ["a"])
    #expect(result.stderr.contains("locked: cannot read: cannot list folder"), "\(result.stderr)")
  }

  @Test func duplicateIDsAreReportedWhenRenamed() throws {
    let folder = try CLI.temporaryDirectory()
    try Self.write("The minister said the budget would pass.", "2024/report.txt", in: folder)
    try Self.write("Officials said the bridge would reopen.", "2025/report.txt", in: folder)
    let result = try CLI.run(["extract", folder.path, "--names", "rules"])
    #expect(result.status == 0)
    #expect(try Self.ids(result) == ["report", "2025-report"])
    #expect(
      result.stderr.contains("2025/report.txt: the id \"report\" is taken by an earlier document; this one is \"2025-report\""),
      "\(result.stderr)")
    let stdin = try CLI.run(
      ["extract", "-", "--names", "rules"],
      stdin: Data("{\"id\": \"x\", \"text\": \"One.\"}\n{\"id\": \"x\", \"text\": \"Two.\"}\n".utf8))
    #expect(try Self.ids(stdin) == ["x", "x-2"])
    #expect(stdin.stderr.contains("document \"x-2\": the id \"x\" is taken"))
  }

  @Test func utf16AndByteOrderMarkedInputIsRead() throws {
    let folder = try CLI.temporaryDirectory()
    let text = "Minister Anna Berg said on Monday that the plan would go ahead."
    let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    try Data(utf16).write(to: folder.appendingPathComponent("wide.txt"))
    let file = try CLI.run(["extract", folder.path, "--names", "rules"])
    #expect(file.status == 0, "\(file.stderr)")
    let statements = try CLI.jsonLines(file.stdout).first?["statements"] as? [[String: Any]]
    #expect(statements?.count == 1)

    let marked: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"id\": \"m\", \"text\": \"\(text)\"}\n".utf8)
    let stdin = try CLI.run(["extract", "-", "--names", "rules"], stdin: Data(marked))
    #expect(stdin.status == 0, "\(stdin.stderr)")
    #expect(try Self.ids(stdin) == ["m"])
  }

  @Test func aLineOverTheCapIsSkippedAndTheStreamGoesOn() throws {
    let big = String(repeating: "The spokesman said the talks would continue. ", count: 25_000)  // ~1.1 MB
    let input = [
      #"{"id": "small-1", "text": "Officials said it was over."}"#,
      #"{"id": "huge", "text": "\#(big)"}"#,
      #"{"id": "small-2", "text": "Officials said it was not over."}"#,
    ].joined(separator: "\n")
    let result = try CLI.run(["extract", "-", "--max-megabytes", "1", "--names", "rules"], stdin: Data(input.utf8))
    #expect(result.status == 2)
    #expect(try Self.ids(result) == ["small-1", "small-2"])
    #expect(result.stderr.contains("<stdin>:2: 1 MB is over the 1 MB limit"), "\(result.stderr)")
  }
}
