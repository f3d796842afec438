import Foundation
import Testing

@testable import Supervision

#if canImport(Glibc)
  import Glibc
#endif

/// Workers are small shell scripts speaking the pool's line protocol: a
/// ready line, then one answer line per request line.
@Suite("WorkerPool")
struct WorkerPoolTests {
  /// A worker that echoes each request, crashes with SIGILL on "crash"
  /// (after a "Fatal error" message), spins on "loop", and exits with
  /// status 3 on "exit".
  static let script = """
    echo ready
    while IFS= read -r line; do
      case "$line" in
        *crash*) echo "worker.swift:12: Fatal error: Range requires lowerBound <= upperBound" >&2; kill -ILL $$ ;;
        *loop*) while :; do :; done ;;
        *exit*) exit 3 ;;
        *warn*) echo "a note on standard error" >&2; printf '%s\\n' "$line" ;;
        *) printf '%s\\n' "$line" ;;
      esac
    done
    """

  static func pool(size: Int = 2, timeout: Double? = nil, depth: Int = 2, script: String = script) -> WorkerPool {
    WorkerPool(
      command: WorkerCommand(executable: "/bin/sh", arguments: ["-c", script]), size: size, timeout: timeout,
      depth: depth)
  }

  /// Runs lines through a pool; nil requests are jobs without a request.
  static func run(_ pool: WorkerPool, _ lines: [String?]) throws -> (results: [(Int, WorkerResult?)], report: WorkerPool.Report) {
    var results: [(Int, WorkerResult?)] = []
    let report = try pool.run(
      produce: { sink in
        for (index, line) in lines.enumerated() {
          guard sink.add(index, request: line.map { Array($0.utf8) }) else { return }
        }
      },
      deliver: { index, result in
        results.append((index, result))
        return .proceed
      })
    return (results, report)
  }

  static func answer(_ result: WorkerResult?) -> String? {
    guard case .answered(let bytes, _) = result else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func answersComeBackInJobOrder() throws {
    let lines = (0..<200).map { "request \($0)" }
    let (results, report) = try Self.run(Self.pool(size: 3), lines)
    #expect(results.map(\.0) == Array(0..<200))
    #expect(results.map { Self.answer($0.1) } == lines)
    #expect(report.workersStarted == 3)
    #expect(report.failures == 0)
    #expect(report.peakWorkerKilobytes > 0)
  }

  @Test func jobsWithoutARequestKeepTheirPlaceAndStartNoWorker() throws {
    let (results, report) = try Self.run(Self.pool(), [nil, nil, nil])
    #expect(results.map(\.0) == [0, 1, 2])
    #expect(results.allSatisfy { $0.1 == nil })
    #expect(report.workersStarted == 0)

    let (mixed, _) = try Self.run(Self.pool(), ["a", nil, "b", nil])
    #expect(mixed.map(\.0) == [0, 1, 2, 3])
    #expect(mixed.map { Self.answer($0.1) } == ["a", nil, "b", nil])
  }

  @Test func aCrashFailsOnlyTheRequestItHappenedOn() throws {
    let lines = ["one", "two", "crash here", "three", "four", "five"]
    let (results, report) = try Self.run(Self.pool(size: 1), lines)
    #expect(results.map(\.0) == Array(0..<6))
    #expect(results.map { Self.answer($0.1) } == ["one", "two", nil, "three", "four", "five"])
    let failure = try #require(results[2].1)
    #expect(
      failure
        == .failed(.crashed(.signalled(SIGILL), message: "Fatal error: Range requires lowerBound <= upperBound")))
    #expect(report.failures == 1)
    // The crashed worker was replaced, and the requests queued behind the
    // crash went to the replacement.
    #expect(report.workersStarted == 2)
  }

  @Test func anExitIsACrashToo() throws {
    let (results, _) = try Self.run(Self.pool(size: 2), ["a", "exit", "b"])
    #expect(results[1].1 == .failed(.crashed(.exited(3), message: nil)))
    #expect(Self.answer(results[2].1) == "b")
  }

  @Test func aRequestPastItsTimeIsKilledAndTheOthersGoOn() throws {
    let started = Date()
    let lines = ["a", "loop", "b", "c", "loop again", "d"]
    let (results, report) = try Self.run(Self.pool(size: 2, timeout: 0.5), lines)
    #expect(results.map { Self.answer($0.1) } == ["a", nil, "b", "c", nil, "d"])
    #expect(results[1].1 == .failed(.timedOut(seconds: 0.5)))
    #expect(results[4].1 == .failed(.timedOut(seconds: 0.5)))
    #expect(report.failures == 2)
    #expect(Date().timeIntervalSince(started) < 10)
  }

  @Test func messagesTravelWithTheirAnswer() throws {
    // With one request at a time per worker the attribution is exact.
    let (results, _) = try Self.run(Self.pool(size: 1, depth: 1), ["quiet", "warn me", "quiet"])
    #expect(results[0].1 == .answered(Array("quiet".utf8), messages: ""))
    #expect(results[1].1 == .answered(Array("warn me".utf8), messages: "a note on standard error\n"))
  }

