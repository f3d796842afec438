import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// One running worker: its process and the three channels to it.
///
/// Requests go through a Unix socket (written with `MSG_NOSIGNAL`, so a
/// dead worker gives an error rather than a `SIGPIPE` that would end the
/// supervisor); answers and messages come back through two pipes. The
/// supervisor's ends are non-blocking and close-on-exec (so one worker never
/// holds another's channels open). The object owns the process: `deinit`
/// kills it if it still runs, reaps it and closes the descriptors.
final class WorkerProcess {
  /// The process id.
  let pid: pid_t
  /// Where requests are written (the worker's standard input).
  private(set) var requestDescriptor: Int32
  /// Where answers are read (the worker's standard output).
  private(set) var answerDescriptor: Int32
  /// Where messages are read (the worker's standard error).
  private(set) var messageDescriptor: Int32

  /// Request bytes not yet written, from `pendingOffset`.
  var pending: [UInt8] = []
  var pendingOffset = 0
  /// Answer bytes read but not yet split into lines; lines end before
  /// `answerScan` have been searched for a newline.
  var answers: [UInt8] = []
  var answerScan = 0
  /// What the worker wrote on standard error since its last answer.
  var messages: [UInt8] = []
  /// The last few kilobytes it wrote on standard error, kept for the
  /// reason of a crash (``messages`` may have gone with an answer that
  /// arrived in the same instant).
  private(set) var recentMessages: [UInt8] = []
  /// Whether it has written its ready line.
  var isReady = false
  /// The jobs sent to it and not yet answered, oldest (the one it works
  /// on) first.
  var inFlight: [Int] = []
  /// When it started on the oldest job in flight.
  var headStarted: ContinuousClock.Instant?
  /// Whether it has been reaped.
  private var reaped = false
  /// Scratch space for reads.
  private var chunk = [UInt8](repeating: 0, count: 65_536)

  private init(pid: pid_t, request: Int32, answer: Int32, message: Int32) {
    self.pid = pid
    requestDescriptor = request
    answerDescriptor = answer
    messageDescriptor = message
  }

  deinit {
    if !reaped {
      kill(pid, SIGKILL)
      _ = reap()
    }
    closeChannels()
  }

