import Foundation
import Testing

@testable import NLPCore
@testable import NLPModels

@Suite("Loading the shipped models")
struct NLPModelsTests {
  @Test func shippedModelsLoad() throws {
    let models = try #require(ShippedModels.models)
    #expect(models.parser.tagNames == models.tagger.tagNames)
  }

  @Test func corruptFileErrorNamesTheFile() throws {
    let source = NLPModels.shippedDirectory
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ng-models-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in [NLPModels.taggerFile, NLPModels.parserFile, NLPModels.recognizerFile] {
      try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let parser = folder.appendingPathComponent(NLPModels.parserFile)
    var bytes = [UInt8](try Data(contentsOf: parser))
    bytes[bytes.count / 2] ^= 0x55
    try Data(bytes).write(to: parser)
    #expect(throws: ModelError.checksumMismatch(path: parser.path)) {
      _ = try NLPModels(directory: folder)
    }
  }

  @Test func missingFolderIsAnError() {
    #expect(throws: ModelError.self) {
      _ = try NLPModels(directory: URL(fileURLWithPath: "/nonexistent-newsgraph-models"))
    }
  }

  @Test func analyzeMatchesTheSeparateModels() throws {
    let models = try #require(ShippedModels.models)
    let words: [Substring] = ["Prime", "Minister", "Rishi", "Sunak", "visited", "Kyiv", "on", "Tuesday", "."]
    let tags = models.tagger.predict(words)
    let analysis = models.analyze(words)
    #expect(analysis.tags == tags)
    #expect(analysis.arcs == models.parser.parse(words, tags: tags))
    #expect(analysis.entities == models.recognizer.recognize(words, tags: tags))
    let document = models.analyze(document: [words, ["Sunak", "said", "so", "."]])
    #expect(document.count == 2)
    #expect(document[1].entities.first?.type == .person)
  }

  /// A document is analysed model by model with buffers reused from one
  /// sentence to the next; each sentence must come out as if alone, also
  /// after a longer one (stale memo or state) and an empty one.
  @Test func analyzingSentencesTogetherMatchesOneByOne() throws {
    let models = try #require(ShippedModels.models)
    let sentences: [[Substring]] = [
      ["The", "European", "Union", "and", "the", "United", "States", "said", "on", "Monday", "that", "talks", "with",
       "Iran", "over", "its", "nuclear", "programme", "would", "resume", "in", "Vienna", "next", "week", "."],
      ["Sunak", "said", "so", "."],
      [],
      ["Officials", "in", "Paris", "denied", "it", "."],
      ["Prime", "Minister", "Rishi", "Sunak", "visited", "Kyiv", "on", "Tuesday", "and", "met", "President",
       "Volodymyr", "Zelensky", ",", "who", "thanked", "Britain", "for", "its", "support", "."],
    ]
    var timer = NoAnalysisTimer()
    let together = models.analyze(sentences: sentences, timer: &timer)
    #expect(together == sentences.map { models.analyze($0) })
    #expect(together.map(\.arcs.count) == sentences.map(\.count))
  }
}
