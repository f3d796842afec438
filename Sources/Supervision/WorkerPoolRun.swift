import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The state of one ``WorkerPool/run(produce:deliver:)``: jobs taken,
/// requests waiting for a worker, workers and their jobs in flight, results
/// waiting for their turn to be delivered. Everything happens on the
/// calling thread, around one `poll(2)` over the workers' channels and the
/// job queue.
final class WorkerPoolRun<Context: Sendable> {
  private let pool: WorkerPool
  private let queue: JobQueue<WorkerJob<Context>>
  private let clock = ContinuousClock()

  /// Contexts of the jobs taken and not yet delivered, by job number.
  private var contexts: [Int: Context] = [:]
  /// Requests not yet answered, by job number (kept to resend them when a
  /// worker dies with them queued).
  private var requests: [Int: [UInt8]] = [:]
  /// Finished jobs waiting for their turn; nil for jobs without a request.
  private var results: [Int: WorkerResult?] = [:]
  /// Jobs whose requests wait for a worker, oldest first.
  private var waiting: [Int] = []
  private var waitingHead = 0
  private var workers: [WorkerProcess] = []
  /// Jobs taken from the queue, and jobs delivered.
  private var taken = 0
  private var delivered = 0
  private var inputFinished = false
  private var report = WorkerPool.Report()

  init(pool: WorkerPool, queue: JobQueue<WorkerJob<Context>>) {
    self.pool = pool
    self.queue = queue
  }

  deinit {
    for worker in workers { worker.terminate() }
  }

  /// Runs until every job is delivered or `deliver` stops.
  func run(deliver: (Context, WorkerResult?) -> WorkerPool.Next) throws(WorkerPoolError) -> WorkerPool.Report {
    while true {
      // Deliver and take until neither makes progress: a delivery makes
      // room in the window, and a job without a request is done as soon as
      // it is taken. Only then may the loop wait in poll, where every job
      // still undelivered is in a worker's hands or not yet produced.
      var progressed = true
      while progressed {
        progressed = false
        while let result = results.removeValue(forKey: delivered) {
          let context = contexts.removeValue(forKey: delivered)!
          delivered += 1
          progressed = true
          if deliver(context, result) == .stop {
            report.stopped = true
            abort()
            return report
          }
        }
        let before = taken
        takeJobs()
        if taken > before { progressed = true }
      }
      if inputFinished && delivered == taken { break }
      try assignRequests()
      try pollOnce()
    }
    finish()
    return report
  }

  // MARK: - Jobs

  /// Takes jobs from the queue while the window has room.
  private func takeJobs() {
    while !inputFinished && taken - delivered < pool.window {
      let (job, finished) = queue.take()
      guard let job else {
        inputFinished = finished
        return
      }
      let number = taken
      taken += 1
      contexts[number] = job.context
      if let request = job.request {
        requests[number] = request
        waiting.append(number)
      } else {
        results[number] = .some(nil)
      }
    }
  }

  private var waitingCount: Int { waiting.count - waitingHead }

  private func nextWaiting() -> Int {
    let number = waiting[waitingHead]
    waitingHead += 1
    if waitingHead == waiting.count {
      waiting.removeAll(keepingCapacity: true)
      waitingHead = 0
    }
    return number
  }

  /// Sends waiting requests to workers, starting workers as needed: an idle
  /// worker first, then a new one while the pool has room, then the least
  /// loaded worker with room in its queue.
  private func assignRequests() throws(WorkerPoolError) {
    while waitingCount > 0 {
      let worker: WorkerProcess
      if let idle = workers.first(where: { $0.inFlight.isEmpty }) {
        worker = idle
      } else if workers.count < pool.size {
        worker = try WorkerProcess.spawn(pool.command)
        workers.append(worker)
        report.workersStarted += 1
      } else if let open = workers.filter({ $0.inFlight.count < pool.depth })
        .min(by: { $0.inFlight.count < $1.inFlight.count })
      {
        worker = open
      } else {
        return
      }
      let number = nextWaiting()
      worker.enqueue(requests[number]!)
      worker.inFlight.append(number)
      if worker.inFlight.count == 1 && worker.isReady { worker.headStarted = clock.now }
      _ = worker.writePending()
    }
  }

  // MARK: - Polling

  /// Waits for something to happen and handles it: answers, messages,
  /// room to write, new jobs, a worker's end or a request's deadline.
  private func pollOnce() throws(WorkerPoolError) {
    var descriptors: [pollfd] = []
    var owners: [Channel] = []
    if !inputFinished && queue.wakeDescriptor >= 0 && taken - delivered < pool.window {
      descriptors.append(pollfd(fd: queue.wakeDescriptor, events: Int16(POLLIN), revents: 0))
      owners.append(.queue)
    }
    for worker in workers {
      descriptors.append(pollfd(fd: worker.answerDescriptor, events: Int16(POLLIN), revents: 0))
      owners.append(.answers(worker))
      if worker.messageDescriptor >= 0 {
        descriptors.append(pollfd(fd: worker.messageDescriptor, events: Int16(POLLIN), revents: 0))
        owners.append(.messages(worker))
      }
      if worker.hasPending && worker.requestDescriptor >= 0 {
        descriptors.append(pollfd(fd: worker.requestDescriptor, events: Int16(POLLOUT), revents: 0))
        owners.append(.requests(worker))
      }
    }
    // Without a wake-up pipe, new jobs are looked for every 20 ms.
    var timeout: Int32 = inputFinished || queue.wakeDescriptor >= 0 ? -1 : 20
    if let deadline = nearestDeadline() {
      let milliseconds = Self.milliseconds(clock.now.duration(to: deadline))
      timeout = timeout < 0 ? milliseconds : min(timeout, milliseconds)
    }
    let count = descriptors.withUnsafeMutableBufferPointer { buffer in
      poll(buffer.baseAddress, nfds_t(buffer.count), timeout)
    }
    if count < 0 && errno != EINTR { return }

    var ended: [WorkerProcess] = []
    for (index, descriptor) in descriptors.enumerated() where descriptor.revents != 0 {
      switch owners[index] {
      case .queue:
        queue.drainWakeups()
      case .messages(let worker):
        _ = worker.readMessages()
      case .requests(let worker):
        _ = worker.writePending()
      case .answers(let worker):
        _ = worker.readMessages()
        let (lines, open) = worker.readAnswers()
        // Messages that come with the worker's end are its last words, not
        // the answers'.
        for line in lines { accept(line, from: worker, withMessages: open) }
        if !open { ended.append(worker) }
      }
    }
    for worker in ended { try end(worker, timedOut: false) }
    if let timeout = pool.timeout {
      let now = clock.now
      for worker in workers {
        if let started = worker.headStarted, started.duration(to: now) >= .milliseconds(Int64(timeout * 1_000)) {
          worker.terminate()
          try end(worker, timedOut: true)
        }
      }
    }
  }