  /// Starts a worker.
  ///
  /// - Parameter command: What to run.
  /// - Returns: The running worker.
  /// - Throws: ``WorkerPoolError/cannotStart(executable:reason:)``.
  static func spawn(_ command: WorkerCommand) throws(WorkerPoolError) -> WorkerProcess {
    func failure(_ what: String) -> WorkerPoolError {
      .cannotStart(executable: command.executable, reason: "\(what): \(String(cString: strerror(errno)))")
    }
    var request: [Int32] = [-1, -1]
    var answer: [Int32] = [-1, -1]
    var message: [Int32] = [-1, -1]
    guard socketpair(AF_UNIX, Self.streamSocket | Self.closeOnExecSocket, 0, &request) == 0 else {
      throw failure("socketpair")
    }
    guard makePipe(&answer) else {
      close(request[0]); close(request[1])
      throw failure("pipe")
    }
    guard makePipe(&message) else {
      for descriptor in request + answer { close(descriptor) }
      throw failure("pipe")
    }
    // The child's ends: request[1] -> 0, answer[1] -> 1, message[1] -> 2.
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, request[1], 0)
    posix_spawn_file_actions_adddup2(&actions, answer[1], 1)
    posix_spawn_file_actions_adddup2(&actions, message[1], 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var environment = ProcessInfo.processInfo.environment
    environment.merge(command.environment) { _, new in new }
    let argv = ([command.executable] + command.arguments).map { strdup($0) } + [nil]
    let envp = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, command.executable, &actions, &attributes, argv, envp)
    close(request[1])
    close(answer[1])
    close(message[1])
    guard status == 0 else {
      close(request[0]); close(answer[0]); close(message[0])
      errno = status
      throw failure("posix_spawn")
    }
    for descriptor in [request[0], answer[0], message[0]] {
      _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
    }
    return WorkerProcess(pid: pid, request: request[0], answer: answer[0], message: message[0])
  }

  /// `pipe(2)` with both ends close-on-exec (workers are started from one
  /// thread only, so no other spawn can inherit them in between).
  static func makePipe(_ descriptors: inout [Int32]) -> Bool {
    guard pipe(&descriptors) == 0 else { return false }
    for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    return true
  }

  #if canImport(Glibc)
    private static let streamSocket = Int32(SOCK_STREAM.rawValue)
    private static let closeOnExecSocket = Int32(SOCK_CLOEXEC.rawValue)
    private static let noSignal = Int32(MSG_NOSIGNAL)
  #else
    private static let streamSocket = SOCK_STREAM
    private static let closeOnExecSocket: Int32 = 0
    private static let noSignal: Int32 = 0
  #endif

  // MARK: - Channels

  /// Queues a request line (a newline is added).
  func enqueue(_ request: [UInt8]) {
    if pendingOffset == pending.count {
      pending.removeAll(keepingCapacity: true)
      pendingOffset = 0
    }
    pending.append(contentsOf: request)
    pending.append(10)
  }

  /// Whether request bytes are waiting to be written.
  var hasPending: Bool { pendingOffset < pending.count }

  /// Writes as much of the pending requests as the socket takes.
  ///
  /// - Returns: False when the worker is gone (the socket refused).
  func writePending() -> Bool {
    while pendingOffset < pending.count {
      let written = pending.withUnsafeBytes { buffer in
        send(
          requestDescriptor, buffer.baseAddress! + pendingOffset, buffer.count - pendingOffset,
          Self.noSignal)
      }
      if written > 0 {
        pendingOffset += written
      } else if written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) {
        return true
      } else {
        return false
      }
    }
    return true
  }

  /// Reads what is available from a channel into `buffer`.
  ///
  /// - Returns: False at the end of the channel (the worker closed it).
  private func drain(_ descriptor: Int32, into buffer: inout [UInt8]) -> Bool {
    while true {
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        buffer.append(contentsOf: chunk[0..<count])
      } else if count == 0 {
        return false
      } else if errno == EINTR {
        continue
      } else {
        // EAGAIN: nothing more for now; any other error ends the channel.
        return errno == EAGAIN || errno == EWOULDBLOCK
      }
    }
  }

  /// Reads available answers.
  ///
  /// - Returns: The complete lines read (without newlines), and whether the
  ///   answer channel is still open.
  func readAnswers() -> (lines: [[UInt8]], open: Bool) {
    let open = drain(answerDescriptor, into: &answers)
    var lines: [[UInt8]] = []
    var start = 0
    var index = answerScan
    while let newline = answers[index...].firstIndex(of: 10) {
      lines.append(Array(answers[start..<newline]))
      start = newline + 1
      index = start
    }
    if start > 0 {
      answers.removeSubrange(0..<start)
    }
    answerScan = answers.count
    return (lines, open)
  }

  /// Reads available messages (standard error).
  ///
  /// - Returns: Whether the message channel is still open.
  func readMessages() -> Bool {
    guard messageDescriptor >= 0 else { return false }
    let before = messages.count
    let open = drain(messageDescriptor, into: &messages)
    if messages.count > before {
      recentMessages.append(contentsOf: messages[before...])
      if recentMessages.count > 8_192 { recentMessages.removeFirst(recentMessages.count - 8_192) }
    }
    if !open {
      close(messageDescriptor)
      messageDescriptor = -1
    }
    return open
  }

  /// Takes the messages written so far, as text.
  func takeMessages() -> String {
    defer { messages.removeAll(keepingCapacity: true) }
    return String(decoding: messages, as: UTF8.self)
  }

  // MARK: - Ending

  /// Asks the worker to finish: closes its input, so it exits after the
  /// requests it has.
  func finishInput() {
    guard requestDescriptor >= 0 else { return }
    close(requestDescriptor)
    requestDescriptor = -1
  }

  /// Kills the worker at once (`SIGKILL`).
  func terminate() {
    if !reaped { kill(pid, SIGKILL) }
  }

  /// Waits for the worker to end and collects how it ended.
  ///
  /// - Returns: How it ended, and its peak resident memory in kilobytes.
  func reap() -> (exit: WorkerExit, peakKilobytes: Int) {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    reaped = true
    return (WorkerExit(waitStatus: status), Int(usage.ru_maxrss))
  }

  /// Closes every channel.
  func closeChannels() {
    for descriptor in [requestDescriptor, answerDescriptor, messageDescriptor] where descriptor >= 0 {
      close(descriptor)
    }
    requestDescriptor = -1
    answerDescriptor = -1
    messageDescriptor = -1
  }
}
