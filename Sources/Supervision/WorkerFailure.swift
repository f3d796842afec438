#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a request got no answer: the worker died on it, or took too long.
///
/// The pool attributes a failure to the request the worker was working on
/// (workers answer one request at a time, in order), replaces the worker,
/// and sends the requests queued behind it to another worker.
public enum WorkerFailure: Error, Sendable, Equatable, CustomStringConvertible {
  /// The worker ended while working on the request: a trap, a signal, or
  /// an exit. `message` is the last thing it wrote on standard error (for
  /// a Swift trap, the `Fatal error: ...` line), when there was one.
  case crashed(WorkerExit, message: String?)
  /// The request was still running after the pool's time budget; the
  /// worker was killed.
  case timedOut(seconds: Double)
  /// The worker wrote something that is not an answer (a protocol error).
  case malformedAnswer(String)

  /// A short reason: "crashed: signal SIGILL (a trap): Fatal error: ...",
  /// "timed out after 30 s".
  public var description: String {
    switch self {
    case .crashed(let exit, let message):
      "crashed: \(exit)" + (message.map { ": \($0)" } ?? "")
    case .timedOut(let seconds):
      "timed out after \(WorkerFailure.format(seconds)) s"
    case .malformedAnswer(let reason):
      "worker protocol error: \(reason)"
    }
  }

  /// Seconds without a needless ".0".
  static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() && seconds < 1e9 ? String(Int(seconds)) : String(seconds)
  }
}

/// How a worker process ended.
public enum WorkerExit: Sendable, Equatable, CustomStringConvertible {
  /// It called `exit` with this status.
  case exited(Int32)
  /// A signal ended it (a Swift trap is `SIGILL` on x86-64, `SIGTRAP` on
  /// arm64; `SIGKILL` from outside is often the out-of-memory killer).
  case signalled(Int32)

  /// Reads a `waitpid` status.
  ///
  /// - Parameter status: The status `waitpid` stored.
  init(waitStatus status: Int32) {
    // WIFEXITED / WEXITSTATUS / WTERMSIG, which Swift does not import.
    let signal = status & 0x7F
    self = signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
  }

  public var description: String {
    switch self {
    case .exited(let status):
      "exited with status \(status)"
    case .signalled(let number):
      "signal \(Self.name(of: number))"
    }
  }

  /// A signal's name and what it usually means here.
  static func name(of signal: Int32) -> String {
    switch signal {
    case SIGILL: "SIGILL (a trap: a Swift runtime check failed)"
    case SIGTRAP: "SIGTRAP (a trap: a Swift runtime check failed)"
    case SIGSEGV: "SIGSEGV (invalid memory access)"
    case SIGBUS: "SIGBUS (invalid memory access)"
    case SIGABRT: "SIGABRT (aborted)"
    case SIGFPE: "SIGFPE (arithmetic error)"
    case SIGKILL: "SIGKILL (killed from outside, often for running out of memory)"
    default: "\(signal)" + (strsignal(signal).map { " (\(String(cString: $0)))" } ?? "")
    }
  }
}
