import Foundation

/// Runs jobs in supervised worker processes, so that a job that crashes its
/// worker (a trap, a signal) or runs past a time budget fails alone: the
/// worker is replaced and the other jobs go on.
///
/// A producer (run on a thread of its own) adds jobs to a bounded queue;
/// each job carries a context that the pool hands back untouched and, when
/// it needs a worker, a request line. The pool sends requests to up to
/// ``size`` workers (``WorkerCommand`` describes the line protocol), each
/// with at most ``depth`` requests queued, and calls `deliver` once per job
/// **in the order the jobs were added**, as soon as that job and every job
/// before it are done. At most ``window`` jobs are taken from the queue and
/// not yet delivered, so memory stays bounded and a stream of any length
/// flows through.
///
/// Workers answer one request at a time, in order, so a worker's death is
/// attributed exactly to the oldest request it had not answered (no
/// bisecting is needed); the requests queued behind it go to another
/// worker. A request's time budget starts when its worker starts on it.
///
/// ```swift
/// let pool = WorkerPool(command: command, size: 2, timeout: 30)
/// let report = try pool.run(produce: { sink in
///   for (index, line) in lines.enumerated() {
///     guard sink.add(index, request: Array(line.utf8)) else { return }
///   }
/// }, deliver: { index, result in
///   print(index, result as Any)
///   return .proceed
/// })
/// ```
///
/// Workers start only when a job needs one (a run whose jobs carry no
/// request starts none), and read their models once for all their jobs.
public struct WorkerPool: Sendable {
  /// The program each worker runs.
  public var command: WorkerCommand
  /// How many workers run at once.
  public var size: Int
  /// Seconds a request may run before its worker is killed; nil for no
  /// limit.
  public var timeout: Double?
  /// How many requests a worker holds at once: the one it works on and
  /// those queued behind it, so it never waits for the next one.
  public var depth: Int
  /// How many jobs may be taken and not yet delivered.
  public var window: Int

  /// What a run did.
  public struct Report: Sendable, Equatable {
    /// Worker processes started, counting replacements.
    public var workersStarted = 0
    /// Requests that failed (crash or timeout).
    public var failures = 0
    /// The largest peak resident memory of any worker, in kilobytes.
    public var peakWorkerKilobytes = 0
    /// Whether `deliver` stopped the run before every job was delivered.
    public var stopped = false

    /// Creates an empty report.
    public init() {}
  }

  /// What `deliver` wants next.
  public enum Next: Sendable {
    /// Go on with the next job.
    case proceed
    /// Stop now: kill the workers and return.
    case stop
  }

  /// Creates a pool.
  ///
  /// - Parameters:
  ///   - command: The program each worker runs.
  ///   - size: How many workers run at once (at least 1).
  ///   - timeout: Seconds a request may run; nil (or 0) for no limit.
  ///   - depth: Requests held by one worker at once (at least 1).
  ///   - window: Jobs taken and not yet delivered; at least `size * depth`.
  public init(
    command: WorkerCommand, size: Int, timeout: Double? = nil, depth: Int = 2, window: Int? = nil
  ) {
    self.command = command
    self.size = max(1, size)
    self.timeout = timeout.flatMap { $0 > 0 ? $0 : nil }
    self.depth = max(1, depth)
    self.window = max(self.size * self.depth, window ?? self.size * self.depth * 4)
  }

  /// Runs every job the producer adds and delivers each result in order.
  ///
  /// - Parameters:
  ///   - produce: Adds jobs with ``JobSink/add(_:request:)``; runs on a
  ///     thread of its own, and the run ends after it returns and every job
  ///     is delivered. When ``JobSink/add(_:request:)`` returns false the
  ///     run has stopped and the producer should return.
  ///   - deliver: Called on the calling thread, once per job, in the order
  ///     the jobs were added, with the job's context and its result (nil
  ///     for a job without a request).
  /// - Returns: What the run did.
  /// - Throws: ``WorkerPoolError`` when a worker cannot be started or dies
  ///   before it is ready (the program is broken, not one request).
  public func run<Context: Sendable>(
    produce: @escaping @Sendable (JobSink<Context>) -> Void,
    deliver: (Context, WorkerResult?) -> Next
  ) throws(WorkerPoolError) -> Report {
    let queue = JobQueue<WorkerJob<Context>>(capacity: window)
    let sink = JobSink(queue: queue)
    let producer = Thread {
      produce(sink)
      queue.finish()
    }
    producer.start()
    let run = WorkerPoolRun(pool: self, queue: queue)
    defer { queue.cancel() }
    return try run.run(deliver: deliver)
  }
}

/// One job for a ``WorkerPool``: a context handed back with the result,
/// and the request line when the job needs a worker.
public struct WorkerJob<Context: Sendable>: Sendable {
  /// Handed back to `deliver` untouched.
  public var context: Context
  /// One request line (without its newline), or nil for a job that needs
  /// no worker and is only delivered in its place in the order.
  public var request: [UInt8]?
}

/// How the producer adds jobs to a running ``WorkerPool``.
public struct JobSink<Context: Sendable>: Sendable {
  let queue: JobQueue<WorkerJob<Context>>

  /// Adds a job, waiting while the pool's queue is full.
  ///
  /// - Parameters:
  ///   - context: Handed back to `deliver` with the result.
  ///   - request: One request line without a newline (it must contain
  ///     none), or nil for a job that needs no worker.
  /// - Returns: False when the run has stopped: add nothing more.
  @discardableResult
  public func add(_ context: Context, request: [UInt8]?) -> Bool {
    queue.add(WorkerJob(context: context, request: request))
  }
}

/// What came of one request.
public enum WorkerResult: Sendable, Equatable {
  /// The worker's answer line (without its newline), and what it wrote on
  /// standard error since its previous answer (exact with a ``WorkerPool``
  /// depth of 1; with more, a message written just before an answer may
  /// arrive with the previous one).
  case answered([UInt8], messages: String)
  /// No answer: the worker crashed or ran out of time on this request.
  case failed(WorkerFailure)
}
