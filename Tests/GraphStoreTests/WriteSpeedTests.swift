import Foundation
import KnowledgeGraph
import Testing

@testable import GraphStore

#if canImport(Glibc)
  import Glibc
#endif

/// Stores a corpus the size of the BBC set (2,225 documents) and prints how
/// long it took. No timing is asserted: the figures are for reading, best
/// taken alone and in release mode:
///
/// ```sh
/// swift test -c release -Xswiftc -enable-testing --filter WriteSpeedTests
/// ```
@Suite(.serialized) struct WriteSpeedTests {
  static let corpus = (0..<2_225).map { Fixtures.synthetic(index: $0) }

  @Test(arguments: [1, 64])
  func storingTheBBCCorpusSize(batchSize: Int) throws {
    let folder = ScratchFolder()
    let store = try GraphStore(path: folder.path())
    let extractions = Self.corpus
    let write = try Measure.run {
      var start = 0
      while start < extractions.count {
        let batch = extractions[start..<min(start + batchSize, extractions.count)]
        try store.replace(contentsOf: batch.map { ($0, $0.document.id) })
        start += batchSize
      }
    }
    var read: [Extraction] = []
    let readBack = try Measure.run { read = try store.extractions() }
    #if DEBUG
      // KnowledgeGraph.merge is far slower unoptimised; time it in release.
      let merge = "(release builds only)"
    #else
      let merge = try Measure.run { _ = try store.graph() }
    #endif
    let known = try store.knownDocuments()
    let counts = try store.rowCounts()
    print(
      """
      GraphStore, \(extractions.count) documents (\(counts["entity"] ?? 0) entities, \
      \(counts["mention"] ?? 0) mentions, \(counts["statement"] ?? 0) statements), \
      \(batchSize == 1 ? "one transaction per document" : "\(batchSize) documents per transaction"): \
      stored in \(write); extractions() in \(readBack); graph() in \(merge)
      """)
    #expect(read == extractions)
    #expect(known.count == extractions.count)
  }
}

/// Wall-clock and process CPU time of a piece of work.
struct Measure: CustomStringConvertible {
  var wall: Double
  var cpu: Double

  static func run(_ work: () throws -> Void) rethrows -> Measure {
    let cpuStart = processCPUTime()
    let start = ContinuousClock.now
    try work()
    let elapsed = ContinuousClock.now - start
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return Measure(wall: seconds, cpu: processCPUTime() - cpuStart)
  }

  var description: String {
    String(format: "%.2f s (%.2f s CPU)", wall, cpu)
  }

  /// User plus system time of the whole process, in seconds.
  static func processCPUTime() -> Double {
    #if canImport(Glibc)
      var usage = rusage()
      getrusage(RUSAGE_SELF.rawValue, &usage)
      return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    #else
      return 0
    #endif
  }
}
