/// Errors that stop a whole ``WorkerPool`` run (a single request's failure
/// is a ``WorkerFailure`` and never stops the run).
public enum WorkerPoolError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A worker could not be started (`posix_spawn`, `pipe` or `socketpair`
  /// failed).
  case cannotStart(executable: String, reason: String)
  /// A worker ended before it said it was ready: the program itself is
  /// broken (models missing, bad arguments), not any one request.
  case workerDidNotStart(executable: String, exit: WorkerExit, message: String?)

  public var description: String {
    switch self {
    case .cannotStart(let executable, let reason):
      "\(executable): cannot start a worker: \(reason)"
    case .workerDidNotStart(let executable, let exit, let message):
      "\(executable): a worker \(exit) before it was ready" + (message.map { ": \($0)" } ?? "")
    }
  }
}
