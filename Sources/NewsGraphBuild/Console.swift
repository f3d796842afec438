import Foundation

/// Writes messages to standard error, and progress when it is a terminal.
package enum Console {
  /// Writes one line to standard error.
  package static func error(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  /// Whether standard error is a terminal (progress lines are shown then).
  static let isTerminal = isatty(STDERR_FILENO) != 0

  /// Overwrites the progress line on a terminal.
  static func progress(_ message: String) {
    guard isTerminal else { return }
    FileHandle.standardError.write(Data(("\r\u{1B}[K" + message).utf8))
  }

  /// Clears the progress line.
  static func endProgress() {
    guard isTerminal else { return }
    FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
  }
}
