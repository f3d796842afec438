import Exporters
import ExtractionRecords
import Foundation
import Testing

@testable import NewsGraphBuild

/// Reading extraction shards for `merge`: every document once, in the
/// order and with the ids a build gives, bad lines named and skipped.
@Suite("Shard reader")
struct ShardReaderTests {
  /// A shard line: an extraction of one person, with the text if given.
  static func line(id: String, path: String?, text: String?, name: String = "Anna Berg") -> String {
    let extraction = Extraction(
      document: DocumentInfo(id: id, path: path),
      entities: [
        EntityRecord(
          id: "person:\(name.lowercased().replacingOccurrences(of: " ", with: "-"))", type: .person, name: name,
          aliases: [], mentions: [TextSpan(text: name, start: 0, end: name.unicodeScalars.count)])
      ])
    let plain = Array(((try? ExtractionsWriter().line(for: extraction)) ?? "").utf8)
    let bytes = text.map { ShardRecord.line(plain, addingText: $0) } ?? plain
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Reads shards, collecting the messages.
  static func read(_ paths: [String]) -> (ShardReader.Contents, [String]) {
    var messages: [String] = []
    let contents = ShardReader(paths: paths).read { messages.append($0) }
    return (contents, messages)
  }

  @Test func textIsAddedAsTheLastFieldAndReadBack() throws {
    let line = Self.line(id: "a", path: "in/a.txt", text: "Anna Berg said \"no\".\n")
    #expect(line.hasSuffix(#","text":"Anna Berg said \"no\".\n"}"#))
    let record = try JSONDecoder().decode(ShardRecord.self, from: Data(line.utf8))
    #expect(record.text == "Anna Berg said \"no\".\n")
    #expect(record.extraction.document.id == "a")
    #expect(record.extraction.entities.map(\.name) == ["Anna Berg"])
  }

  @Test func documentsComeInPathOrderWhateverTheShardOrder() throws {
    let folder = try TemporaryFolder()
    try folder.write("one.jsonl", Self.line(id: "c", path: "in/c.txt", text: "C") + "\n")
    try folder.write("two/two.jsonl", [
      Self.line(id: "b", path: "in/b.txt", text: "B"), Self.line(id: "a", path: "in/a.txt", text: "A"),
    ].joined(separator: "\n") + "\n")
    try folder.write("ignored.txt", "not a shard\n")
    let (forward, messages) = Self.read([folder.url.path])
    let (backward, _) = Self.read([
      folder.url.appendingPathComponent("two/two.jsonl").path, folder.url.appendingPathComponent("one.jsonl").path,
    ])
    #expect(forward.documents.map(\.record.extraction.document.id) == ["a", "b", "c"])
    #expect(backward.documents.map(\.record.extraction.document.id) == ["a", "b", "c"])
    #expect(messages.isEmpty)
    #expect(forward.failures == 0)
  }

  @Test func aDocumentReadTwiceCountsOnceAndASharedIdIsRenamedAsBuildDoes() throws {
    let folder = try TemporaryFolder()
    let a = Self.line(id: "a", path: "in/a.txt", text: "A")
    try folder.write("1.jsonl", a + "\n")
    // The same document again, and another file whose name gives the same id.
    try folder.write("2.jsonl", a + "\n" + Self.line(id: "a", path: "in/sub/a.txt", text: "A") + "\n")
    let (contents, messages) = Self.read([folder.url.path])
    #expect(contents.documents.map(\.record.extraction.document.id) == ["a", "sub-a"])
    #expect(contents.repeats == 1)
    #expect(contents.failures == 0)
    #expect(messages.contains { $0.contains("document \"a\" was read before") && $0.contains("counted once") })
    #expect(messages.contains { $0.contains("the id \"a\" is taken by an earlier document; this one is \"sub-a\"") })
    // Same text: one content hash, so the graph lists "sub-a" as a duplicate.
    #expect(contents.documents[0].contentHash == contents.documents[1].contentHash)
    #expect(contents.documents[0].storeHash != contents.documents[1].storeHash)
  }

  @Test func badLinesAreNamedAndSkipped() throws {
    let folder = try TemporaryFolder()
    let unknown = Self.line(id: "d", path: "in/d.txt", text: "D")
      .replacingOccurrences(of: #""statements":[]"#, with: #""statements":[{"about":["country:nowhere"],"content":[],"kind":"direct"}]"#)
    try folder.write("s.jsonl", [
      Self.line(id: "a", path: "in/a.txt", text: "A"), "{not json", #"{"entities":[]}"#, "", unknown,
      Self.line(id: "b", path: "in/b.txt", text: "B"),
    ].joined(separator: "\n") + "\n")
    let shard = folder.url.appendingPathComponent("s.jsonl").path
    let (contents, messages) = Self.read([shard, folder.url.appendingPathComponent("missing.jsonl").path])
    #expect(contents.documents.map(\.record.extraction.document.id) == ["a", "b"])
    #expect(contents.failures == 4)
    #expect(messages.contains("newsgraph: \(shard):2: not valid JSON, skipped"))
    #expect(messages.contains("newsgraph: \(shard):3: not an extraction (no \"document\" in the line), skipped"))
    #expect(messages.contains("newsgraph: \(shard):5: d: unknown entity 'country:nowhere', skipped"))
    #expect(messages.contains { $0.contains("missing.jsonl: no such file or folder") })
  }

  @Test func withoutTextsOnlyEqualExtractionsAreRepeats() throws {
    let folder = try TemporaryFolder()
    let plain = Self.line(id: "a", path: nil, text: nil)
    try folder.write("s.jsonl", [plain, plain, Self.line(id: "a", path: nil, text: nil, name: "Carl Dahl")].joined(separator: "\n"))
    let (contents, _) = Self.read([folder.url.path])
    #expect(contents.documents.map(\.record.extraction.document.id) == ["a", "a-2"])
    #expect(contents.repeats == 1)
    #expect(contents.documents.allSatisfy { $0.contentHash.isEmpty && $0.record.text == nil })
  }
}
