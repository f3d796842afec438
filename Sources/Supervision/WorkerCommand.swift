/// The program a ``WorkerPool`` starts for each of its workers.
///
/// A worker is any program that speaks the pool's line protocol on its
/// standard input and output:
///
/// 1. When it is ready (models loaded), it writes one line (its content is
///    not read).
/// 2. Then, for each line it reads on standard input (a request), it writes
///    exactly one line on standard output (the answer), in order, one
///    request at a time.
/// 3. At the end of its input it exits.
///
/// What it writes on standard error is kept and reported with the request it
/// was working on: a crash's last message becomes part of the failure.
///
/// ```swift
/// let command = WorkerCommand(
///   executable: "/usr/bin/newsgraph", arguments: ["worker", "--names", "models"])
/// ```
public struct WorkerCommand: Sendable, Equatable {
  /// The executable's absolute path.
  public var executable: String
  /// The arguments after the program name.
  public var arguments: [String]
  /// Environment variables set for the worker on top of the pool's own
  /// environment (which the worker inherits).
  public var environment: [String: String]

  /// Creates a command.
  ///
  /// - Parameters:
  ///   - executable: The executable's absolute path.
  ///   - arguments: The arguments after the program name.
  ///   - environment: Variables to set (or override) for the worker.
  public init(executable: String, arguments: [String] = [], environment: [String: String] = [:]) {
    self.executable = executable
    self.arguments = arguments
    self.environment = environment
  }
}