  @Test func aWorkerThatNeverStartsStopsTheRun() throws {
    let broken = Self.pool(script: "echo 'cannot load models' >&2; exit 2")
    #expect(
      throws: WorkerPoolError.workerDidNotStart(
        executable: "/bin/sh", exit: .exited(2), message: "cannot load models")
    ) {
      _ = try Self.run(broken, ["a", "b"])
    }
  }

  @Test func aMissingProgramCannotStart() throws {
    let pool = WorkerPool(command: WorkerCommand(executable: "/nonexistent/worker"), size: 1)
    #expect(throws: WorkerPoolError.self) { _ = try Self.run(pool, ["a"]) }
  }

  @Test func longLinesBothWaysDoNotDeadlock() throws {
    // Megabyte requests and answers fill every pipe buffer on the way.
    let pool = Self.pool(size: 2, script: "echo ready; exec cat")
    let lines = (0..<12).map { String(repeating: Character(UnicodeScalar(UInt8(97 + $0))), count: 1_000_000) }
    let (results, _) = try Self.run(pool, lines)
    #expect(results.map { Self.answer($0.1) } == lines)
  }

  @Test func stoppingKillsTheWorkersAndTheProducer() throws {
    let produced = Counter()
    var delivered = 0
    let report = try Self.pool(size: 2).run(
      produce: { sink in
        for index in 0..<100_000 {
          guard sink.add(index, request: Array("job \(index)".utf8)) else { return }
          produced.increment()
        }
      },
      deliver: { _, _ in
        delivered += 1
        return delivered == 10 ? .stop : .proceed
      })
    #expect(report.stopped)
    #expect(delivered == 10)
    // The window bounds how far the producer ran ahead.
    #expect(produced.value < 1_000)
  }

  @Test func resultsFlowBeforeTheInputEnds() throws {
    // The producer waits for the first result before it adds the second
    // job: a pool that waited for the end of its input would hang here.
    let firstDelivered = DispatchSemaphore(value: 0)
    var answers: [String?] = []
    _ = try Self.pool(size: 2).run(
      produce: { sink in
        sink.add(0, request: Array("first".utf8))
        guard firstDelivered.wait(timeout: .now() + 20) == .success else { return }
        sink.add(1, request: Array("second".utf8))
      },
      deliver: { index, result in
        answers.append(Self.answer(result))
        if index == 0 { firstDelivered.signal() }
        return .proceed
      })
    #expect(answers == ["first", "second"])
  }

  // A hang fails at the limit; the test itself takes well under a second,
  // but once took over a minute under AddressSanitizer on a loaded machine.
  @Test(.timeLimit(.minutes(3)))
  func aFullWindowThatEmptiesAtOnceStillTakesTheRest() throws {
    // The worker answers in pairs, so both jobs of a full window (2) are
    // delivered in one go while the rest wait in the queue with their
    // wake-ups already read: the pool must take them without a new one.
    let pairs = """
      echo ready
      while IFS= read -r a && IFS= read -r b; do printf '%s\n%s\n' "$a" "$b"; done
      [ -n "$a" ] && printf '%s\n' "$a"
      """
    let pool = WorkerPool(
      command: WorkerCommand(executable: "/bin/sh", arguments: ["-c", pairs]), size: 1, depth: 2, window: 2)
    var answers: [String?] = []
    _ = try pool.run(
      produce: { sink in
        sink.add(0, request: Array("job 0".utf8))
        Thread.sleep(forTimeInterval: 0.2)
        // An even count: the worker answers only whole pairs.
        for index in 1..<8 { sink.add(index, request: Array("job \(index)".utf8)) }
      },
      deliver: { _, result in
        answers.append(Self.answer(result))
        return .proceed
      })
    #expect(answers == (0..<8).map { "job \($0)" })
  }

  @Test func theFailureNamesTheSignalAndTheMessage() {
    #expect(
      WorkerFailure.crashed(.signalled(SIGILL), message: "Fatal error: boom").description
        == "crashed: signal SIGILL (a trap: a Swift runtime check failed): Fatal error: boom")
    #expect(WorkerFailure.timedOut(seconds: 30).description == "timed out after 30 s")
    #expect(WorkerFailure.timedOut(seconds: 0.5).description == "timed out after 0.5 s")
    #expect(WorkerFailure.crashed(.exited(3), message: nil).description == "crashed: exited with status 3")
    #expect(WorkerExit(waitStatus: 3 << 8) == .exited(3))
    #expect(WorkerExit(waitStatus: SIGSEGV) == .signalled(SIGSEGV))
  }

  @Test func theLastMessagePrefersTheFatalError() {
    let text = """
      note: something
      Swift/Range.swift:744: Fatal error: Range requires lowerBound <= upperBound
      Current stack trace:
      0 ...

      """
    #expect(WorkerPoolRun<Int>.lastMessage(text) == "Fatal error: Range requires lowerBound <= upperBound")
    #expect(WorkerPoolRun<Int>.lastMessage("first\nlast line\n\n") == "last line")
    #expect(WorkerPoolRun<Int>.lastMessage("\n \n") == nil)
  }
}

/// A count shared with the producer thread.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0
  var value: Int { lock.withLock { count } }
  func increment() { lock.withLock { count += 1 } }
}
