import Foundation
import KnowledgeGraph
import Testing

@testable import GraphStore

@Suite struct GraphStoreTests {
  // MARK: - Round trip

  @Test func extractionsReadBackEqualToWhatWasStored() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    let stored = [
      Fixtures.sample(id: "b_seed"), Fixtures.empty(id: "a_empty"),
      Fixtures.sample(id: "c_ünïcödé_文書"),
    ]
    for extraction in stored {
      try store.replace(extraction, contentHash: "hash-\(extraction.document.id)")
    }
    let read = try store.extractions()
    #expect(read == stored.sorted { $0.document.id < $1.document.id })
    #expect(try store.extraction(id: "b_seed") == stored[0])
    #expect(try store.extraction(id: "a_empty") == stored[1])
    #expect(try store.extraction(id: "missing") == nil)
  }

  @Test func nilAndEmptyValuesStayDistinct() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    var noWarnings = Fixtures.empty(id: "nil-warnings")
    noWarnings.document.warnings = nil
    try store.replace(noWarnings, contentHash: "1")
    try store.replace(Fixtures.empty(id: "empty-warnings"), contentHash: "2")
    #expect(try store.extraction(id: "nil-warnings")?.document.warnings == nil)
    #expect(try store.extraction(id: "empty-warnings")?.document.warnings == [])

    let sample = Fixtures.sample()
    try store.replace(sample, contentHash: "3")
    let read = try #require(try store.extraction(id: sample.document.id))
    #expect(read.statements[1].speaker == nil)
    #expect(read.statements[1].cue == nil)
    #expect(read.statements[1].about == [])
    #expect(read.statements[2].speaker?.entity == nil)
    #expect(read.statements[2].speaker?.text == "he")
    #expect(read.statements[3].content == [])
    #expect(read.relations[0].verb == nil)
    #expect(read.relations[0].title == "President")
    #expect(read.entities.first { $0.id == "organization:nato" }?.mentions == [])
  }

  @Test func jsonLinesFormOfTheRoundTripIsIdentical() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    let sample = Fixtures.sample()
    try store.replace(sample, contentHash: GraphStore.hash(of: "text"))
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let read = try #require(try store.extraction(id: sample.document.id))
    #expect(try encoder.encode(read) == encoder.encode(sample))
  }

  // MARK: - Replace, skip, prune

  @Test func replaceDropsTheOldVersionEntirely() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    try store.replace(Fixtures.sample(id: "doc"), contentHash: "v1")
    try store.replace(Fixtures.sample(id: "other"), contentHash: "o1")
    try store.replace(Fixtures.sample(id: "doc", version: 2), contentHash: "v2")
    #expect(try store.documentHash(id: "doc") == "v2")
    #expect(try store.extraction(id: "doc") == Fixtures.sample(id: "doc", version: 2))
    #expect(try store.extraction(id: "other") == Fixtures.sample(id: "other"))
    #expect(try store.knownDocuments() == ["doc": "v2", "other": "o1"])
    // No rows of version 1 are left behind.
    let counts = try store.rowCounts()
    #expect(counts["statement"] == 4 + 3)
    #expect(counts["relation"] == 2 + 1)
  }

  @Test func incrementalBuildSkipsReplacesAndPrunes() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    var corpus = ["a": "Putin met Zelensky.", "b": "Russia invaded Ukraine.", "c": "NATO met."]

    #expect(try IncrementalBuild.run(corpus, into: store) == .init(extracted: ["a", "b", "c"]))
    let first = try store.extractions()
    let firstGraph = try store.graph()

    // Twice: nothing is extracted or written.
    #expect(try IncrementalBuild.run(corpus, into: store) == .init(extracted: []))
    #expect(try store.extractions() == first)
    #expect(try store.graph() == firstGraph)

    // One text changed: only it is extracted again.
    corpus["b"] = "Russia attacked Ukraine."
    #expect(try IncrementalBuild.run(corpus, into: store) == .init(extracted: ["b"]))
    #expect(try store.documentHash(id: "b") == GraphStore.hash(of: "Russia attacked Ukraine."))

    // A file removed: kept without --prune, dropped with it.
    corpus["c"] = nil
    #expect(try IncrementalBuild.run(corpus, into: store) == .init(extracted: []))
    #expect(try store.knownDocuments().keys.sorted() == ["a", "b", "c"])
    #expect(
      try IncrementalBuild.run(corpus, into: store, prune: true)
        == .init(extracted: [], removed: 1))
    #expect(try store.knownDocuments().keys.sorted() == ["a", "b"])
    #expect(try store.extraction(id: "c") == nil)
    #expect(
      try store.rowCounts()["mention"]
        == store.extractions().flatMap(\.entities).flatMap(\.mentions).count)
  }

  @Test func removeIgnoresUnknownIDsAndCountsRemoved() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    try store.replace(Fixtures.sample(id: "x"), contentHash: "1")
    try store.replace(Fixtures.sample(id: "y"), contentHash: "2")
    #expect(try store.remove(documentIDs: ["x", "nope"]) == 1)
    #expect(try store.remove(documentIDs: [String]()) == 0)
    #expect(try store.knownDocuments() == ["y": "2"])
    // Every child row of x went with it (ON DELETE CASCADE).
    let counts = try store.rowCounts()
    #expect(counts["entity"] == Fixtures.sample().allEntities.count)
    #expect(counts["statement_about"] == 4)
  }

  @Test func invalidExtractionIsRefusedAndNothingIsStored() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    var bad = Fixtures.sample(id: "bad")
    bad.relations.append(
      RelationRecord(
        subject: "country:russia", predicate: .met, object: "person:nobody",
        evidence: TextSpan(text: "x", start: 0, end: 1)))
    #expect {
      try store.replace(bad, contentHash: "h")
    } throws: { error in
      guard case .invalidExtraction(let path, let document, let reason) = error as? StoreError
      else { return false }
      return path == folder.path() && document == "bad" && reason.contains("person:nobody")
    }
    #expect(try store.knownDocuments().isEmpty)
  }

  @Test func aBatchIsStoredWhole() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    try store.replace(Fixtures.sample(id: "kept"), contentHash: "k1")
    let batch = (0..<10).map { (Fixtures.synthetic(index: $0), "h\($0)") }
    try store.replace(contentsOf: batch + [(Fixtures.sample(id: "kept", version: 2), "k2")])
    #expect(try store.knownDocuments().count == 11)
    #expect(try store.extraction(id: "kept") == Fixtures.sample(id: "kept", version: 2))
    #expect(try store.extractions().filter { $0.document.id != "kept" } == batch.map(\.0))
    try store.replace(contentsOf: [])
    #expect(try store.knownDocuments().count == 11)
  }

  @Test func aBatchWithOneBadExtractionStoresNothing() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    var bad = Fixtures.sample(id: "bad")
    bad.statements[0].about.append("country:atlantis")
    #expect(throws: StoreError.self) {
      try store.replace(contentsOf: [(Fixtures.sample(id: "good"), "g"), (bad, "b")])
    }
    #expect(try store.knownDocuments().isEmpty)
  }

  // MARK: - Graph

  @Test func graphMergesInDocumentIDOrder() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    let extractions = (0..<30).reversed().map { Fixtures.synthetic(index: $0) }
    for extraction in extractions {
      try store.replace(extraction, contentHash: extraction.document.id)
    }
    var expected = KnowledgeGraph()
    for extraction in extractions.sorted(by: { $0.document.id < $1.document.id }) {
      try expected.merge(extraction)
    }
    let graph = try store.graph()
    #expect(graph == expected)
    #expect(graph.documents.count == 30)
    #expect(try GraphStore(path: folder.path()).graph() == expected)
  }

  @Test func emptyStoreGivesEmptyGraph() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    #expect(try store.graph().isEmpty)
    #expect(try store.extractions().isEmpty)
    #expect(try store.knownDocuments().isEmpty)
    #expect(try store.documentHash(id: "any") == nil)
  }

  @Test func hashIsSHA256OfTheUTF8() {
    #expect(
      GraphStore.hash(of: "abc")
        == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(GraphStore.hash(of: "e\u{301}") != GraphStore.hash(of: "\u{e9}"))
  }
}