  /// What a polled descriptor belongs to.
  private enum Channel {
    case queue
    case answers(WorkerProcess)
    case messages(WorkerProcess)
    case requests(WorkerProcess)
  }

  /// A duration in whole milliseconds for `poll`, rounded up, at most an
  /// hour.
  static func milliseconds(_ duration: Duration) -> Int32 {
    let (seconds, attoseconds) = duration.components
    guard seconds >= 0 else { return 0 }
    let total = seconds * 1_000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(min(total, 3_600_000))
  }

  /// The earliest moment a request in flight runs out of time.
  private func nearestDeadline() -> ContinuousClock.Instant? {
    guard let timeout = pool.timeout else { return nil }
    return workers.compactMap(\.headStarted).min().map { $0 + .milliseconds(Int64(timeout * 1_000)) }
  }

  /// Handles one line from a worker: its ready line, or an answer.
  private func accept(_ line: [UInt8], from worker: WorkerProcess, withMessages: Bool = true) {
    guard worker.isReady else {
      worker.isReady = true
      _ = worker.takeMessages()
      if !worker.inFlight.isEmpty { worker.headStarted = clock.now }
      return
    }
    guard !worker.inFlight.isEmpty else { return }
    let number = worker.inFlight.removeFirst()
    requests[number] = nil
    results[number] = .some(.answered(line, messages: withMessages ? worker.takeMessages() : ""))
    worker.headStarted = worker.inFlight.isEmpty ? nil : clock.now
  }

  /// A worker ended (or was killed): fails the request it worked on,
  /// queues the others again, and removes it.
  private func end(_ worker: WorkerProcess, timedOut: Bool) throws(WorkerPoolError) {
    guard let position = workers.firstIndex(where: { $0 === worker }) else { return }
    workers.remove(at: position)
    // Kill it if it only closed its output; a process that has ended keeps
    // its exit status.
    worker.terminate()
    let (exit, peak) = worker.reap()
    report.peakWorkerKilobytes = max(report.peakWorkerKilobytes, peak)
    // Everything the worker wrote is in the pipe now that it has ended.
    _ = worker.readMessages()
    let (lines, _) = worker.readAnswers()
    if !timedOut { for line in lines { accept(line, from: worker, withMessages: false) } }
    let message = Self.lastMessage(String(decoding: worker.recentMessages, as: UTF8.self))
    worker.closeChannels()
    guard worker.isReady else {
      throw .workerDidNotStart(executable: pool.command.executable, exit: exit, message: message)
    }
    guard let head = worker.inFlight.first else { return }
    requests[head] = nil
    results[head] = .some(.failed(timedOut ? .timedOut(seconds: pool.timeout ?? 0) : .crashed(exit, message: message)))
    report.failures += 1
    let requeued = Array(worker.inFlight.dropFirst())
    if !requeued.isEmpty {
      waiting = requeued + waiting[waitingHead...]
      waitingHead = 0
    }
  }

  /// The line of a worker's messages that says why it ended: a Swift
  /// runtime's "Fatal error: ..." when there is one, else the last line.
  static func lastMessage(_ text: String) -> String? {
    let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    let fatal = lines.last { $0.contains("Fatal error") }
    guard var line = fatal.map({ String($0[$0.range(of: "Fatal error")!.lowerBound...]) }) ?? lines.last else {
      return nil
    }
    if line.count > 300 { line = String(line.prefix(300)) + "..." }
    return line
  }

  // MARK: - Ending

  /// Lets every worker finish: closes their input and waits for them (a
  /// worker still running after 5 seconds is killed).
  private func finish() {
    for worker in workers { worker.finishInput() }
    let deadline = clock.now + .seconds(5)
    for worker in workers {
      while clock.now < deadline {
        var descriptor = pollfd(fd: worker.answerDescriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&descriptor, 1, 100)
        if descriptor.revents != 0 && !worker.readAnswers().open { break }
      }
      worker.terminate()
      let (_, peak) = worker.reap()
      report.peakWorkerKilobytes = max(report.peakWorkerKilobytes, peak)
      worker.closeChannels()
    }
    workers.removeAll()
  }

  /// Kills every worker at once.
  private func abort() {
    queue.cancel()
    for worker in workers {
      worker.terminate()
      let (_, peak) = worker.reap()
      report.peakWorkerKilobytes = max(report.peakWorkerKilobytes, peak)
      worker.closeChannels()
    }
    workers.removeAll()
  }
}
