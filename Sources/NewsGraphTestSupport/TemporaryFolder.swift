import Foundation

/// A fresh temporary folder for a test, removed when the value is
/// deinitialised.
package final class TemporaryFolder {
  /// The folder.
  package let url: URL

  /// Creates an empty folder in the system's temporary directory.
  ///
  /// - Parameter prefix: The start of the folder's name, naming the tests.
  /// - Throws: Foundation's error when the folder cannot be created.
  package init(prefix: String = "newsgraph-tests") throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  /// Writes bytes to a relative path, creating folders; returns the path.
  @discardableResult
  package func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  /// Writes UTF-8 text to a relative path; returns the path.
  @discardableResult
  package func write(_ relative: String, _ text: String) throws -> String {
    try write(relative, Array(text.utf8))
  }
}
