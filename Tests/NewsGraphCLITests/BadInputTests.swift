import Foundation
import Testing

/// Bad input never crashes the tool and never loses the other documents.
@Suite("bad input")
struct BadInputTests {
  @Test func everyKindOfBadFileIsReportedAndTheRestProcessed() throws {
    let folder = try CLI.temporaryDirectory()
    func write(_ name: String, _ bytes: [UInt8]) throws {
      try Data(bytes).write(to: folder.appendingPathComponent(name))
    }
    try write("good.txt", Array("Officials said the bridge would reopen.".utf8))
    try write("invalid-utf8.txt", Array("The mayor said \"".utf8) + [0xC3, 0x28, 0xFF] + Array(" it was fine.\"".utf8))
    try write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00] + Array(repeating: 0, count: 100))
    try write("empty.txt", [])
    try write("blank.md", Array("  \n\n ".utf8))
    try write("crlf.txt", Array("The minister said the plan was ready.\r\nShe said it twice.\r\n".utf8))
    try write("unbalanced.txt", Array("He said \"this never closes.\n\nAnother \u{201C}paragraph\u{201D} with \u{201C}stray marks.".utf8))
    try write("ignored.json", Array("{}".utf8))
    let subfolder = folder.appendingPathComponent("nested/deeper")
    try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
    try Data("The president said the deal was done.".utf8).write(to: subfolder.appendingPathComponent("good.txt"))

    let result = try CLI.run(["extract", folder.path])
    // Done with errors: every good file extracted, every bad one named.
    #expect(result.status == 2, "\(result.stderr)")
    let lines = try CLI.jsonLines(result.stdout)
    let ids = lines.compactMap { ($0["document"] as? [String: Any])?["id"] as? String }
    #expect(Set(ids).isSuperset(of: ["good", "invalid-utf8", "crlf", "unbalanced"]))
    #expect(ids.count == 5, "\(ids)")  // nested/deeper/good.txt gets its own id
    #expect(Set(ids).count == ids.count)
    #expect(result.stderr.contains("binary.txt: binary file, skipped"))
    #expect(result.stderr.contains("empty.txt: empty, skipped"))
    #expect(result.stderr.contains("blank.md: empty, skipped"))
    #expect(result.stderr.contains("invalid-utf8.txt: invalid UTF-8 replaced"))
    #expect(!result.stderr.contains("ignored.json"))
  }

  @Test func aHugeSingleLineFileIsProcessedOrClearlyRefused() throws {
    let folder = try CLI.temporaryDirectory()
    let sentence = "The spokesman said the talks in Geneva would continue. "
    let big = String(repeating: sentence, count: 20_000)  // about 1.1 MB on one line
    try Data(big.utf8).write(to: folder.appendingPathComponent("huge.txt"))
    try Data("Officials said it was over.".utf8).write(to: folder.appendingPathComponent("small.txt"))
    let refused = try CLI.run(["extract", folder.path, "--max-megabytes", "1"])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("huge.txt"))
    #expect(try CLI.jsonLines(refused.stdout).count == 1)
    // Its time is not what is tested (a debug build is slow): no limit.
    let processed = try CLI.run(["extract", folder.path, "--document-timeout", "0"])
    #expect(processed.status == 0)
    #expect(try CLI.jsonLines(processed.stdout).count == 2)
  }

  @Test func aMissingPathIsNamedAndOthersStillRun() throws {
    let result = try CLI.run(["extract", "does/not/exist.txt", "seeds"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("does/not/exist.txt: no such file or folder"))
    #expect(try CLI.jsonLines(result.stdout).count == 1)
  }

  @Test func nothingReadableIsAnError() throws {
    let folder = try CLI.temporaryDirectory()
    try Data().write(to: folder.appendingPathComponent("empty.txt"))
    let result = try CLI.run(["extract", folder.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("empty.txt"))
  }

  @Test func aFolderWithThousandsOfFiles() throws {
    let folder = try CLI.temporaryDirectory()
    for index in 0..<1_500 {
      let text = "Report \(index): The minister said the budget would pass."
      try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "doc-%04d.txt", index)))
    }
    let output = try CLI.temporaryDirectory()
    let result = try CLI.run(["build", folder.path, "-o", output.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("1500 documents"))
    let lines = try CLI.jsonLines(Data(contentsOf: output.appendingPathComponent("extractions.jsonl")))
    #expect(lines.count == 1_500)
    // Input order is kept, whatever order the cores finish in.
    let ids = lines.compactMap { ($0["document"] as? [String: Any])?["id"] as? String }
    #expect(ids == ids.sorted())
  }
}
