import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A bounded queue from a producer thread to the pool's loop, which waits
/// on it with `poll(2)` beside the workers' channels.
///
/// The producer blocks in ``add(_:)`` while the queue is full, so reading
/// input never runs far ahead of extraction. Each addition writes a byte to
/// a wake-up pipe that the loop polls; the loop drains it and takes what is
/// queued without blocking.
final class JobQueue<Element: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var items: [Element] = []
  private var head = 0
  private var closed = false
  private var cancelled = false
  private let capacity: Int
  /// The pipe the loop polls: readable when something was added or the
  /// queue was closed.
  let wakeDescriptor: Int32
  private let wakeWriter: Int32

  /// Creates a queue.
  ///
  /// - Parameter capacity: How many items may wait at once (at least 1).
  init(capacity: Int) {
    self.capacity = max(1, capacity)
    var descriptors: [Int32] = [-1, -1]
    if WorkerProcess.makePipe(&descriptors) {
      for descriptor in descriptors {
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
      }
    } else {
      // Without a pipe the loop still works by polling on a short timeout.
      descriptors = [-1, -1]
    }
    wakeDescriptor = descriptors[0]
    wakeWriter = descriptors[1]
  }

  deinit {
    if wakeDescriptor >= 0 { close(wakeDescriptor) }
    if wakeWriter >= 0 { close(wakeWriter) }
  }

  /// Adds an item, waiting while the queue is full.
  ///
  /// - Returns: False when the consumer has stopped (the producer should
  ///   stop too).
  func add(_ item: Element) -> Bool {
    condition.lock()
    while items.count - head >= capacity && !cancelled {
      condition.wait()
    }
    guard !cancelled else {
      condition.unlock()
      return false
    }
    items.append(item)
    condition.unlock()
    wake()
    return true
  }

  /// Marks the end of the items.
  func finish() {
    condition.lock()
    closed = true
    condition.unlock()
    wake()
  }

  /// Stops the producer: ``add(_:)`` returns false from now on.
  func cancel() {
    condition.lock()
    cancelled = true
    condition.broadcast()
    condition.unlock()
  }

  /// Takes the oldest item without waiting.
  ///
  /// - Returns: The item, or nil with `finished` true when the queue is
  ///   closed and empty (false when more may come).
  func take() -> (item: Element?, finished: Bool) {
    condition.lock()
    defer { condition.unlock() }
    guard head < items.count else { return (nil, closed) }
    let item = items[head]
    head += 1
    if head >= 1_024 && head * 2 >= items.count {
      items.removeFirst(head)
      head = 0
    }
    condition.signal()
    return (item, false)
  }

  /// Empties the wake-up pipe (the loop calls it when the pipe is
  /// readable).
  func drainWakeups() {
    guard wakeDescriptor >= 0 else { return }
    var bytes = [UInt8](repeating: 0, count: 256)
    while bytes.withUnsafeMutableBytes({ read(wakeDescriptor, $0.baseAddress, $0.count) }) > 0 {}
  }

  private func wake() {
    guard wakeWriter >= 0 else { return }
    var byte: UInt8 = 1
    // A full pipe already wakes the loop, so EAGAIN is fine.
    _ = write(wakeWriter, &byte, 1)
  }
}
