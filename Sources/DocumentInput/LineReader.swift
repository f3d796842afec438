#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads newline-separated lines from a file descriptor (or from bytes in
/// memory) as they arrive, holding at most one line at a time.
///
/// A line longer than ``maxLength`` is not kept: its bytes are counted and
/// dropped up to its newline, and it is returned as ``Line/tooLong(bytes:)``
/// so that one huge line costs no memory and the lines after it are still
/// read. A last line without a newline is returned too.
///
/// ```swift
/// var reader = LineReader(descriptor: STDIN_FILENO, maxLength: 16_000_000)
/// while let line = reader.next() { ... }
/// ```
public struct LineReader {
  /// One line.
  public enum Line: Equatable, Sendable {
    /// The line's bytes, without its "\n".
    case text([UInt8])
    /// A line longer than the limit, dropped; its length in bytes.
    case tooLong(bytes: Int)
  }

  /// The longest line kept, in bytes.
  public let maxLength: Int
  private let descriptor: Int32
  private var buffer: [UInt8]
  /// Where unread bytes start in `buffer`.
  private var start = 0
  /// Bytes from `start` up to here hold no newline.
  private var scanned = 0
  private var ended: Bool

  /// A reader of a file descriptor (which it does not close).
  ///
  /// - Parameters:
  ///   - descriptor: An open file descriptor, e.g. `STDIN_FILENO`.
  ///   - maxLength: The longest line kept, in bytes.
  public init(descriptor: Int32, maxLength: Int = .max) {
    self.descriptor = descriptor
    self.maxLength = maxLength
    buffer = []
    ended = false
  }

  /// A reader of bytes in memory.
  ///
  /// - Parameters:
  ///   - bytes: The whole input.
  ///   - maxLength: The longest line kept, in bytes.
  public init(bytes: [UInt8], maxLength: Int = .max) {
    descriptor = -1
    self.maxLength = maxLength
    buffer = bytes
    ended = true
  }

  /// The bytes read and not yet consumed.
  var buffered: ArraySlice<UInt8> { buffer[start...] }

  /// Whether the input has ended (everything left is in ``buffered``).
  var isAtEnd: Bool { ended }

  /// Reads more input into the buffer.
  ///
  /// - Returns: False at the end of the input.
  @discardableResult
  mutating func fill() -> Bool {
    guard !ended else { return false }
    if start > 0 && start >= buffer.count / 2 {
      buffer.removeSubrange(0..<start)
      scanned -= start
      start = 0
    }
    let chunk = 65_536
    let old = buffer.count
    buffer.append(contentsOf: repeatElement(0, count: chunk))
    var count = 0
    repeat {
      count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + old, chunk) }
    } while count < 0 && errno == EINTR
    buffer.removeLast(chunk - max(count, 0))
    if count <= 0 { ended = true }
    return count > 0
  }

  /// Drops the first bytes of what is buffered (a byte order mark).
  mutating func skip(_ count: Int) {
    start = min(buffer.count, start + count)
    scanned = max(scanned, start)
  }

  /// The next line, or nil at the end of the input.
  public mutating func next() -> Line? {
    scanned = max(scanned, start)
    while true {
      if let newline = buffer[scanned...].firstIndex(of: 10) {
        let line = Array(buffer[start..<newline])
        start = newline + 1
        scanned = start
        return line.count > maxLength ? .tooLong(bytes: line.count) : .text(line)
      }
      scanned = buffer.count
      if buffer.count - start > maxLength { return dropLongLine() }
      if !fill() {
        guard start < buffer.count else { return nil }
        let line = Array(buffer[start...])
        start = buffer.count
        scanned = start
        return line.count > maxLength ? .tooLong(bytes: line.count) : .text(line)
      }
    }
  }

  /// Drops the line being read, which is over the limit, up to its newline.
  private mutating func dropLongLine() -> Line {
    var count = 0
    while true {
      if let newline = buffer[start...].firstIndex(of: 10) {
        count += newline - start
        start = newline + 1
        scanned = start
        return .tooLong(bytes: count)
      }
      count += buffer.count - start
      buffer.removeAll(keepingCapacity: true)
      start = 0
      scanned = 0
      if !fill() { return .tooLong(bytes: count) }
    }
  }

  /// Reads everything left, keeping at most `limit` bytes.
  ///
  /// - Parameter limit: The most bytes kept.
  /// - Returns: The bytes kept, and how many there were in all (more than
  ///   `limit` when some were dropped).
  mutating func readRest(limit: Int) -> (bytes: [UInt8], total: Int) {
    var total = 0
    var kept: [UInt8] = []
    while true {
      let available = buffer.count - start
      total += available
      if kept.count < limit {
        kept.append(contentsOf: buffer[start..<(start + min(available, limit - kept.count))])
      }
      buffer.removeAll(keepingCapacity: true)
      start = 0
      scanned = 0
      if !fill() { return (kept, total) }
    }
  }
}
