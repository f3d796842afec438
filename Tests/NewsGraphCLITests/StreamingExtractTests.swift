import Foundation
import Testing

/// `extract` as a pipe stage: JSON Lines in, one line out per line as soon
/// as it is done, in input order.
@Suite("streaming extract")
struct StreamingExtractTests {
  /// A running `newsgraph extract -` whose input is written line by line.
  final class Stage: @unchecked Sendable {
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    private let lock = NSLock()
    private var received = Data()
    private let arrived = DispatchSemaphore(value: 0)

    init(_ arguments: [String]) throws {
      process.executableURL = CLI.executable
      process.arguments = arguments
      process.standardInput = input
      process.standardOutput = output
      process.standardError = FileHandle.nullDevice
      try process.run()
      let handle = output.fileHandleForReading
      Thread {
        while true {
          let chunk = handle.availableData
          self.lock.withLock { self.received.append(chunk) }
          self.arrived.signal()
          if chunk.isEmpty { return }
        }
      }.start()
    }

    func send(_ line: String) throws {
      try input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
    }

    func finish() throws {
      try input.fileHandleForWriting.close()
      process.waitUntilExit()
    }

    /// Waits until `count` full lines arrived (or a minute passed).
    func lines(atLeast count: Int) -> [String] {
      let deadline = Date().addingTimeInterval(60)
      while true {
        let text = lock.withLock { String(decoding: received, as: UTF8.self) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        if lines.count >= count || Date() > deadline { return lines }
        _ = arrived.wait(timeout: .now() + 1)
      }
    }
  }

  static func id(_ line: String) -> String? {
    let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    return (object?["document"] as? [String: Any])?["id"] as? String
  }

  @Test func theFirstLineComesOutBeforeTheInputEnds() throws {
    let stage = try Stage(["extract", "-", "--names", "rules"])
    try stage.send(#"{"id": "one", "text": "The minister said the talks had failed."}"#)
    // The input is still open: the answer must come anyway.
    let first = stage.lines(atLeast: 1)
    #expect(first.map(Self.id) == ["one"])
    try stage.send(#"{"id": "two", "text": "The mayor said the bridge would reopen."}"#)
    #expect(stage.lines(atLeast: 2).map(Self.id) == ["one", "two"])
    try stage.send(#"{"id": "three", "text": "Nobody said anything."}"#)
    try stage.finish()
    #expect(stage.process.terminationStatus == 0)
    #expect(stage.lines(atLeast: 3).map(Self.id) == ["one", "two", "three"])
  }

  @Test func aBadLineInTheMiddleLeavesEveryOtherLinesOutputInOrder() throws {
    var lines = (0..<30).map { #"{"id": "d\#($0)", "text": "Spokesman \#($0) said the vote would pass."}"# }
    lines[14] = #"{"id": "d14", "text": "unterminated"#
    let result = try CLI.run(
      ["extract", "-", "--jobs", "3", "--names", "rules"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(result.status == 2)
    #expect(result.stderr.contains("<stdin>:15: not valid JSON, skipped"), "\(result.stderr)")
    let ids = try CLI.jsonLines(result.stdout).compactMap { ($0["document"] as? [String: Any])?["id"] as? String }
    #expect(ids == (0..<30).filter { $0 != 14 }.map { "d\($0)" })
  }

  @Test func extraFieldsAreCarriedIntoTheDocumentRecord() throws {
    let line = #"{"id": "x1", "text": "The minister said the talks had failed.", "url": "https://example.org/x1", "title": "Talks fail", "source": "Example Wire", "date": "2025-02-13"}"#
    let result = try CLI.run(["extract", "-", "--names", "rules"], stdin: Data((line + "\n").utf8))
    #expect(result.status == 0)
    let document = try #require(try CLI.jsonLines(result.stdout).first?["document"] as? [String: Any])
    #expect(document["url"] as? String == "https://example.org/x1")
    #expect(document["title"] as? String == "Talks fail")
    #expect(document["source"] as? String == "Example Wire")
    #expect(document["date"] as? String == "2025-02-13")
  }

  @Test func theSameLinesComeOutForAnyNumberOfJobs() throws {
    let input = (0..<40).map { #"{"id": "n\#($0)", "text": "Minister Anna Berg said on Monday that plan \#($0) would pass."}"# }
      .joined(separator: "\n")
    let one = try CLI.run(["extract", "-", "--jobs", "1"], stdin: Data(input.utf8))
    let three = try CLI.run(["extract", "-", "--jobs", "3"], stdin: Data(input.utf8))
    #expect(one.status == 0 && three.status == 0)
    #expect(one.stdout == three.stdout)
    #expect(try CLI.jsonLines(one.stdout).count == 40)
  }
}