/// The incremental build the CLI performs, in miniature: hash, compare,
/// extract what changed, prune what is gone.
enum IncrementalBuild {
  struct Outcome: Equatable {
    var extracted: [String]
    var removed = 0
  }

  static func run(_ corpus: [String: String], into store: GraphStore, prune: Bool = false)
    throws -> Outcome
  {
    let known = try store.knownDocuments()
    var outcome = Outcome(extracted: [])
    for (id, text) in corpus.sorted(by: { $0.key < $1.key }) {
      let hash = GraphStore.hash(of: text)
      if known[id] == hash { continue }
      try store.replace(extract(id: id, text: text), contentHash: hash)
      outcome.extracted.append(id)
    }
    if prune {
      outcome.removed = try store.remove(documentIDs: Set(known.keys).subtracting(corpus.keys))
    }
    return outcome
  }

  /// A stand-in extractor: every capitalised word is an organization.
  static func extract(id: String, text: String) -> Extraction {
    var entities: [String: EntityRecord] = [:]
    var offset = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let name = word.trimmingCharacters(in: .punctuationCharacters)
      if let first = name.first, first.isUppercase {
        let entityID = EntitySlug.id(type: .organization, name: name)
        entities[entityID, default: EntityRecord(id: entityID, type: .organization, name: name)]
          .mentions.append(
            TextSpan(text: name, start: offset, end: offset + name.unicodeScalars.count))
      }
      offset += word.unicodeScalars.count + 1
    }
    return Extraction(
      document: DocumentInfo(id: id, path: "\(id).txt"),
      entities: entities.values.sorted { $0.id < $1.id })
  }
}
