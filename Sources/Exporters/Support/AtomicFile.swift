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

  /// The message for the current `errno`.
  private static func systemError() -> String {
    String(cString: strerror(errno))
  }
}
