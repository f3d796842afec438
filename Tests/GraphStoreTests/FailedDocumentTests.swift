import Foundation
import Testing

@testable import GraphStore

/// Documents whose extraction crashed or timed out are remembered with
/// their content hash, so a build does not retry them until they change.
@Suite struct FailedDocumentTests {
  static func failure(_ id: String, hash: String = "h-bad") -> FailedDocument {
    FailedDocument(id: id, path: "in/\(id).txt", contentHash: hash, reason: "crashed: signal SIGILL")
  }

  @Test func failuresAreRecordedAndReadBack() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    #expect(try store.failedDocuments().isEmpty)
    try store.recordFailure(Self.failure("a"))
    try store.recordFailure(Self.failure("b", hash: "h2"))
    // A second failure of the same document replaces the first.
    try store.recordFailure(FailedDocument(id: "a", path: nil, contentHash: "h3", reason: "timed out after 30 s"))
    let failures = try store.failedDocuments()
    #expect(failures.count == 2)
    #expect(failures["a"] == FailedDocument(id: "a", path: nil, contentHash: "h3", reason: "timed out after 30 s"))
    #expect(failures["b"] == Self.failure("b", hash: "h2"))
  }

  @Test func aFailureReplacesTheStaleExtractionAndASuccessClearsIt() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    let sample = Fixtures.sample()
    let id = sample.document.id
    try store.replace(sample, contentHash: "old")
    // The text changed and now crashes: the old extraction no longer
    // matches the text, so it goes.
    try store.recordFailure(Self.failure(id, hash: "new"))
    #expect(try store.documentHash(id: id) == nil)
    #expect(try store.extractions().isEmpty)
    #expect(try store.failedDocuments()[id]?.contentHash == "new")
    // The text changed again and extracts: the failure is forgotten.
    try store.replace(sample, contentHash: "newer")
    #expect(try store.failedDocuments().isEmpty)
    #expect(try store.extractions() == [sample])
  }

  @Test func pruningRemovesFailuresToo() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    try store.recordFailure(Self.failure("gone"))
    try store.recordFailure(Self.failure("kept"))
    try store.remove(documentIDs: ["gone"])
    #expect(Array(try store.failedDocuments().keys) == ["kept"])
  }

  @Test func jsonLinesFieldsOfTheDocumentAreKept() throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    var sample = Fixtures.sample()
    sample.document.url = "https://example.org/a"
    sample.document.title = "A headline"
    sample.document.source = "Example News"
    try store.replace(sample, contentHash: "h")
    #expect(try store.extractions() == [sample])
  }
}
