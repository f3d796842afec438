import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that readers see either the old or the new contents.
///
/// The bytes go to a uniquely named temporary file in the destination's
/// directory (same file system, so `rename(2)` is atomic), are flushed with
/// `fsync`, and the file is renamed over the destination. On any failure the
/// temporary file is removed and the destination is left untouched.
public enum AtomicFile {
  /// Replaces the file at `url` with `data`.
  ///
  /// - Parameters:
  ///   - data: The new contents.
  ///   - url: The destination file URL.
  /// - Throws: ``ExportError/write(path:reason:)`` naming the destination.
  public static func write(_ data: Data, to url: URL) throws(ExportError) {
    let path = url.path
    let directory = url.deletingLastPathComponent().path
    let temporary =
      (directory.isEmpty ? "." : directory) + "/.\(url.lastPathComponent).\(UUID().uuidString).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .write(path: path, reason: systemError())
    }
    var failure: String?
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
    do {
      try handle.write(contentsOf: data)
      try handle.synchronize()
    } catch {
      failure = error.localizedDescription
    }
    if close(descriptor) != 0, failure == nil { failure = systemError() }
    if failure == nil, rename(temporary, path) != 0 { failure = systemError() }
    if let failure {
      unlink(temporary)
      throw .write(path: path, reason: failure)
    }
  }

  /// Replaces the file at `url` with text written piece by piece, so that
  /// no more than a buffer of it is held in memory.
  ///
  /// The same guarantees as ``write(_:to:)``: the pieces go to a temporary
  /// file that is flushed and renamed over the destination only when `body`
  /// returns and every byte was written.
  /// - Parameters:
  ///   - url: The destination file URL.
  ///   - body: Writes the text into the stream it is given.
  /// - Throws: ``ExportError/write(path:reason:)`` naming the destination, or
  ///   what `body` throws (the destination is then left untouched).
  public static func write(
    to url: URL, _ body: (inout Stream) throws(ExportError) -> Void
  ) throws(ExportError) {
    let path = url.path
    let directory = url.deletingLastPathComponent().path
    let temporary =
      (directory.isEmpty ? "." : directory) + "/.\(url.lastPathComponent).\(UUID().uuidString).tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      throw .write(path: path, reason: systemError())
    }
    var stream = Stream(descriptor: descriptor)
    var thrown: ExportError?
    do {
      try body(&stream)
      stream.flush()
    } catch {
      thrown = error
    }
    var failure = thrown == nil ? stream.failure : nil
    if thrown == nil, failure == nil, fsync(descriptor) != 0 { failure = systemError() }
    if close(descriptor) != 0, failure == nil { failure = systemError() }
    if thrown == nil, failure == nil, rename(temporary, path) != 0 { failure = systemError() }
    if thrown != nil || failure != nil { unlink(temporary) }
    if let thrown { throw thrown }
    if let failure { throw .write(path: path, reason: failure) }
  }

  /// Text on its way into a file: kept in a buffer of about 64 KB that is
  /// written out whenever it fills.
  ///
  /// A write error is remembered, later text is dropped, and
  /// ``write(to:_:)`` reports the error.
  public struct Stream: TextOutputStream {
    /// The open temporary file.
    private let descriptor: Int32
    /// Bytes not yet written.
    private var buffer: [UInt8] = []
    /// The first write error, if any.
    fileprivate private(set) var failure: String?

    /// The buffer size at which bytes are written out.
    static let capacity = 1 << 16

    fileprivate init(descriptor: Int32) {
      self.descriptor = descriptor
      buffer.reserveCapacity(Self.capacity)
    }

    /// Appends text.
    ///
    /// - Parameter string: The text, written as UTF-8.
    public mutating func write(_ string: String) {
      buffer.append(contentsOf: string.utf8)
      if buffer.count >= Self.capacity { flush() }
    }

    /// Writes out the buffered bytes.
    fileprivate mutating func flush() {
      defer { buffer.removeAll(keepingCapacity: true) }
      guard failure == nil else { return }
      var offset = 0
      while offset < buffer.count {
        let written = buffer.withUnsafeBytes { bytes in
          writeBytes(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        }
        if written < 0 {
          if errno == EINTR { continue }
          failure = AtomicFile.systemError()
          return
        }
        offset += written
      }
    }
  }

  /// The message for the current `errno`.
  fileprivate static func systemError() -> String {
    String(cString: strerror(errno))
  }
}

/// `write(2)`, under a name the stream's own `write(_:)` does not hide.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
