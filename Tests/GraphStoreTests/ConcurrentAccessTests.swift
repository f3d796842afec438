import Dispatch
import Foundation
import Synchronization
import Testing

@testable import GraphStore

/// Readers in another connection (another process, in real use) while a
/// build writes: WAL snapshots, one transaction per document.
@Suite struct ConcurrentAccessTests {
  /// A value handed from a background thread to the test.
  final class Shared<Value: Sendable>: Sendable {
    private let value: Mutex<Value>
    init(_ value: Value) { self.value = Mutex(value) }
    func set(_ newValue: Value) { value.withLock { $0 = newValue } }
    func get() -> Value { value.withLock { $0 } }
  }

  @Test func readerSeesThePreviousVersionWhileAWriteIsOpen() throws {
    let folder = ScratchFolder()
    let writer = try GraphStore(path: folder.path())
    let originals = (0..<20).map { Fixtures.synthetic(index: $0) }
    for extraction in originals {
      try writer.replace(extraction, contentHash: "v1")
    }
    let inside = DispatchSemaphore(value: 0)
    let proceed = DispatchSemaphore(value: 0)
    let finished = DispatchSemaphore(value: 0)
    let failure = Shared<String?>(nil)
    let changed = Fixtures.synthetic(index: 5, version: 2)
    let added = Fixtures.synthetic(index: 99)
    Thread {
      do {
        try writer.replace(changed, contentHash: "v2") { _ in
          inside.signal()
          _ = proceed.wait(timeout: .now() + 60)
        }
        try writer.replace(added, contentHash: "v1")
      } catch {
        failure.set("\(error)")
      }
      finished.signal()
    }.start()
    #expect(inside.wait(timeout: .now() + 60) == .success)

    // A second store on the same file, opened while the write is open.
    let reader = try GraphStore(path: folder.path())
    #expect(try reader.extractions() == originals)
    #expect(try reader.documentHash(id: changed.document.id) == "v1")
    #expect(try reader.graph().documents.count == 20)

    proceed.signal()
    #expect(finished.wait(timeout: .now() + 60) == .success)
    #expect(failure.get() == nil)
    #expect(try reader.extraction(id: changed.document.id) == changed)
    #expect(try reader.documentHash(id: changed.document.id) == "v2")
    #expect(try reader.knownDocuments().count == 21)
  }

  @Test func readersDuringABuildSeeWholeDocumentsOnly() throws {
    let folder = ScratchFolder()
    let writer = try GraphStore(path: folder.path())
    let reader = try GraphStore(path: folder.path())
    let count = 150
    let expected = (0..<count).map { Fixtures.synthetic(index: $0) }
    let finished = Shared(false)
    let failure = Shared<String?>(nil)
    Thread {
      do {
        for extraction in expected {
          try writer.replace(extraction, contentHash: extraction.document.id)
        }
      } catch {
        failure.set("\(error)")
      }
      finished.set(true)
    }.start()
    let byID = Dictionary(uniqueKeysWithValues: expected.map { ($0.document.id, $0) })
    var snapshots = 0
    var sizes = Set<Int>()
    while true {
      let done = finished.get()
      let seen = try reader.extractions()
      snapshots += 1
      sizes.insert(seen.count)
      // Documents are written in id order, so a snapshot is a prefix, and
      // every document in it is complete.
      #expect(seen.map(\.document.id) == expected.prefix(seen.count).map(\.document.id))
      for extraction in seen where byID[extraction.document.id] != extraction {
        Issue.record("partial document \(extraction.document.id) in a snapshot")
      }
      if done { break }
    }
    #expect(failure.get() == nil)
    #expect(try reader.extractions() == expected)
    #expect(snapshots >= 1)
    #expect(sizes.contains(count))
  }

  @Test func aWriteInterruptedInsideItsTransactionLeavesThePreviousState() throws {
    struct Interrupted: Error {}
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    let original = Fixtures.sample(id: "doc")
    try store.replace(original, contentHash: "v1")
    let before = try store.rowCounts()

    #expect(throws: StoreError.self) {
      try store.replace(Fixtures.sample(id: "doc", version: 2), contentHash: "v2") { _ in
        throw Interrupted()
      }
    }
    #expect(throws: StoreError.self) {
      try store.replace(Fixtures.sample(id: "new"), contentHash: "n1") { _ in
        throw Interrupted()
      }
    }
    #expect(try store.extractions() == [original])
    #expect(try store.knownDocuments() == ["doc": "v1"])
    #expect(try store.rowCounts() == before)

    // The store is still usable afterwards.
    try store.replace(Fixtures.sample(id: "doc", version: 2), contentHash: "v2")
    #expect(try store.documentHash(id: "doc") == "v2")
  }

  @Test func concurrentWritersFromManyTasksAreSerialized() async throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    let extractions = (0..<40).map { Fixtures.synthetic(index: $0) }
    try await withThrowingTaskGroup(of: Void.self) { group in
      for extraction in extractions {
        group.addTask { try store.replace(extraction, contentHash: extraction.document.id) }
      }
      try await group.waitForAll()
    }
    #expect(try store.extractions() == extractions)
  }
}
